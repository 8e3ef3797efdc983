import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { createCorpusTransform } from '../corpus/createCorpusTransform.js';
import { formatStats, mergeStats, type CorpusStats } from '../corpus/stats.js';
import type { BadLinePolicy, CorpusCommand, CorpusTask } from '../corpus/types.js';
import { printAboveProgress } from './createProgress.js';
import type { SessionFactory } from './runTextCommand.js';
import { UsageError } from './UsageError.js';

/** The corpus-scale flags (issue 8), shared by every command. */
export interface CorpusFlags {
  jsonl?: boolean;
  field?: string;
  onBadLine?: BadLinePolicy;
  jobs?: number;
  stats?: boolean;
  statsJson?: string;
}

/** --jsonl, --field, --on-bad-line, --jobs, --stats, --stats-json. */
export function addCorpusOptions(command: Command): Command {
  return command
    .option('--jsonl', 'the input is JSON Lines: process one string field of each record, keep the rest')
    .option('--field <path>', 'with --jsonl: the text field, a key or a dotted path such as meta.body (default: text)')
    .addOption(
      new Option(
        '--on-bad-line <policy>',
        'with --jsonl: a record that is not JSON, lacks the field or holds bytes invalid in the encoding is reported with its line number, then kept as it was, skipped, or stops the job (default: fail)',
      ).choices(['keep', 'skip', 'fail']),
    )
    .option('--jobs <n>', `threads sharing the input: the main one and n-1 workers (default: the number of cores, ${availableParallelism()} here)`, parseJobs)
    .option('--stats', 'print a summary on stderr at the end: lines, glosses, bad lines, MB/s (MB = 10^6 bytes)')
    .option('--stats-json <file>', 'write the same summary as JSON to FILE');
}

/**
 * The session factory that runs an input as a corpus job (batches of lines
 * in `--jobs` threads, or JSON Lines records), and `finish()` to call
 * once every input is done (prints --stats, writes --stats-json). Returns
 * `undefined` when the command's own streaming session should run: plain
 * text, one job, no statistics asked for.
 */
export function createCorpusRun(
  flags: CorpusFlags,
  command: CorpusCommand,
  options: object,
  { wholeText }: { wholeText?: string } = {},
): { session: SessionFactory; finish(): void } | undefined {
  if (wholeText !== undefined) {
    // A whole page is built from all of the input at once: nothing to split.
    const used = [flags.jsonl && '--jsonl', flags.stats && '--stats', flags.statsJson !== undefined && '--stats-json'].find(Boolean);
    if (used) throw new UsageError(`${used} cannot be used with ${wholeText}`);
    return undefined;
  }
  if (!flags.jsonl && (flags.field !== undefined || flags.onBadLine !== undefined)) {
    throw new UsageError(`${flags.field !== undefined ? '--field' : '--on-bad-line'} needs --jsonl`);
  }
  const jobs = flags.jobs ?? availableParallelism();
  const stats = flags.stats === true || flags.statsJson !== undefined;
  if (!flags.jsonl && jobs === 1 && !stats) return undefined;

  const started = performance.now();
  const parts: CorpusStats[] = [];
  const task: Omit<CorpusTask, 'file'> = {
    command,
    options,
    format: flags.jsonl ? 'jsonl' : 'text',
    countGlosses: stats,
    ...(flags.field !== undefined ? { field: flags.field } : {}),
    ...(flags.onBadLine !== undefined ? { onBadLine: flags.onBadLine } : {}),
  };
  return {
    session: (label) => ({
      transform: (decode) =>
        createCorpusTransform({ ...task, file: label }, {
          ...decode,
          jobs,
          ...batchSizeFromEnv(),
          onBadLine: (_bad, message) => printAboveProgress(message),
          onStats: (part) => parts.push(part),
        }),
    }),
    finish() {
      const total = mergeStats(parts, (performance.now() - started) / 1000);
      if (total === undefined) return;
      if (flags.stats) process.stderr.write(`${formatStats(total)}\n`);
      if (flags.statsJson !== undefined) writeFileSync(flags.statsJson, `${JSON.stringify(total, null, 2)}\n`);
    },
  };
}

/**
 * PINYIN_GLOSS_BATCH_CHARS sets the batch size (UTF-16 code units, default
 * 1048576): a tuning knob, and how the tests make small inputs span many
 * batches and workers.
 */
function batchSizeFromEnv(): { batchSize?: number } {
  const value = process.env.PINYIN_GLOSS_BATCH_CHARS;
  if (value === undefined || value === '') return {};
  const batchSize = Number(value);
  if (!Number.isSafeInteger(batchSize) || batchSize < 1) {
    throw new UsageError(`PINYIN_GLOSS_BATCH_CHARS must be a whole number of at least 1, got '${value}'`);
  }
  return { batchSize };
}

function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(jobs) || jobs < 1) {
    throw new InvalidArgumentError('Expected a whole number of at least 1.');
  }
  return jobs;
}
