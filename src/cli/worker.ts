/**
 * The worker-thread entry of `--jobs N` for every command (built as
 * dist/cli/worker.js); `strip` runs in dist/cli/strip-worker.cjs
 * (cli/stripWorker.ts), which starts faster. It receives the task once,
 * then processes the batches the main thread posts (`serveBatches`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createOperation } from '../corpus/createOperation.js';
import type { CorpusTask } from '../corpus/types.js';
import { serveBatches } from './serveBatches.js';

if (parentPort === null) throw new Error('pinyin-gloss: cli/worker.js runs only as a worker thread');
const { task } = workerData as { task: CorpusTask };
serveBatches(parentPort, task, createOperation(task));
