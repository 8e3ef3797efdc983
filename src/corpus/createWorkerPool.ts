import { Worker } from 'node:worker_threads';
import { PinyinGlossError } from '../errors.js';
import type { PinyinGlossErrorCode } from '../errors.js';
import type { Batch, BatchResult, CorpusTask } from './types.js';

/** What a worker posts back: a result, or the error its batch threw. */
export type WorkerReply =
  | { readonly seq: number; readonly result: BatchResult }
  | { readonly seq: number; readonly error: { readonly code?: string; readonly message: string } };

export interface WorkerPool {
  /** Resolves with the batch's result; the batch is posted at once to the worker with the fewest outstanding. */
  run(batch: Batch): Promise<BatchResult>;
  /** Batches given and not yet done (queued or running). */
  readonly outstanding: number;
  /** Terminates the workers (pending batches are rejected). */
  close(): Promise<void>;
}

/**
 * `size` worker threads running `workerUrl` (the built `cli/worker.js`),
 * each given `task` once. A batch is posted at once to the worker with the
 * fewest batches outstanding, and waits in that worker's port: a worker
 * then goes from one batch to the next without the main thread (which may
 * be busy with a batch of its own) handing each over. Each worker answers
 * its batches in order; the caller restores input order across workers by
 * awaiting results in submission order.
 */
export function createWorkerPool(size: number, task: CorpusTask, workerUrl: URL): WorkerPool {
  interface Job {
    resolve(result: BatchResult): void;
    reject(error: Error): void;
  }
  // The batches posted to each worker and not answered yet, in order.
  const posted = new Map<Worker, Job[]>();
  let outstanding = 0;
  let broken: Error | undefined;

  const fail = (error: Error) => {
    broken ??= error;
    for (const jobs of posted.values()) for (const job of jobs.splice(0)) job.reject(broken);
    outstanding = 0;
  };

  for (let i = 0; i < size; i++) {
    // A small young generation keeps each worker's heap (and so the process's
    // RSS) small; batches are short-lived strings, so scavenges stay cheap.
    const worker = new Worker(workerUrl, { workerData: { task }, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
    const jobs: Job[] = [];
    posted.set(worker, jobs);
    worker.on('message', (reply: WorkerReply) => {
      const job = jobs.shift();
      if (job === undefined) return;
      outstanding--;
      if ('error' in reply) job.reject(toError(reply.error));
      else job.resolve(reply.result);
    });
    worker.on('error', (cause) => fail(new PinyinGlossError('WORKER_FAILED', `a worker thread failed: ${cause.message}`, { cause })));
    worker.on('exit', (code) => {
      if (code !== 0) fail(new PinyinGlossError('WORKER_FAILED', `a worker thread stopped with exit code ${code}`));
    });
  }

  return {
    get outstanding() {
      return outstanding;
    },
    run(batch) {
      if (broken) return Promise.reject(broken);
      let worker: Worker | undefined;
      for (const [candidate, jobs] of posted) if (worker === undefined || jobs.length < posted.get(worker)!.length) worker = candidate;
      return new Promise<BatchResult>((resolve, reject) => {
        posted.get(worker!)!.push({ resolve, reject });
        outstanding++;
        // Bytes in shared memory (see createCutter) reach the worker as they
        // are; other bytes are moved to it, not copied (the batch owns its buffer).
        const buffer = batch.bytes?.buffer;
        worker!.postMessage(batch, buffer instanceof ArrayBuffer ? [buffer] : []);
      });
    },
    async close() {
      fail(new PinyinGlossError('WORKER_FAILED', 'the worker pool is closed'));
      await Promise.all([...posted.keys()].map((worker) => worker.terminate()));
    },
  };
}

/** Errors cross threads as plain data; bring back the library's typed error. */
function toError(error: { code?: string; message: string }): Error {
  if (error.code === undefined) return new PinyinGlossError('WORKER_FAILED', `a worker thread failed: ${error.message}`);
  return new PinyinGlossError(error.code as PinyinGlossErrorCode, error.message);
}
