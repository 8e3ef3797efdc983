import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createAnnotateSession } from '../annotate/index.js';
import { PinyinGlossError } from '../errors.js';
import { checkOneOf, invalidOption } from '../internal/options.js';
import { CLAUSE_ENDS } from '../internal/pieces.js';
import { glossMarks } from './countGlosses.js';
import { createOperation } from './createOperation.js';
import { createWorkerPool, type WorkerPool } from './createWorkerPool.js';
import { formatBadLine } from './formatBadLine.js';
import { parseFieldPath } from './parseFieldPath.js';
import { countByteLines, countLines, processBatch } from './processBatch.js';
import type { AnnotateOptions } from '../types.js';
import type { CorpusStats } from './stats.js';
import { DEFAULT_CORPUS_TASK } from './types.js';
import type { BadLine, Batch, BatchResult, CorpusFormat, CorpusTask } from './types.js';

export interface RunCorpusOptions {
  /**
   * Worker threads sharing the input; `1` processes it in this thread. The
   * output is the same for any value: batches are cut the same way and
   * written in input order. An input that fits in one batch never starts a
   * worker.
   * @default os.availableParallelism()
   */
  readonly jobs?: number;
  /**
   * Batch size: bytes of UTF-8 input, or UTF-16 code units of text input (a
   * batch ends at the last line end within it).
   * @default 1048576
   */
  readonly batchSize?: number;
  /** The worker entry. @default dist/cli/worker.js of the built package (see `findWorkerUrl`) */
  readonly workerUrl?: URL;
  /** Each bad line, in input order, with its one-line report (the CLI prints it on stderr). */
  readonly onBadLine?: (bad: BadLine, message: string) => void;
  /** Input bytes read so far, for the statistics. @default the UTF-8 length of the text */
  readonly bytesRead?: () => number;
  /**
   * Aborting it stops the worker threads at once (their batches are
   * dropped): what a consumer that gives up on the output (a failed write)
   * does, since an abandoned generator never reaches its `finally`.
   */
  readonly signal?: AbortSignal;
}

export const DEFAULT_RUN_CORPUS_OPTIONS = {
  batchSize: 1 << 20,
} as const;

/**
 * Runs a corpus job: reads `input` (text chunks, or UTF-8 byte chunks that
 * the workers decode: see `acceptsBytes`), cuts it into batches of whole
 * lines, processes them in this thread or in `jobs` worker threads, and
 * yields the output in input order (text, or UTF-8 bytes from workers).
 * Returns the statistics.
 *
 * Bad JSON Lines records that are kept or skipped are reported through
 * `onBadLine`; with `onBadLine: 'fail'` the output before the bad line is
 * yielded and the generator throws a `PinyinGlossError` of code `BAD_LINE`
 * whose message is the report.
 *
 * Plain text is cut after a line end (or, in a line longer than 2 batches,
 * after Chinese punctuation `。！？；，、：`), where no gloss and no word can
 * straddle the cut. Plain text annotated with options that carry state
 * across the text (`once`, `select: {rate, seed}`) is not cut: it runs in
 * this thread, whatever `jobs`.
 */
export async function* processCorpus(
  input: AsyncIterable<string | Uint8Array>,
  task: CorpusTask,
  options: RunCorpusOptions = {},
): AsyncGenerator<string | Uint8Array, CorpusStats, undefined> {
  const started = performance.now();
  const format = checkOneOf('runCorpus', 'format', task.format, ['text', 'jsonl']) ?? DEFAULT_CORPUS_TASK.format;
  checkOneOf('runCorpus', 'onBadLine', task.onBadLine, ['keep', 'skip', 'fail']);
  checkOneOf('runCorpus', 'command', task.command, ['strip', 'annotate', 'find', 'reannotate']);
  checkOneOf('runCorpus', 'encodingErrors', task.encodingErrors, ['strict', 'replace']);
  if (format === 'jsonl') parseFieldPath(task.field ?? DEFAULT_CORPUS_TASK.field);
  const jobs = options.jobs ?? availableParallelism();
  if (!Number.isInteger(jobs) || jobs < 1) throw invalidOption('runCorpus', 'jobs', 'a whole number of at least 1', jobs);
  const batchSize = options.batchSize ?? DEFAULT_RUN_CORPUS_OPTIONS.batchSize;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw invalidOption('runCorpus', 'batchSize', 'a whole number of at least 1', batchSize);
  }

  // Bad library options fail here, once, before any worker starts.
  const operation = createOperation(task);
  if (operation.kind === 'rewrite') operation.apply('');
  else operation.find('');

  const stats = { lines: 0, records: 0, glosses: 0, badLines: 0, bytesIn: 0, bytesOut: 0 };
  let usedJobs = 1;
  const finish = (): CorpusStats => {
    const seconds = (performance.now() - started) / 1000;
    const bytesIn = options.bytesRead?.() ?? stats.bytesIn;
    return {
      command: task.command,
      format,
      jobs: usedJobs,
      ...stats,
      bytesIn,
      seconds: round(seconds, 3),
      mbPerSecond: round(bytesIn / 1e6 / Math.max(seconds, 1e-9), 2),
    };
  };

  if (format === 'text' && task.command === 'annotate' && carriesState(task.options ?? {})) {
    const texts = async function* () {
      for await (const chunk of input) {
        if (typeof chunk !== 'string') throw new PinyinGlossError('INVALID_TYPE', 'processCorpus: this task takes text chunks, not bytes');
        stats.bytesIn += Buffer.byteLength(chunk);
        yield chunk;
      }
    };
    for await (const out of annotateWhole(texts(), task, stats)) {
      stats.bytesOut += Buffer.byteLength(out);
      yield out;
    }
    return finish();
  }

  let pool: WorkerPool | undefined;
  const pending: Promise<BatchResult>[] = [];
  // The first batch waits: if the input ends there, no worker is started.
  let held: Batch | undefined;
  const track = (result: Promise<BatchResult>) => {
    // A later batch may fail while an earlier one is awaited: mark it handled
    // now; its error is rethrown when its turn comes.
    result.catch(() => undefined);
    pending.push(result);
  };
  const stop = () => void pool?.close();
  options.signal?.addEventListener('abort', stop, { once: true });
  const start = (batch: Batch) => {
    if (jobs === 1) {
      track(Promise.resolve().then(() => processBatch(batch, task, operation)));
      return;
    }
    if (options.signal?.aborted) throw options.signal.reason;
    pool ??= createWorkerPool(jobs, task, options.workerUrl ?? findWorkerUrl());
    usedJobs = jobs;
    track(pool.run(batch));
  };
  let seq = 0;
  let firstLine = 1;
  let offset = 0;
  // Whether the input so far ends with a line end (a last line without one is a line too).
  let endsInLine = false;
  const dispatch = (part: TextPart | BytePart) => {
    endsInLine = 'text' in part ? !part.text.endsWith('\n') : part.bytes[part.bytes.length - 1] !== 0x0a;
    let batch: Batch;
    if ('text' in part) {
      batch = { seq: seq++, text: part.text, firstLine, offset };
      firstLine += countLines(part.text, false);
      offset += part.text.length;
    } else {
      batch = { seq: seq++, ...part, firstLine };
      // Line numbers are shown for JSON Lines only (plain-text `find` takes text).
      if (format === 'jsonl') firstLine += countByteLines(part.bytes);
    }
    if (jobs > 1 && seq === 1) {
      held = batch;
      return;
    }
    if (held) start(held);
    held = undefined;
    start(batch);
  };
  // Enough batches in flight to keep every worker busy while one is written.
  const maxPending = jobs * 2;
  async function* settle(): AsyncGenerator<string | Uint8Array> {
    const result = await pending.shift()!;
    stats.lines += result.lines;
    stats.records += result.records;
    stats.glosses += result.glosses;
    stats.badLines += result.badLines.length + (result.failed ? 1 : 0);
    for (const bad of result.badLines) options.onBadLine?.(bad, formatBadLine(task.file, bad, task.onBadLine ?? 'fail'));
    if (result.output.length > 0) {
      stats.bytesOut += typeof result.output === 'string' ? Buffer.byteLength(result.output) : result.output.length;
      yield result.output;
    }
    if (result.failed) {
      // Reported once, by whoever catches the error (the CLI prints it on stderr).
      const message = formatBadLine(task.file, result.failed, 'fail');
      throw new PinyinGlossError('BAD_LINE', message.replace(/^pinyin-gloss: /, ''));
    }
  }

  try {
    const cutter = createCutter(format, batchSize);
    for await (const chunk of input) {
      if (typeof chunk !== 'string' && !acceptsBytes(task)) {
        throw new PinyinGlossError('INVALID_TYPE', `processCorpus: ${task.command} on plain text takes text chunks, not bytes`);
      }
      stats.bytesIn += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
      cutter.push(chunk);
      for (let part = cutter.next(false); part; part = cutter.next(false)) {
        dispatch(part);
        while (pending.length >= maxPending) yield* settle();
      }
    }
    for (let part = cutter.next(true); part; part = cutter.next(true)) {
      dispatch(part);
      while (pending.length >= maxPending) yield* settle();
    }
    if (held) {
      // The whole input was one batch: process it here.
      const only = held;
      held = undefined;
      track(Promise.resolve().then(() => processBatch(only, task, operation)));
    }
    while (pending.length > 0) yield* settle();
    if (format === 'text' && endsInLine) stats.lines++;
  } finally {
    pending.length = 0;
    options.signal?.removeEventListener('abort', stop);
    await pool?.close();
  }
  return finish();
}

/**
 * Whether `processCorpus` takes this task's input as UTF-8 bytes (decoded in
 * the workers): all but `find` on plain text, whose offsets are counted in
 * UTF-16 code units, and plain text annotated with state across the text.
 */
export function acceptsBytes(task: CorpusTask): boolean {
  if ((task.format ?? DEFAULT_CORPUS_TASK.format) === 'jsonl') return true;
  if (task.command === 'find') return false;
  return !(task.command === 'annotate' && carriesState(task.options ?? {}));
}

/**
 * `processCorpus` with the output handed to `write` (awaited when it returns
 * a promise, for back-pressure); resolves with the statistics.
 */
export async function runCorpus(
  input: AsyncIterable<string | Uint8Array>,
  write: (output: string | Uint8Array) => unknown,
  task: CorpusTask,
  options: RunCorpusOptions = {},
): Promise<CorpusStats> {
  const outputs = processCorpus(input, task, options);
  for (;;) {
    const next = await outputs.next();
    if (next.done) return next.value;
    await write(next.value);
  }
}

interface TextPart {
  readonly text: string;
}

interface BytePart {
  readonly bytes: Uint8Array;
  readonly byteOffset: number;
  readonly last: boolean;
}

/**
 * Collects input chunks (all text, or all UTF-8 bytes) and hands out batches
 * cut by `findCut` / `findByteCut`; `next(true)` at the end of the input
 * also hands out the rest. A UTF-8 BOM at the start is dropped, as the
 * CLI's decoder does. Byte chunks are searched where they are and copied
 * once, into the batch (which must own its buffer to move to a worker).
 */
function createCutter(format: CorpusFormat, batchSize: number) {
  let text = '';
  let chunks: Buffer[] = [];
  let length = 0;
  let byteOffset = 0;
  let bomChecked = false;
  let kind: 'text' | 'bytes' | undefined;
  // The pending bytes before this hold no line end: a line of many chunks is
  // searched once, not again at every chunk (that was quadratic).
  const searched = { bytes: 0 };

  /** Takes the first `cut` pending bytes as one new buffer. */
  const take = (cut: number): Uint8Array => {
    const bytes = new Uint8Array(cut);
    let filled = 0;
    while (filled < cut) {
      const chunk = chunks[0]!;
      const used = Math.min(chunk.length, cut - filled);
      bytes.set(chunk.subarray(0, used), filled);
      filled += used;
      if (used === chunk.length) chunks.shift();
      else chunks[0] = chunk.subarray(used);
    }
    length -= cut;
    searched.bytes = 0;
    return bytes;
  };

  return {
    push(chunk: string | Uint8Array) {
      const chunkKind = typeof chunk === 'string' ? 'text' : 'bytes';
      if (kind !== undefined && kind !== chunkKind) throw new PinyinGlossError('INVALID_TYPE', 'processCorpus: chunks must be all strings or all bytes');
      kind = chunkKind;
      if (typeof chunk === 'string') text += chunk;
      else if (chunk.length > 0) {
        chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        length += chunk.length;
      }
    },
    next(final: boolean): TextPart | BytePart | undefined {
      if (kind === 'text') {
        let cut = text.length >= batchSize ? findCut(text, format, batchSize) : 0;
        if (cut === 0 && final) cut = text.length;
        if (cut === 0) return undefined;
        const part = text.slice(0, cut);
        text = text.slice(cut);
        return { text: part };
      }
      if (!bomChecked && (length >= 3 || final)) {
        bomChecked = true;
        const head = chunks.length > 0 ? Buffer.concat(chunks, Math.min(length, 3)) : Buffer.alloc(0);
        if (head.length === 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) {
          take(3);
          byteOffset += 3;
        }
      }
      if (length === 0 || (length < batchSize && !final)) return undefined;
      let cut = length >= batchSize ? findByteCut(chunks, length, format, batchSize, searched) : 0;
      if (cut === 0 && final) cut = length;
      if (cut === 0) return undefined;
      const part: BytePart = { bytes: take(cut), byteOffset, last: final && length === 0 };
      byteOffset += cut;
      return part;
    },
  };
}

// A long line is cut after a clause end (see internal/pieces.ts).
const SAFE_CUT_AFTER = new Set(CLAUSE_ENDS);

/**
 * Where to cut `buffer` (0: wait for more input): after the last line end
 * within `batchSize`, or after the first one beyond it when a line is longer.
 * Plain text without a line end for 2 batches may also end after Chinese
 * punctuation, which no gloss (Latin letters and marks in brackets) and no
 * word contains.
 */
function findCut(buffer: string, format: CorpusFormat, batchSize: number): number {
  let newline = buffer.lastIndexOf('\n', batchSize - 1);
  if (newline < 0) newline = buffer.indexOf('\n', batchSize);
  if (newline >= 0) return newline + 1;
  if (format === 'jsonl' || buffer.length < 2 * batchSize) return 0;
  for (let i = buffer.length - 1; i > 0; i--) {
    if (SAFE_CUT_AFTER.has(buffer[i - 1]!)) return i;
  }
  return 0;
}

const SAFE_CUT_AFTER_BYTES = [...SAFE_CUT_AFTER].map((mark) => Buffer.from(mark));

/**
 * `findCut` on UTF-8 bytes held in `chunks` (`length` in all): `\n` and the
 * punctuation never occur inside another character.
 */
function findByteCut(chunks: readonly Buffer[], length: number, format: CorpusFormat, batchSize: number, searched: { bytes: number }): number {
  // The last line end within the batch size…
  let cut = 0;
  let offset = 0;
  for (const chunk of chunks) {
    if (offset >= batchSize) break;
    const at = chunk.lastIndexOf(0x0a, Math.min(chunk.length, batchSize - offset) - 1);
    if (at >= 0) cut = offset + at + 1;
    offset += chunk.length;
  }
  if (cut > 0) return cut;
  // …or the first one beyond it, searching only bytes not searched before.
  offset = 0;
  for (const chunk of chunks) {
    if (offset + chunk.length <= searched.bytes) {
      offset += chunk.length;
      continue;
    }
    const at = chunk.indexOf(0x0a, Math.max(0, batchSize - offset, searched.bytes - offset));
    if (at >= 0) return offset + at + 1;
    offset += chunk.length;
  }
  searched.bytes = length;
  if (format === 'jsonl' || length < 2 * batchSize) return 0;
  // Rare: a line of more than 2 batches. The last punctuation mark, searched
  // from the last chunk back (each with the 2 bytes before it, where a mark
  // may start), so that a long line is not joined again at every chunk.
  let end = length;
  for (let k = chunks.length - 1; k >= 0; k--) {
    const chunk = chunks[k]!;
    const start = end - chunk.length;
    const previous = k > 0 ? chunks[k - 1]! : undefined;
    const head = previous ? previous.subarray(Math.max(0, previous.length - 2)) : Buffer.alloc(0);
    const window = head.length > 0 ? Buffer.concat([head, chunk]) : chunk;
    for (const mark of SAFE_CUT_AFTER_BYTES) {
      const at = window.lastIndexOf(mark);
      if (at >= 0) cut = Math.max(cut, start - head.length + at + mark.length);
    }
    if (cut > 0) return cut;
    end = start;
  }
  return cut;
}

/** `once` and `{rate, seed}` decide a word's gloss from what came before in the text. */
function carriesState(options: AnnotateOptions): boolean {
  const select = options.select;
  return options.once === true || (typeof select === 'object' && select !== null && 'rate' in select);
}

async function* annotateWhole(
  input: AsyncIterable<string>,
  task: CorpusTask,
  stats: { lines: number; records: number; glosses: number },
): AsyncGenerator<string> {
  const options: AnnotateOptions = task.options ?? {};
  const session = createAnnotateSession(options);
  const ruby = options.output === 'ruby';
  // Counted over the whole text: the session holds back a tail between chunks.
  let marksIn = 0;
  let marksOut = 0;
  let last = '';
  for await (const chunk of input) {
    stats.lines += countLines(chunk, false);
    if (chunk.length > 0) last = chunk;
    if (!ruby) marksIn += glossMarks(chunk);
    const out = session.push(chunk);
    marksOut += glossMarks(out, ruby);
    if (out.length > 0) yield out;
  }
  const out = session.flush();
  marksOut += glossMarks(out, ruby);
  if (last.length > 0 && !last.endsWith('\n')) stats.lines++;
  stats.records = 1;
  stats.glosses = marksOut - marksIn;
  if (out.length > 0) yield out;
}

/**
 * The built worker entry, dist/cli/worker.js. This code is bundled either
 * into dist/cli/index.js or into a shared chunk in dist/, so both places
 * are tried.
 */
function findWorkerUrl(): URL {
  for (const relative of ['./worker.js', './cli/worker.js']) {
    const url = new URL(relative, import.meta.url);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return url;
  }
  throw new PinyinGlossError('IO_ERROR', 'dist/cli/worker.js not found beside the CLI; run `npm run build`, or pass `workerUrl`');
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
