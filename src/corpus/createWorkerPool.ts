import { Worker } from 'node:worker_threads';
import { PinyinGlossError } from '../errors.js';
import type { PinyinGlossErrorCode } from '../errors.js';
import type { Batch, BatchResult, CorpusTask } from './types.js';

/** What a worker posts back: a result, or the error its batch threw. */
export type WorkerReply =
  | { readonly seq: number; readonly result: BatchResult }
  | { readonly seq: number; readonly error: { readonly code?: string; readonly message: string } };

export interface WorkerPool {
  /** Resolves with the batch's result; batches run as soon as a worker is free. */
  run(batch: Batch): Promise<BatchResult>;
  /** Terminates the workers (pending batches are rejected). */
  close(): Promise<void>;
}

/**
 * `size` worker threads running `workerUrl` (the built `cli/worker.js`),
 * each given `task` once. A batch goes to whichever worker is free, so a slow
 * batch never holds up the others; the caller restores input order by
 * awaiting results in submission order.
 */
export function createWorkerPool(size: number, task: CorpusTask, workerUrl: URL): WorkerPool {
  interface Job {
    readonly batch: Batch;
    resolve(result: BatchResult): void;
    reject(error: Error): void;
  }
  const queue: Job[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Job>();
  let broken: Error | undefined;
  const workers: Worker[] = [];

  const fail = (error: Error) => {
    broken ??= error;
    for (const job of [...busy.values(), ...queue.splice(0)]) job.reject(broken);
    busy.clear();
  };

  const next = (worker: Worker) => {
    const job = queue.shift();
    if (job === undefined) {
      idle.push(worker);
      return;
    }
    busy.set(worker, job);
    // Bytes in shared memory (see createCutter) reach the worker as they
    // are; other bytes are moved to it, not copied (the batch owns its buffer).
    const buffer = job.batch.bytes?.buffer;
    worker.postMessage(job.batch, buffer instanceof ArrayBuffer ? [buffer] : []);
  };

  for (let i = 0; i < size; i++) {
    // A small young generation keeps each worker's heap (and so the process's
    // RSS) small; batches are short-lived strings, so scavenges stay cheap.
    const worker = new Worker(workerUrl, { workerData: { task }, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
    worker.on('message', (reply: WorkerReply) => {
      const job = busy.get(worker);
      busy.delete(worker);
      if (job === undefined) return;
      if ('error' in reply) job.reject(toError(reply.error));
      else job.resolve(reply.result);
      next(worker);
    });
    worker.on('error', (cause) => fail(new PinyinGlossError('WORKER_FAILED', `a worker thread failed: ${cause.message}`, { cause })));
    worker.on('exit', (code) => {
      if (code !== 0) fail(new PinyinGlossError('WORKER_FAILED', `a worker thread stopped with exit code ${code}`));
    });
    workers.push(worker);
    idle.push(worker);
  }

  return {
    run(batch) {
      if (broken) return Promise.reject(broken);
      return new Promise<BatchResult>((resolve, reject) => {
        queue.push({ batch, resolve, reject });
        const worker = idle.pop();
        if (worker) next(worker);
      });
    },
    async close() {
      broken ??= new PinyinGlossError('WORKER_FAILED', 'the worker pool is closed');
      for (const job of queue.splice(0)) job.reject(broken);
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

/** Errors cross threads as plain data; bring back the library's typed error. */
function toError(error: { code?: string; message: string }): Error {
  if (error.code === undefined) return new PinyinGlossError('WORKER_FAILED', `a worker thread failed: ${error.message}`);
  return new PinyinGlossError(error.code as PinyinGlossErrorCode, error.message);
}
