import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { processCorpus } from '../../src/corpus/runCorpus.js';
import type { CorpusTask } from '../../src/corpus/types.js';
import { strip } from '../../src/strip/index.js';
import { ROOT } from '../cli/runCliProcess.js';

// The built worker entries (`npm test` builds first): strip's own, which
// the CLI uses for strip, and the one of every command.
const WORKERS = ['dist/cli/strip-worker.cjs', 'dist/cli/worker.js'];

async function* bytesOf(text: string): AsyncGenerator<Uint8Array> {
  // Chunks of odd sizes, cut inside characters.
  const bytes = Buffer.from(text);
  for (let at = 0; at < bytes.length; at += 977) yield bytes.subarray(at, at + 977);
}

/** Every output of the job, kept as it was yielded (not copied) until the end. */
async function keptOutputs(text: string, task: CorpusTask, jobs: number, worker: string): Promise<string> {
  const workerUrl = pathToFileURL(join(ROOT, worker));
  const kept: (string | Uint8Array)[] = [];
  for await (const output of processCorpus(bytesOf(text), task, { jobs, batchSize: 300, workerUrl })) kept.push(output);
  return kept.map((output) => (typeof output === 'string' ? output : Buffer.from(output).toString())).join('');
}

describe.each(WORKERS)('worker threads (%s)', (worker) => {
  // Worker threads take batches in shared memory that is used again for
  // later batches: what was yielded before must not change afterwards.
  const lines = Array.from({ length: 400 }, (_, i) => `第${i}段，老旧小区改造(gǎizào)${'，居民(jūmín)很满意(hěn mǎnyì)'.repeat(i % 5)}。`);

  test('plain text: outputs kept by the consumer stay intact while later batches run', async () => {
    const text = `${lines.join('\n')}\n`;
    expect(await keptOutputs(text, { command: 'strip', countGlosses: false }, 2, worker)).toBe(strip(text));
  });

  test('JSON Lines: the same, with records of many batch sizes among them', async () => {
    // Batches far over the batch size get a buffer of their own, not reused.
    const records = lines.map((line, id) => (id % 97 === 50 ? line.repeat(40) : line));
    const text = `${records.map((line, id) => JSON.stringify({ id, text: line })).join('\n')}\n`;
    const expected = `${records.map((line, id) => JSON.stringify({ id, text: strip(line) })).join('\n')}\n`;
    expect(await keptOutputs(text, { command: 'strip', format: 'jsonl' }, 2, worker)).toBe(expected);
    expect(await keptOutputs(text, { command: 'strip', format: 'jsonl' }, 1, worker)).toBe(expected);
  });
});
