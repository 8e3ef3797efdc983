/**
 * The worker-thread entry of `--jobs N` (built as dist/cli/worker.js): it
 * receives the task once, then processes the batches the main thread posts
 * and posts each result back, its output as UTF-8 bytes. The code is
 * `processBatch`, the same the main thread runs for `--jobs 1`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createStripOperation } from '../corpus/createStripOperation.js';
import type { WorkerReply } from '../corpus/createWorkerPool.js';
import { processBatch } from '../corpus/processBatch.js';
import type { Batch, BatchResult, CorpusTask } from '../corpus/types.js';

const port = parentPort;
if (port === null) throw new Error('pinyin-gloss: cli/worker.js runs only as a worker thread');
const { task } = workerData as { task: CorpusTask };
// A worker that strips starts sooner without annotate's and find's code
// (batches posted meanwhile wait in the port).
const operation =
  task.command === 'strip' ? createStripOperation(task) : (await import('../corpus/createOperation.js')).createOperation(task);

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
  // Encoded here, in parallel. Never moved (transferred): moving an
  // ArrayBuffer detaches it, and the first detach in a thread makes V8 drop
  // its optimized code and check every later typed-array access for a
  // detached buffer, which made the byte scan of each worker about an eighth
  // slower (measured, docs/corpus.md). Bytes stripped in place lie in the
  // batch's shared memory and are not copied; other output (annotate's
  // text, a JSON Lines batch reassembled) is copied once.
  const output = typeof result.output === 'string' ? encoder.encode(result.output) : result.output;
  const reply: WorkerReply = { seq: batch.seq, result: { ...result, output } };
  port.postMessage(reply);
});
