import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { makeTempDir, runCli } from '../cli/runCliProcess.js';
import { BAD_LINE_REPORTS, CORPUS, STRIPPED_KEEP, STRIPPED_SKIP } from './corpus.js';

// These run the built CLI (dist/): `npm test` builds first.
const temp = makeTempDir();
afterAll(() => temp.remove());
const corpusFile = join(temp.dir, 'corpus.jsonl');
writeFileSync(corpusFile, CORPUS);

describe('strip --jsonl', () => {
  test.each(['1', '2'])('--on-bad-line keep, --jobs %s: every other byte kept, bad lines reported', (jobs) => {
    const result = runCli(['strip', '--jsonl', '--on-bad-line', 'keep', '--jobs', jobs, corpusFile]);
    expect(result.stdout).toBe(STRIPPED_KEEP);
    expect(result.status).toBe(0);
    const reports = result.stderr.trim().split('\n');
    expect(reports).toHaveLength(4);
    BAD_LINE_REPORTS.forEach((report, index) => {
      expect(reports[index]).toContain(`corpus.jsonl${report}`);
      expect(reports[index]).toMatch(/kept unchanged$/);
    });
  });

  test('--on-bad-line skip drops the bad lines, and says so', () => {
    const result = runCli(['strip', '--jsonl', '--on-bad-line', 'skip', corpusFile]);
    expect(result.stdout).toBe(STRIPPED_SKIP);
    expect(result.status).toBe(0);
    expect(result.stderr.trim().split('\n').map((line) => line.endsWith('skipped'))).toEqual([true, true, true, true]);
  });

  test('--on-bad-line fail (the default) writes the lines before it and exits 1', () => {
    const result = runCli(['strip', '--jsonl', corpusFile]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(`${STRIPPED_KEEP.split('\n').slice(0, 4).join('\n')}\n`);
    expect(result.stderr).toBe(
      'pinyin-gloss: corpus.jsonl:5: not valid JSON (Unexpected token \'o\', "not json at all" is not valid JSON); stopping (use --on-bad-line keep or skip to go on)\n'.replace('corpus.jsonl', corpusFile),
    );
  });

  test('stdin, a nested --field, and a record whose field is missing', () => {
    const input = '{"meta":{"title":"改造(gǎizào)"},"text":"改造(gǎizào)"}\n{"meta":{}}\n{"meta":{"title":"\\u5c0f\\u533a(xi\\u01ceoq\\u016b)"}}\n';
    const result = runCli(['strip', '--jsonl', '--field', 'meta.title', '--on-bad-line', 'keep'], { input });
    expect(result.stdout).toBe('{"meta":{"title":"改造"},"text":"改造(gǎizào)"}\n{"meta":{}}\n{"meta":{"title":"\\u5c0f\\u533a"}}\n');
    expect(result.stderr).toBe('pinyin-gloss: -:2: missing field `meta.title`; kept unchanged\n');
  });

  test('--stats and --stats-json count lines, records, glosses and bad lines', () => {
    const statsFile = join(temp.dir, 'stats.json');
    const result = runCli(['strip', '--jsonl', '--on-bad-line', 'skip', '--stats', '--stats-json', statsFile, corpusFile]);
    expect(result.status).toBe(0);
    const stats = JSON.parse(readFileSync(statsFile, 'utf8'));
    expect(stats).toMatchObject({
      command: 'strip',
      format: 'jsonl',
      lines: 11,
      records: 7,
      glosses: 7,
      badLines: 4,
      bytesIn: Buffer.byteLength(CORPUS),
      bytesOut: Buffer.byteLength(STRIPPED_SKIP),
    });
    expect(stats.seconds).toBeGreaterThan(0);
    expect(Math.abs(stats.mbPerSecond - stats.bytesIn / 1e6 / stats.seconds)).toBeLessThan(0.01);
    expect(result.stderr.trim().split('\n').at(-1)).toMatch(
      /^pinyin-gloss: 11 lines \(7 records\), 7 glosses removed, 4 bad lines; 0\.0 MB in \d+\.\d\d s = [\d.]+ MB\/s with 1 job$/,
    );
  });

  test('flags that need --jsonl, and bad values, are usage errors', () => {
    expect(runCli(['strip', '--field', 'text'], { input: 'x' })).toMatchObject({ status: 2, stderr: 'pinyin-gloss: --field needs --jsonl\n' });
    expect(runCli(['strip', '--jobs', '0'], { input: 'x' }).status).toBe(2);
    expect(runCli(['strip', '--jsonl', '--on-bad-line', 'ignore'], { input: 'x' }).status).toBe(2);
    expect(runCli(['strip', '--jsonl', '--field', 'a..b'], { input: '{}' }).status).toBe(2);
  });
});

describe('find --jsonl', () => {
  test('adds the line number; offsets are within the field', () => {
    const result = runCli(['find', '--jsonl', '--on-bad-line', 'skip', corpusFile]);
    expect(result.status).toBe(0);
    const found = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(found.map((gloss) => [gloss.file, gloss.line, gloss.start, gloss.end, gloss.word, gloss.pinyin])).toEqual([
      [corpusFile, 1, 6, 14, '改造', 'gǎizào'],
      [corpusFile, 2, 11, 19, '改造', 'gǎizào'],
      [corpusFile, 4, 19, 24, '到', 'dào'],
      [corpusFile, 4, 24, 29, '到', 'dào'],
      [corpusFile, 8, 2, 9, '居民', 'jūmín'],
      [corpusFile, 10, 4, 14, '表情', 'biǎoqíng'],
      [corpusFile, 11, 2, 10, '最后', 'zuìhòu'],
    ]);
  });
});

describe('--jobs', () => {
  // A corpus of many records, cut into many small batches so that two
  // workers really share it (PINYIN_GLOSS_BATCH_CHARS).
  const records = Array.from({ length: 400 }, (_, i) =>
    JSON.stringify({ id: i, text: `第${i}条：老旧小区改造(gǎizào)，居民(jūmín)${'很满意(hěn mǎnyì)'.repeat(i % 4)}。`, meta: { n: i } }),
  );
  const many = join(temp.dir, 'many.jsonl');
  writeFileSync(many, `${records.join('\n')}\n`);
  const few = join(temp.dir, 'few.jsonl');
  writeFileSync(few, `${records.slice(0, 120).join('\n')}\n`);
  const env = { PINYIN_GLOSS_BATCH_CHARS: '2000' };

  test.each(['strip --jsonl', 'find --jsonl', 'annotate --jsonl', 'strip', 'find', 'annotate'])(
    '%s: --jobs 2 gives the same bytes as --jobs 1',
    (command) => {
    const args = command.split(' ');
    // annotate loads the segmenter in every thread: a shorter input will do.
    const input = args[0] === 'annotate' ? few : many;
    const one = runCli([...args, '--jobs', '1', input], { env });
    const two = runCli([...args, '--jobs', '2', '--stats', input], { env });
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(one.stdout.length).toBeGreaterThan(5_000);
    expect(two.stdoutBytes.equals(one.stdoutBytes)).toBe(true);
    // The second run really used two worker threads.
    expect(two.stderr).toMatch(/with 2 jobs\n$/);
    },
  );

  test('a record that is not UTF-8 in a later batch is a bad line, for any --jobs and policy', () => {
    const bad = join(temp.dir, 'bad.jsonl');
    const head = Buffer.from(`${records.join('\n')}\n{"text":"`);
    const badLine = Buffer.concat([Buffer.from('{"text":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}\n')]);
    writeFileSync(bad, Buffer.concat([head, Buffer.from([0xc3, 0x28]), Buffer.from('"}\n'), Buffer.from(`${records.join('\n')}\n`)]));
    const report = `pinyin-gloss: ${bad}:${records.length + 1}: invalid bytes for utf-8 at byte ${head.length}`;
    const keep = runCli(['strip', '--jsonl', '--jobs', '1', '--on-bad-line', 'keep', bad], { env });
    expect(keep.status).toBe(0);
    expect(keep.stdoutBytes.includes(badLine)).toBe(true);
    for (const jobs of ['1', '2']) {
      const failed = runCli(['strip', '--jsonl', '--jobs', jobs, bad], { env });
      expect(failed.status).toBe(1);
      expect(failed.stderr).toBe(`${report}; stopping (use --on-bad-line keep or skip to go on)\n`);
      const kept = runCli(['strip', '--jsonl', '--jobs', jobs, '--on-bad-line', 'keep', '--stats', bad], { env });
      expect(kept.stdoutBytes.equals(keep.stdoutBytes)).toBe(true);
      expect(kept.stderr.split('\n')[0]).toBe(`${report}; kept unchanged`);
      expect(kept.stderr).toMatch(/, 1 bad lines; /);
      const skipped = runCli(['strip', '--jsonl', '--jobs', jobs, '--on-bad-line', 'skip', bad], { env });
      expect(skipped.stdoutBytes.equals(Buffer.from(keep.stdout.replace(badLine.toString(), '')))).toBe(true);
      expect(skipped.stderr).toBe(`${report}; skipped\n`);
    }
  });

  test('plain-text strip with --jobs 2 equals the streaming path of --jobs 1', () => {
    const text = Array.from(
      { length: 300 },
      (_, i) => `第${i}段，老旧小区改造(gǎizào)${i % 3 === 0 ? '' : '，到(dào)(dào)'}。${i % 2 ? '\n' : '\r\n'}`,
    ).join('');
    const file = join(temp.dir, 'plain.txt');
    writeFileSync(file, text);
    const one = runCli(['strip', '--jobs', '1', file]);
    const two = runCli(['strip', '--jobs', '2', file], { env });
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout).not.toContain('(gǎizào)');
  });
});
