import type { CorpusCommand, CorpusFormat } from './types.js';

/** What `--stats` prints and `--stats-json FILE` writes. */
export interface CorpusStats {
  readonly command: CorpusCommand;
  readonly format: CorpusFormat;
  /** Threads that processed the input. */
  readonly jobs: number;
  /** Input lines (a last line without `\n` counts). */
  readonly lines: number;
  /** JSON Lines records processed (bad lines excluded); 1 for plain text. */
  readonly records: number;
  /** Glosses removed (`strip`), added (`annotate`) or found (`find`); 0 for `reannotate`. */
  readonly glosses: number;
  /** JSON Lines records reported as bad (kept, skipped or failed). */
  readonly badLines: number;
  /** UTF-8 bytes of the decoded input and of the output. */
  readonly bytesIn: number;
  readonly bytesOut: number;
  /** Wall time of the job, reading and writing included. */
  readonly seconds: number;
  /** `bytesIn` / 10^6 / `seconds`. */
  readonly mbPerSecond: number;
}

const GLOSS_VERB = { strip: 'removed', annotate: 'added', find: 'found', reannotate: 're-rendered' } as const;

/** The human summary of `--stats`, one line for stderr. */
export function formatStats(stats: CorpusStats): string {
  const glosses = stats.command === 'reannotate' ? '' : `, ${stats.glosses} glosses ${GLOSS_VERB[stats.command]}`;
  const mb = (stats.bytesIn / 1e6).toFixed(1);
  return (
    `pinyin-gloss: ${stats.lines} lines${stats.format === 'jsonl' ? ` (${stats.records} records)` : ''}` +
    `${glosses}, ${stats.badLines} bad lines; ${mb} MB in ${stats.seconds.toFixed(2)} s = ` +
    `${stats.mbPerSecond.toFixed(1)} MB/s with ${stats.jobs} ${stats.jobs === 1 ? 'job' : 'jobs'}`
  );
}

/** The statistics of several inputs as one job that took `seconds` in all. */
export function mergeStats(parts: readonly CorpusStats[], seconds: number): CorpusStats | undefined {
  const first = parts[0];
  if (first === undefined) return undefined;
  const sum = (key: 'lines' | 'records' | 'glosses' | 'badLines' | 'bytesIn' | 'bytesOut') =>
    parts.reduce((total, part) => total + part[key], 0);
  const bytesIn = sum('bytesIn');
  return {
    command: first.command,
    format: first.format,
    jobs: Math.max(...parts.map((part) => part.jobs)),
    lines: sum('lines'),
    records: sum('records'),
    glosses: sum('glosses'),
    badLines: sum('badLines'),
    bytesIn,
    bytesOut: sum('bytesOut'),
    seconds: Math.round(seconds * 1000) / 1000,
    mbPerSecond: Math.round((bytesIn / 1e6 / Math.max(seconds, 1e-9)) * 100) / 100,
  };
}
