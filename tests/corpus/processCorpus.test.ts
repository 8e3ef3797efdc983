import { fc, test as prop } from '@fast-check/vitest';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { annotate } from '../../src/annotate/index.js';
import { processCorpus, runCorpus, type RunCorpusOptions } from '../../src/corpus/runCorpus.js';
import type { CorpusStats } from '../../src/corpus/stats.js';
import type { CorpusTask } from '../../src/corpus/types.js';
import { strip } from '../../src/strip/index.js';
import { glossyText, stripOptions } from '../strip/arbitraries.js';
import { CORPUS, STRIPPED_KEEP } from './corpus.js';
import { splitAt } from '../support/splitAt.js';

async function* chunksOf(...chunks: (string | Uint8Array)[]): AsyncGenerator<string | Uint8Array> {
  yield* chunks;
}

async function collect(input: (string | Uint8Array)[], task: CorpusTask, options: RunCorpusOptions = {}): Promise<{ output: string; stats: CorpusStats }> {
  let output = '';
  const stats = await runCorpus(chunksOf(...input), (out) => (output += typeof out === 'string' ? out : Buffer.from(out).toString()), task, { jobs: 1, ...options });
  return { output, stats };
}

// Text with line ends and Chinese punctuation among the glosses, so that small
// batches are cut at every kind of boundary runCorpus uses.
const cutText = fc
  .array(fc.oneof(glossyText, fc.constantFrom('\n', '\r\n', '。', '，', '？', '、')), { maxLength: 12 })
  .map((parts) => parts.join(''));

describe('processCorpus: plain text', () => {
  test('sane defaults', async () => {
    expect(await collect([], { command: 'strip' })).toMatchObject({ output: '', stats: { lines: 0, glosses: 0, jobs: 1 } });
    expect(await collect(['', ' \n'], { command: 'strip' })).toMatchObject({ output: ' \n', stats: { lines: 1 } });
    expect(await collect(['abc'], { command: 'strip' })).toMatchObject({ output: 'abc', stats: { lines: 1, records: 1 } });
  });

  prop.prop([cutText, stripOptions, fc.integer({ min: 1, max: 12 }), fc.array(fc.nat(), { maxLength: 4 })], { numRuns: 300 })(
    'strip in small batches equals strip of the whole text',
    async (text, options, batchSize, cuts) => {
      const chunks = cuts.length === 0 ? [text] : splitAt(text, cuts);
      const { output, stats } = await collect(chunks, { command: 'strip', options }, { batchSize });
      expect(output).toBe(strip(text, options));
      expect(stats.bytesIn).toBe(chunks.reduce((bytes, chunk) => bytes + Buffer.byteLength(chunk), 0));
    },
  );

  prop.prop([cutText, fc.integer({ min: 1, max: 12 })], { numRuns: 40 })(
    'find in small batches gives the offsets and lines of the whole text',
    async (text, batchSize) => {
      const whole = await collect([text], { command: 'find', file: 'f' });
      const batched = await collect([text], { command: 'find', file: 'f' }, { batchSize });
      expect(batched.output).toBe(whole.output);
    },
  );

  test('counts the glosses removed', async () => {
    const { output, stats } = await collect(['到(dào)(dào)\n改造（gǎizào）。', '(受访者供图)'], { command: 'strip' });
    expect(output).toBe('到\n改造。(受访者供图)');
    expect(stats).toMatchObject({ lines: 2, glosses: 3, badLines: 0 });
  });

  test.each([
    ['text', (text: string) => text],
    ['bytes', (text: string) => Buffer.from(text)],
  ])('a line of many batches is cut after punctuation and counted once (%s)', async (_kind, as) => {
    const chunks = Array.from({ length: 20 }, (_, i) => as(i % 2 ? '(gǎizào)，改造' : '改造'));
    const { output, stats } = await collect([...chunks, as('(gǎizào)，')], { command: 'strip' }, { batchSize: 4 });
    expect(output).toBe(`${'改造，改造'.repeat(10)}，`);
    expect(stats).toMatchObject({ lines: 1, glosses: 11 });
  });

  test('annotate with `once` runs the whole text in one piece, whatever the batches', async () => {
    const text = '小区改造。\n小区改造。\n';
    const { output, stats } = await collect([text], { command: 'annotate', options: { once: true } }, { batchSize: 2, jobs: 2 });
    expect(output).toBe(annotate(text, { once: true }));
    expect(stats.jobs).toBe(1);
  });
});

describe('processCorpus: JSON Lines', () => {
  const record = fc.record({
    id: fc.integer(),
    text: glossyText,
    meta: fc.record({ title: glossyText, score: fc.double({ noNaN: true, noDefaultInfinity: true }) }),
  });

  prop.prop([fc.array(record, { maxLength: 8 }), fc.integer({ min: 1, max: 64 })], { numRuns: 100 })(
    'each record gets its field stripped, the rest unchanged',
    async (records, batchSize) => {
      const input = records.map((r) => `${JSON.stringify(r)}\n`).join('');
      const { output, stats } = await collect([input], { command: 'strip', format: 'jsonl' }, { batchSize });
      const lines = output.split('\n').slice(0, -1);
      // (Through JSON and back on both sides: -0 is written as 0.)
      expect(lines.map((line) => JSON.parse(line))).toEqual(records.map((r) => JSON.parse(JSON.stringify({ ...r, text: strip(r.text) }))));
      lines.forEach((line, i) => {
        if (strip(records[i]!.text) === records[i]!.text) expect(line).toBe(JSON.stringify(records[i]));
      });
      expect(stats).toMatchObject({ lines: records.length, records: records.length, badLines: 0 });
    },
  );

  test('the test corpus, cut into batches of any size, with bad lines kept', async () => {
    for (const batchSize of [1, 7, 50, 1 << 20]) {
      const bad: number[] = [];
      let output = '';
      await runCorpus(chunksOf(CORPUS.slice(0, 100), CORPUS.slice(100)), (text) => (output += text as string), {
        command: 'strip',
        format: 'jsonl',
        onBadLine: 'keep',
      }, { jobs: 1, batchSize, onBadLine: (line) => bad.push(line.line) });
      expect(output).toBe(STRIPPED_KEEP);
      expect(bad).toEqual([5, 6, 7, 9]);
    }
  });

  test('fail: output before the bad line, then a BAD_LINE error', async () => {
    let output = '';
    const run = runCorpus(chunksOf(CORPUS), (text) => (output += text as string), { command: 'strip', format: 'jsonl', file: 'c.jsonl' }, { jobs: 1, batchSize: 10 });
    await expect(run).rejects.toMatchObject({ code: 'BAD_LINE', message: expect.stringMatching(/^c\.jsonl:5: not valid JSON/) });
    expect(output).toBe(`${STRIPPED_KEEP.split('\n').slice(0, 4).join('\n')}\n`);
  });
});

describe('processCorpus: UTF-8 bytes (decoded by the workers)', () => {
  const text = '改造(gǎizào)\n😀到(dào)(dào)\r\n{"x":1}\n';

  prop.prop([fc.array(fc.nat(), { maxLength: 6 }), fc.integer({ min: 1, max: 16 }), fc.boolean()])(
    'bytes cut anywhere, even inside a character, give the output of the text',
    async (cuts, batchSize, bom) => {
      const bytes = Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text)]);
      const chunks = splitAt(bytes, cuts);
      const { output, stats } = await collect(chunks, { command: 'strip' }, { batchSize });
      expect(output).toBe('改造\n😀到\r\n{"x":1}\n');
      expect(stats).toMatchObject({ lines: 3, glosses: 3, bytesIn: bytes.length });
    },
  );

  test.each([
    [Buffer.concat([Buffer.from('{"text":"好"}\n{"text":"'), Buffer.from([0xff]), Buffer.from('"}\n')]), 'x:2: invalid bytes for utf-8 at byte 24'],
    [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"text":"好"}\n'), Buffer.from([0xe5, 0xa5])]), 'x:2: invalid bytes for utf-8 at byte 18'],
  ])('a record with bytes that are not UTF-8 is a bad line: fail names its line and byte (%#)', async (bytes, message) => {
    for (const batchSize of [1, 4, 1000]) {
      const error = await collect([bytes.subarray(0, 5), bytes.subarray(5)], { command: 'strip', format: 'jsonl', file: 'x' }, { batchSize }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'BAD_LINE' });
      expect((error as Error).message).toBe(`${message}; stopping (use --on-bad-line keep or skip to go on)`);
    }
  });

  // A GBK record and a stray byte among UTF-8 records, as in a crawl.
  const gbk = Buffer.from([0xb8, 0xc4, 0xd4, 0xec]); // 改造 in GBK
  const mixed = Buffer.concat([
    Buffer.from('{"text":"改造(gǎizào)"}\n{"text":"'), gbk, Buffer.from('(gǎizào)"}\n{"text":"a'), Buffer.from([0xff]),
    Buffer.from('"}\n{"text":"社区(shèqū)"}'),
  ]);

  test.each([1, 5, 1000])('keep writes the bad records byte for byte, skip drops them; both report and count them (batch %i)', async (batchSize) => {
    for (const onBadLine of ['keep', 'skip'] as const) {
      const reports: string[] = [];
      const chunks: Buffer[] = [];
      const stats = await runCorpus(chunksOf(mixed.subarray(0, 7), mixed.subarray(7)), (out) => void chunks.push(Buffer.from(out)), {
        command: 'strip', format: 'jsonl', onBadLine, file: 'x',
      }, { jobs: 1, batchSize, onBadLine: (_bad, message) => reports.push(message) });
      const lines = mixed.toString('latin1').split('\n');
      const expected = onBadLine === 'keep'
        ? Buffer.concat([Buffer.from('{"text":"改造"}\n'), Buffer.from(`${lines[1]}\n${lines[2]}\n`, 'latin1'), Buffer.from('{"text":"社区"}')])
        : Buffer.from('{"text":"改造"}\n{"text":"社区"}');
      expect(Buffer.concat(chunks).equals(expected)).toBe(true);
      expect(reports).toEqual([
        `pinyin-gloss: x:2: invalid bytes for utf-8 at byte ${mixed.indexOf(gbk)}; ${onBadLine === 'keep' ? 'kept unchanged' : 'skipped'}`,
        `pinyin-gloss: x:3: invalid bytes for utf-8 at byte ${mixed.indexOf(0xff)}; ${onBadLine === 'keep' ? 'kept unchanged' : 'skipped'}`,
      ]);
      expect(stats).toMatchObject({ lines: 4, records: 2, glosses: 2, badLines: 2 });
    }
  });

  test("encodingErrors: 'replace' writes U+FFFD and still reports the line", async () => {
    const bytes = Buffer.concat([Buffer.from('{"text":"好(hǎo)'), Buffer.from([0xff]), Buffer.from('"}\n{"text":"好(hǎo)"}\n')]);
    const reports: string[] = [];
    const { output, stats } = await collect([bytes], { command: 'strip', format: 'jsonl', encodingErrors: 'replace', file: 'x' }, {
      onBadLine: (_bad, message) => reports.push(message),
    });
    expect(output).toBe('{"text":"好\uFFFD"}\n{"text":"好"}\n');
    expect(reports).toEqual(['pinyin-gloss: x:1: invalid bytes for utf-8 at byte 18; decoded with U+FFFD (--encoding-errors replace)']);
    expect(stats).toMatchObject({ lines: 2, records: 2, glosses: 2, badLines: 1 });
  });
});

describe('processCorpus: options', () => {
  test.each([
    [{ command: 'strip', options: { toneless: 'yes' } }, {}],
    [{ command: 'strip', format: 'csv' }, {}],
    [{ command: 'strip', format: 'jsonl', field: 'a..b' }, {}],
    [{ command: 'strip', onBadLine: 'ignore' }, {}],
    [{ command: 'strip' }, { jobs: 0 }],
    [{ command: 'strip' }, { batchSize: 1.5 }],
  ])('%j %j is an INVALID_OPTION before any work', async (task, options) => {
    const outputs = processCorpus(chunksOf('x'), task as CorpusTask, options);
    await expect(outputs.next()).rejects.toMatchObject({ code: 'INVALID_OPTION' });
  });

  test.each([
    [['x', new Uint8Array([0x61])], { command: 'strip' }, 'all strings or all bytes'],
    [[new Uint8Array([0x61])], { command: 'find' }, 'find on plain text takes text chunks'],
    [[new Uint8Array([0x61])], { command: 'annotate', options: { once: true } }, 'this task takes text chunks'],
  ] as const)('chunks of the wrong type are an INVALID_TYPE: %#', async (chunks, task, message) => {
    const run = collect([...chunks], task as CorpusTask);
    await expect(run).rejects.toMatchObject({ name: 'PinyinGlossError', code: 'INVALID_TYPE' });
    await expect(run).rejects.toThrow(message);
  });

  test('a worker that dies fails the job instead of hanging', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pinyin-gloss-worker-'));
    try {
      const worker = join(dir, 'worker.mjs');
      writeFileSync(worker, "throw new Error('worker failed to start');\n");
      const run = collect(['改造(gǎizào)\n'.repeat(50)], { command: 'strip' }, { jobs: 2, batchSize: 20, workerUrl: pathToFileURL(worker) });
      await expect(run).rejects.toThrow('worker failed to start');
      await expect(run).rejects.toMatchObject({ name: 'PinyinGlossError', code: 'WORKER_FAILED' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('an input of one batch starts no worker', async () => {
    const missing = new URL('file:///nonexistent/worker.js');
    expect(existsSync(missing)).toBe(false);
    const { output, stats } = await collect(['改造(gǎizào)\n'], { command: 'strip' }, { jobs: 2, workerUrl: missing });
    expect(output).toBe('改造\n');
    expect(stats.jobs).toBe(1);
  });
});


