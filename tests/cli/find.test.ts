import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { findGlosses, reannotate } from '../../src/find/index.js';
import { GLOSSED } from '../stream/fixtures.js';
import { makeTempDir, runCli } from './runCliProcess.js';

const temp = makeTempDir();
afterAll(() => temp.remove());

const PAGE = '小区(xiǎoqū)改造\n银行(yínháng)行长(hángzhang)中国(Zhōngguó)\n';

describe('pinyin-gloss find', () => {
  test('gold: one JSON object a line, offsets in the whole input, 1-based lines', () => {
    const result = runCli(['find'], { input: PAGE });
    expect(result.status).toBe(0);
    expect(result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line))).toEqual([
      { file: '-', line: 1, start: 2, end: 10, wordStart: 0, wordEnd: 2, word: '小区', pinyin: 'xiǎoqū', expected: 'xiǎoqū', agrees: true, capitalized: false },
      { file: '-', line: 2, start: 15, end: 24, wordStart: 13, wordEnd: 15, word: '银行', pinyin: 'yínháng', expected: 'yínháng', agrees: true, capitalized: false },
      { file: '-', line: 2, start: 26, end: 37, wordStart: 24, wordEnd: 26, word: '行长', pinyin: 'hángzhang', expected: 'hángzhǎng', agrees: false, capitalized: false },
      { file: '-', line: 2, start: 39, end: 49, wordStart: 37, wordEnd: 39, word: '中国', pinyin: 'Zhōngguó', expected: 'zhōngguó', agrees: true, capitalized: true },
    ]);
  });

  test('a long file: offsets stay those of findGlosses() on the whole text', () => {
    // Over 64 KiB, so the text is cut into pieces at newlines.
    const text = `${GLOSSED}\n`.repeat(400);
    const file = join(temp.dir, 'long.txt');
    writeFileSync(file, text);
    const result = runCli(['find', file]);
    expect(result.status).toBe(0);
    const records = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    const expected = findGlosses(text);
    expect(records.length).toBe(expected.length);
    // `expected`/`agrees` are the reading engine's business (checked by the
    // gold test above); here the piecewise run must find the same glosses.
    expect(records.map(({ start, end, wordStart, word, pinyin }) => ({ start, end, wordStart, word, pinyin }))).toEqual(
      expected.map(({ start, end, wordStart, word, pinyin }) => ({ start, end, wordStart, word, pinyin })),
    );
    expect(records.every((record) => record.file === file)).toBe(true);
    const last = records.at(-1);
    expect(last.line).toBe(text.slice(0, last.start).split('\n').length);
  });
});

describe('pinyin-gloss reannotate', () => {
  test.each<[string[], Parameters<typeof reannotate>[1]]>([
    [['--output', 'ruby'], { output: 'ruby' }],
    [['--tone', 'number', '--separator', ' '], { tone: 'number', separator: ' ' }],
    [['--correct', '--brackets', 'fullwidth'], { correct: true, brackets: 'fullwidth' }],
    [['--capitalized', '--tone', 'number'], { capitalized: true, tone: 'number' }],
  ])('%j = reannotate(text, %j)', (flags, options) => {
    const result = runCli(['reannotate', ...flags], { input: PAGE + GLOSSED });
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout).toBe(reannotate(PAGE + GLOSSED, options));
  });

  test('gold: --correct --in-place fixes a wrong gloss in the file', () => {
    const file = join(temp.dir, 'page.txt');
    writeFileSync(file, PAGE);
    expect(runCli(['reannotate', '--correct', '--in-place', file]).status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe('小区(xiǎoqū)改造\n银行(yínháng)行长(hángzhǎng)中国(Zhōngguó)\n');
  });
});
