/**
 * The worker-thread entry of `--jobs N` (built as dist/cli/worker.js): it
 * receives the task once, then processes the batches the main thread posts
 * and posts each result back, its output as UTF-8 bytes. The code is
 * `processBatch`, the same the main thread runs for `--jobs 1`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createOperation } from '../corpus/createOperation.js';
import type { WorkerReply } from '../corpus/createWorkerPool.js';
import { processBatch } from '../corpus/processBatch.js';
import type { Batch, BatchResult, CorpusTask } from '../corpus/types.js';

const port = parentPort;
if (port === null) throw new Error('pinyin-gloss: cli/worker.js runs only as a worker thread');
const { task } = workerData as { task: CorpusTask };
const operation = createOperation(task);

const encoder = new TextEncoder();

port.on('message', (batch: Batch) => {
  let result: BatchResult;
  try {
    result = processBatch(batch, task, operation);
  } catch (error) {
    // Errors cross threads as plain data; the pool turns them back into PinyinGlossErrors.
    const { code, message } = error as { code?: unknown; message?: unknown };
    const reply: WorkerReply = {
      seq: batch.seq,
      error: { ...(typeof code === 'string' ? { code } : {}), message: String(message ?? error) },
    };
    port.postMessage(reply);
    return;
  }
  // Encoded here, in parallel, and moved to the main thread without a copy.
  const output = typeof result.output === 'string' ? encoder.encode(result.output) : result.output;
  const reply: WorkerReply = { seq: batch.seq, result: { ...result, output } };
  port.postMessage(reply, [output.buffer as ArrayBuffer]);
});
