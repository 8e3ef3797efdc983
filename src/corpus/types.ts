import type { Gloss } from '../types.js';

/** The library function a corpus job runs on each text. */
export type CorpusCommand = 'strip' | 'annotate' | 'find' | 'reannotate';
/** `text`: the input is one text; `jsonl`: one JSON record a line, text in `field`. */
export type CorpusFormat = 'text' | 'jsonl';
/** What happens to a JSON Lines record that cannot be processed; it is always reported. */
export type BadLinePolicy = 'keep' | 'skip' | 'fail';

/**
 * Everything a worker thread needs to process batches: plain data only,
 * because it crosses to worker threads by structured clone (so `select`
 * predicates cannot be used with `jobs` > 1; the CLI never builds one).
 */
export interface CorpusTask {
  readonly command: CorpusCommand;
  /**
   * The options of the library function, e.g. `{ toneless: true }` for
   * `strip` (`StripOptions`, `AnnotateOptions`, `FindGlossesOptions` or
   * `ReannotateOptions`, as `command` says).
   */
  readonly options?: object;
  /** @default 'text' */
  readonly format?: CorpusFormat;
  /** Dotted path of the string field of each JSON Lines record. @default 'text' */
  readonly field?: string;
  /** @default 'fail' */
  readonly onBadLine?: BadLinePolicy;
  /** Shown in bad-line reports and in `find` records. */
  readonly file?: string;
  /**
   * Count the glosses removed or added (the `glosses` statistic). The CLI
   * counts only for --stats / --stats-json: it costs a pass over the text.
   * @default true
   */
  readonly countGlosses?: boolean;
  /** For byte input (UTF-8): fail on invalid bytes, or decode them as U+FFFD. @default 'strict' */
  readonly encodingErrors?: 'strict' | 'replace';
}

export const DEFAULT_CORPUS_TASK = {
  options: {},
  format: 'text',
  field: 'text',
  onBadLine: 'fail',
} as const satisfies Omit<CorpusTask, 'command'>;

/**
 * A piece of the input: whole lines (or, for text, a run ending at a safe
 * boundary), as text or as UTF-8 bytes that the worker decodes.
 */
export interface Batch {
  readonly seq: number;
  readonly text?: string;
  readonly bytes?: Uint8Array;
  /** For `bytes`: offset of the batch in the input, for error messages. */
  readonly byteOffset?: number;
  /** For `bytes`: whether this is the end of the input (a cut character there is "truncated"). */
  readonly last?: boolean;
  /** 1-based number of the batch's first line in the whole input. */
  readonly firstLine: number;
  /** For `text`: UTF-16 offset of the batch in the whole input (`find` offsets). */
  readonly offset?: number;
}

/** A line that could not be processed. */
export interface BadLine {
  readonly line: number;
  readonly reason: string;
  /** Bytes that are not valid in the encoding, decoded as U+FFFD (`encodingErrors: 'replace'`) and processed. */
  readonly replaced?: boolean;
}

export interface BatchResult {
  readonly seq: number;
  /** Text, or UTF-8 bytes when it comes from a worker (moved, not copied, between threads). */
  readonly output: string | Uint8Array;
  /** Lines read: JSON Lines records, or `\n`s in plain text. */
  readonly lines: number;
  /** Records processed (JSON Lines) or texts processed (1 per batch for text). */
  readonly records: number;
  /** Glosses removed (`strip`), added (`annotate`) or found (`find`); 0 for `reannotate` or without `countGlosses`. */
  readonly glosses: number;
  readonly badLines: readonly BadLine[];
  /** With `onBadLine: 'fail'`: the line that stopped the job; `output` ends before it. */
  readonly failed?: BadLine;
}

/** A gloss found by `find`, as one JSON Lines output record. */
export interface FoundGloss extends Gloss {
  readonly file?: string;
  /** 1-based line of the JSON Lines record (offsets are then within its field). */
  readonly line?: number;
}
