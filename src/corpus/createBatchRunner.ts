import { PinyinGlossError } from '../errors.js';
import type { BatchBuffers } from './createBatchBuffers.js';
import type { BytePart, TextPart } from './createCutter.js';
import type { Operation } from './createOperation.js';
import { createWorkerPool, type WorkerPool } from './createWorkerPool.js';
import { formatBadLine } from './formatBadLine.js';
import { countByteLines, countLines, processBatch } from './processBatch.js';
import type { BadLine, Batch, BatchResult, CorpusFormat, CorpusTask } from './types.js';

export interface BatchRunnerOptions {
  readonly task: CorpusTask;
  readonly format: CorpusFormat;
  readonly jobs: number;
  readonly operation: Operation;
  /** The worker entry, asked for only when a worker starts. */
  readonly workerUrl: () => URL;
  readonly onBadLine: ((bad: BadLine, message: string) => void) | undefined;
  readonly signal: AbortSignal | undefined;
  /** Where the batches' shared memory goes back once a batch is written out (see createBatchBuffers). */
  readonly buffers?: BatchBuffers;
  /** Totals, added to as batches settle; `jobs` is set when workers start. */
  readonly counts: { lines: number; records: number; glosses: number; badLines: number; bytesOut: number; jobs: number };
}

export interface BatchRunner {
  /** Starts a batch; yields the output of earlier batches while too many are in flight. */
  add(part: TextPart | BytePart): AsyncGenerator<string | Uint8Array>;
  /** Yields the output of every batch still in flight, in input order. */
  finish(): AsyncGenerator<string | Uint8Array>;
  /** Stops the worker threads at once: their batches fail, and `finish` throws. */
  stopWorkers(): void;
  /** Forgets what is in flight and waits for the worker threads to stop. */
  close(): Promise<void>;
}

/**
 * Runs batches in this thread (`jobs: 1`), or in this thread and a pool of
 * `jobs - 1` worker threads, and hands their output back in input order.
 * Numbers each batch (sequence, first line, offset) as it comes. With more
 * than one job, the first batch waits: if the input ends there, no worker
 * is started.
 */
export function createBatchRunner({ task, format, jobs, operation, workerUrl, onBadLine, signal, buffers, counts }: BatchRunnerOptions): BatchRunner {
  let pool: WorkerPool | undefined;
  // Each batch's result, and the shared memory it lies in (to hand back).
  const pending: { result: Promise<BatchResult>; lent: SharedArrayBuffer | undefined }[] = [];
  let held: Batch | undefined;
  let seq = 0;
  let firstLine = 1;
  let offset = 0;
  // Whether the input so far ends inside a line (a last line without a line end is a line too).
  let endsInLine = false;
  // Every batch has been cut: no buffer is taken again.
  let ending = false;
  // Enough batches in flight that the workers' batches and this thread's
  // interleave without either waiting for the other's output to be written.
  const maxPending = jobs * 4;

  const track = (batch: Batch, result: Promise<BatchResult>) => {
    // A later batch may fail while an earlier one is awaited: mark it handled
    // now; its error is rethrown when its turn comes.
    result.catch(() => undefined);
    const buffer = batch.bytes?.buffer;
    pending.push({ result, lent: buffers && buffer instanceof SharedArrayBuffer ? buffer : undefined });
  };
  const runHere = (batch: Batch) => track(batch, Promise.resolve().then(() => processBatch(batch, task, operation)));
  const start = (batch: Batch) => {
    if (jobs === 1) return runHere(batch);
    if (signal?.aborted) throw signal.reason;
    // This thread is one of the jobs: `jobs - 1` workers each keep two
    // batches waiting (so they never wait for this thread to hand one over),
    // and this thread processes the others between reading and writing.
    // Measured against `jobs` workers with this thread only cutting and
    // writing: less CPU time (no third thread starting and compiling the
    // code) and less wall time (docs/corpus.md).
    pool ??= createWorkerPool(jobs - 1, task, workerUrl());
    counts.jobs = jobs;
    if (pool.outstanding >= 2 * (jobs - 1)) return runHere(batch);
    track(batch, pool.run(batch));
  };

  const number = (part: TextPart | BytePart): Batch => {
    if ('text' in part) {
      endsInLine = !part.text.endsWith('\n');
      const batch = { seq: seq++, text: part.text, firstLine, offset };
      firstLine += countLines(part.text, false);
      offset += part.text.length;
      return batch;
    }
    endsInLine = part.bytes[part.bytes.length - 1] !== 0x0a;
    const batch = { seq: seq++, ...part, firstLine };
    // Line numbers are shown for JSON Lines only (plain-text `find` takes text).
    if (format === 'jsonl') firstLine += countByteLines(part.bytes);
    return batch;
  };

  async function* settle(): AsyncGenerator<string | Uint8Array> {
    const { result: settled, lent } = pending.shift()!;
    const result = await settled;
    let output = result.output;
    if (lent !== undefined && !ending && buffers?.reuses(lent)) {
      // Output stripped in place lies in the batch's shared memory: copied
      // out, so the buffer can take the next batch whatever the consumer
      // keeps of the output. (A worker's view of it arrives over another
      // SharedArrayBuffer object: compare the kind, not the object.) At the
      // end of the input, or for a giant record, the buffer is not used
      // again and the output goes on where it lies (no second copy of it).
      if (typeof output !== 'string' && output.buffer instanceof SharedArrayBuffer) output = Buffer.from(output);
      buffers.give(lent);
    }
    counts.lines += result.lines;
    counts.records += result.records;
    counts.glosses += result.glosses;
    counts.badLines += result.badLines.length + (result.failed ? 1 : 0);
    for (const bad of result.badLines) onBadLine?.(bad, formatBadLine(task.file, bad, task.onBadLine ?? 'fail'));
    if (output.length > 0) {
      counts.bytesOut += typeof output === 'string' ? Buffer.byteLength(output) : output.length;
      yield output;
    }
    if (result.failed) {
      // Reported once, by whoever catches the error (the CLI prints it on stderr).
      const message = formatBadLine(task.file, result.failed, 'fail');
      throw new PinyinGlossError('BAD_LINE', message.replace(/^pinyin-gloss: /, ''));
    }
  }

  return {
    async *add(part) {
      const batch = number(part);
      if (jobs > 1 && batch.seq === 0) {
        held = batch;
        return;
      }
      if (held) start(held);
      held = undefined;
      start(batch);
      while (pending.length >= maxPending) yield* settle();
    },
    async *finish() {
      ending = true;
      if (held) {
        // The whole input was one batch: process it here.
        runHere(held);
        held = undefined;
      }
      while (pending.length > 0) yield* settle();
      if (format === 'text' && endsInLine) counts.lines++;
    },
    stopWorkers() {
      void pool?.close();
    },
    async close() {
      pending.length = 0;
      await pool?.close();
    },
  };
}
