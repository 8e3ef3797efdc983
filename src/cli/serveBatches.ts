import type { MessagePort } from 'node:worker_threads';
import type { Operation } from '../corpus/createOperation.js';
import type { WorkerReply } from '../corpus/createWorkerPool.js';
import { processBatch } from '../corpus/processBatch.js';
import type { Batch, BatchResult, CorpusTask } from '../corpus/types.js';

/**
 * A worker thread's loop (cli/worker.ts, cli/stripWorker.ts): processes each
 * batch the main thread posts and posts the result back, its output as
 * UTF-8 bytes. The code is `processBatch`, the same the main thread runs
 * for `--jobs 1`.
 */
export function serveBatches(port: MessagePort, task: CorpusTask, operation: Operation): void {
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
}
