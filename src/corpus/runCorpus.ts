import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { PinyinGlossError } from '../errors.js';
import { checkOneOf, invalidOption } from '../internal/options.js';
import { annotateWhole, carriesState } from './annotateWhole.js';
import { createBatchBuffers } from './createBatchBuffers.js';
import { createBatchRunner } from './createBatchRunner.js';
import { createCutter } from './createCutter.js';
import { createOperation, type Operation } from './createOperation.js';
import { parseFieldPath } from './parseFieldPath.js';
import type { CorpusStats } from './stats.js';
import { DEFAULT_CORPUS_TASK } from './types.js';
import type { BadLine, CorpusFormat, CorpusTask } from './types.js';

export interface RunCorpusOptions {
  /**
   * Threads sharing the input: this one and `jobs - 1` worker threads;
   * `1` processes it in this thread alone. The output is the same for any
   * value: batches are cut the same way and written in input order. An
   * input that fits in one batch never starts a worker.
   * @default os.availableParallelism()
   */
  readonly jobs?: number;
  /**
   * Batch size: bytes of UTF-8 input, or UTF-16 code units of text input (a
   * batch ends at the last line end within it).
   * @default 1048576
   */
  readonly batchSize?: number;
  /** The worker entry. @default dist/cli/strip-worker.cjs (`strip`) or dist/cli/worker.js of the built package (see `findWorkerUrl`) */
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

const DEFAULT_RUN_CORPUS_OPTIONS = {
  batchSize: 1 << 20,
} as const;

/**
 * Runs a corpus job: reads `input` (text chunks, or UTF-8 byte chunks that
 * the workers decode: see `acceptsBytes`), cuts it into batches of whole
 * lines, processes them in this thread and `jobs - 1` worker threads, and
 * yields the output in input order (text, or UTF-8 bytes).
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
  const { format, jobs, batchSize, operation } = resolveRun(task, options);
  const counts: RunCounts = { lines: 0, records: 0, glosses: 0, badLines: 0, bytesIn: 0, bytesOut: 0, jobs: 1 };
  if (format === 'text' && task.command === 'annotate' && carriesState(task.options ?? {})) {
    for await (const out of annotateWhole(textChunks(input, counts), task, counts)) {
      counts.bytesOut += Buffer.byteLength(out);
      yield out;
    }
  } else {
    yield* runInBatches(input, task, { format, jobs, batchSize, operation }, options, counts);
  }
  return finishStats(task, format, counts, started, options.bytesRead);
}

/** What `processCorpus` counts while it runs. */
interface RunCounts {
  lines: number;
  records: number;
  glosses: number;
  badLines: number;
  bytesIn: number;
  bytesOut: number;
  /** Threads that processed the input. */
  jobs: number;
}

interface ResolvedRun {
  readonly format: CorpusFormat;
  readonly jobs: number;
  readonly batchSize: number;
  readonly operation: Operation;
}

/** Checks the task and the options (every bad one → INVALID_OPTION), once, before any worker starts. */
function resolveRun(task: CorpusTask, options: RunCorpusOptions): ResolvedRun {
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
  // The library's own options are checked by running the operation once on nothing.
  const operation = createOperation(task);
  if (operation.kind === 'rewrite') operation.apply('');
  else operation.find('');
  return { format, jobs, batchSize, operation };
}

/** The input as text chunks, counting its bytes; bytes are an INVALID_TYPE (they cannot be decoded here). */
async function* textChunks(input: AsyncIterable<string | Uint8Array>, counts: RunCounts): AsyncGenerator<string> {
  for await (const chunk of input) {
    if (typeof chunk !== 'string') throw new PinyinGlossError('INVALID_TYPE', 'processCorpus: this task takes text chunks, not bytes');
    counts.bytesIn += Buffer.byteLength(chunk);
    yield chunk;
  }
}

/**
 * Cuts the input into batches of whole lines (`createCutter`), runs them in
 * this thread or in worker threads (`createBatchRunner`) and yields their
 * output in input order.
 */
async function* runInBatches(
  input: AsyncIterable<string | Uint8Array>,
  task: CorpusTask,
  { format, jobs, batchSize, operation }: ResolvedRun,
  options: RunCorpusOptions,
  counts: RunCounts,
): AsyncGenerator<string | Uint8Array> {
  const workerUrl = () => options.workerUrl ?? findWorkerUrl(task);
  // Worker threads take batches in shared memory (see createBatchBuffers):
  // enough buffers for the batches in flight, the one held and the one cut.
  const buffers = jobs > 1 ? createBatchBuffers(batchSize, 4 * jobs + 2) : undefined;
  const runner = createBatchRunner({ task, format, jobs, operation, workerUrl, onBadLine: options.onBadLine, signal: options.signal, buffers, counts });
  const stop = () => runner.stopWorkers();
  options.signal?.addEventListener('abort', stop, { once: true });
  try {
    const cutter = createCutter(format, batchSize, { buffers });
    for await (const chunk of input) {
      if (typeof chunk !== 'string' && !acceptsBytes(task)) {
        throw new PinyinGlossError('INVALID_TYPE', `processCorpus: ${task.command} on plain text takes text chunks, not bytes`);
      }
      counts.bytesIn += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
      cutter.push(chunk);
      for (let part = cutter.next(false); part; part = cutter.next(false)) yield* runner.add(part);
    }
    for (let part = cutter.next(true); part; part = cutter.next(true)) yield* runner.add(part);
    yield* runner.finish();
  } finally {
    options.signal?.removeEventListener('abort', stop);
    await runner.close();
  }
}

function finishStats(task: CorpusTask, format: CorpusFormat, counts: RunCounts, started: number, bytesRead: (() => number) | undefined): CorpusStats {
  const seconds = (performance.now() - started) / 1000;
  const bytesIn = bytesRead?.() ?? counts.bytesIn;
  const { jobs, ...totals } = counts;
  return {
    command: task.command,
    format,
    jobs,
    ...totals,
    bytesIn,
    seconds: round(seconds, 3),
    mbPerSecond: round(bytesIn / 1e6 / Math.max(seconds, 1e-9), 2),
  };
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

/**
 * The built worker entry: dist/cli/strip-worker.cjs for `strip` (it starts
 * faster: see cli/stripWorker.ts), dist/cli/worker.js for the other
 * commands. This code is bundled either into dist/cli/index.js or into a
 * shared chunk in dist/, so both places are tried.
 */
function findWorkerUrl(task: CorpusTask): URL {
  const name = task.command === 'strip' ? 'strip-worker.cjs' : 'worker.js';
  for (const relative of [`./${name}`, `./cli/${name}`]) {
    const url = new URL(relative, import.meta.url);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return url;
  }
  throw new PinyinGlossError('IO_ERROR', `dist/cli/${name} not found beside the CLI; run \`npm run build\`, or pass \`workerUrl\``);
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
