/**
 * The worker-thread entry of `strip --jobs N`, built as one CommonJS file
 * (dist/cli/strip-worker.cjs) with the strip code alone: a worker that
 * loads an ES module first sets up Node's ES module loader in its own
 * thread, which took about 0.1 s of CPU time per worker, a tenth of the
 * run on 134 MB of JSON Lines with `--jobs 2` (measured, docs/corpus.md).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createStripOperation } from '../corpus/createStripOperation.js';
import type { CorpusTask } from '../corpus/types.js';
import { serveBatches } from './serveBatches.js';

if (parentPort === null) throw new Error('pinyin-gloss: cli/strip-worker.cjs runs only as a worker thread');
const { task } = workerData as { task: CorpusTask };
serveBatches(parentPort, task, createStripOperation(task));
