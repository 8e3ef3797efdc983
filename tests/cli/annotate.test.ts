import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { annotate, annotateTokens } from '../../src/annotate/index.js';
import { annotateHtml } from '../../src/html/index.js';
import type { AnnotateOptions } from '../../src/types.js';
import { CLEAN } from '../stream/fixtures.js';
import { makeTempDir, runCli } from './runCliProcess.js';

const temp = makeTempDir();
afterAll(() => temp.remove());
const words = join(temp.dir, 'words.txt');
writeFileSync(words, '# words to gloss\n小区\n\n银行\n');
const userWords = join(temp.dir, 'user-words.txt');
writeFileSync(userWords, '一墙之隔\n');
const dict = join(temp.dir, 'dict.json');
writeFileSync(dict, JSON.stringify({ 行长: 'háng zhǎng', 居民: 'jū mín' }));

describe('pinyin-gloss annotate', () => {
  test('gold: stdin to stdout in the source style', () => {
    const result = runCli(['annotate'], { input: '老旧小区改造' });
    expect(result).toMatchObject({ status: 0, stdout: '老旧(lǎojiù)小区(xiǎoqū)改造(gǎizào)', stderr: '' });
  });

  // Each flag must reach the library as the documented option.
  test.each<[string[], AnnotateOptions]>([
    [[], {}],
    [['--select', 'polyphonic'], { select: 'polyphonic' }],
    [['--select', 'rare', '--once'], { select: 'rare', once: true }],
    [['--words', words], { select: ['小区', '银行'] }],
    [['--rate', '0.3', '--seed', '7'], { select: { rate: 0.3, seed: 7 } }],
    [['--rate', '0.5', '--seed', 'abc'], { select: { rate: 0.5, seed: 'abc' } }],
    [['--tone', 'number', '--separator', ' ', '--brackets', 'fullwidth'], { tone: 'number', separator: ' ', brackets: 'fullwidth' }],
    [['--tone', 'none', '--output', 'ruby'], { tone: 'none', output: 'ruby' }],
    [['--tone-sandhi'], { toneSandhi: true }],
    [['--dict', dict], { dict: { 行长: 'háng zhǎng', 居民: 'jū mín' } }],
    [['--user-words', userWords], { words: ['一墙之隔'] }],
    [['--hsk', '4'], { select: { hsk: 4 } }],
    [['--hsk', '3', '--hsk-version', '2.0'], { select: { hsk: 3 }, hskVersion: '2.0' }],
    [['--no-apostrophes'], { apostrophes: false }],
  ])('%j = annotate(text, %j)', (flags, options) => {
    const result = runCli(['annotate', ...flags], { input: CLEAN });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(annotate(CLEAN, options));
  });

  test('--neutral-tone reaches the reading engine', () => {
    expect(runCli(['annotate'], { input: '我认识他' }).stdout).toBe('我(wǒ)认识(rènshi)他(tā)');
    expect(runCli(['annotate', '--neutral-tone', 'particles'], { input: '我认识他' }).stdout).toBe('我(wǒ)认识(rènshí)他(tā)');
    const bad = runCli(['annotate', '--neutral-tone', 'none'], { input: '我' });
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('--neutral-tone');
  });

  test('--output html writes the learner page of annotateHtml()', () => {
    const result = runCli(['annotate', '--output', 'html', '--select', 'polyphonic', '--title', '测试'], { input: CLEAN });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(annotateHtml(CLEAN, { select: 'polyphonic', title: '测试' }));
    expect(result.stdout).toMatch(/^<!DOCTYPE html>/);
  });

  test('every page option has a flag: --level, --no-tone-colors, --hide-pinyin, --system, --hsk', () => {
    const flags = ['annotate', '--output', 'html', '--hsk', '4', '--level', '5', '--no-tone-colors', '--hide-pinyin', '--system', 'zhuyin'];
    const result = runCli(flags, { input: CLEAN });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      annotateHtml(CLEAN, { select: { hsk: 4 }, level: 5, toneColors: false, showPinyin: false, system: 'zhuyin' }),
    );
    for (const flag of [['--level', '3'], ['--hide-pinyin'], ['--no-tone-colors']]) {
      const misplaced = runCli(['annotate', ...flag], { input: CLEAN });
      expect(misplaced.status).not.toBe(0);
      expect(misplaced.stderr).toContain(`${flag[0]} needs --output html`);
    }
  });

  test('files: each annotated on its own, then concatenated; -o writes a file', () => {
    const a = join(temp.dir, 'a.txt');
    const b = join(temp.dir, 'b.txt');
    writeFileSync(a, '小区改造\n');
    writeFileSync(b, '小区改造\n');
    const out = join(temp.dir, 'out.txt');
    const result = runCli(['annotate', '--once', a, b, '-o', out]);
    expect(result).toMatchObject({ status: 0, stdout: '', stderr: '' });
    // --once restarts with each file: both get their gloss.
    expect(readFileSync(out, 'utf8')).toBe('小区(xiǎoqū)改造(gǎizào)\n小区(xiǎoqū)改造(gǎizào)\n');
  });

  test('--output html of empty input: the page of annotateHtml(\'\')', () => {
    const result = runCli(['annotate', '--output', 'html'], { input: '' });
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout).toBe(annotateHtml(''));
  });

  test('--in-place with --output html is refused, and the file stays as it was', () => {
    const path = join(temp.dir, 'keep.txt');
    writeFileSync(path, '老旧小区改造\n');
    const result = runCli(['annotate', '-i', '--output', 'html', path]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('pinyin-gloss: --in-place cannot be used with --output html: it would replace the text with a page (write the page with -o FILE.html)\n');
    expect(readFileSync(path, 'utf8')).toBe('老旧小区改造\n');
    expect(runCli(['annotate', '--help']).stdout).toContain('not with --in-place (refused)');
  });

  test('annotating twice changes nothing: through a pipe, and -i run twice', () => {
    const once = runCli(['annotate'], { input: '行长来了\n經(jīng)濟(jì)發展\n' });
    expect(once.stdout).toBe('行长(hángzhǎng)来(lái)了(le)\n經(jīng)濟(jì)發展(fāzhǎn)\n');
    expect(runCli(['annotate'], { input: once.stdout }).stdout).toBe(once.stdout);
    const path = join(temp.dir, 'twice.txt');
    writeFileSync(path, '行长来了\n');
    expect(runCli(['annotate', '-i', path]).status).toBe(0);
    expect(runCli(['annotate', '-i', path]).status).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe('行长(hángzhǎng)来(lái)了(le)\n');
  });

  test('--words: a listed word is glossed inside a longer word too', () => {
    const list = join(temp.dir, 'hangzhang.txt');
    writeFileSync(list, '行长\n');
    expect(runCli(['annotate', '--words', list], { input: '银行行长说' }).stdout).toBe('银行行长(hángzhǎng)说');
  });

  test('--json: the tokens of annotateTokens as JSON Lines, one a line, offsets in the whole input', () => {
    const result = runCli(['annotate', '--json', '--tone', 'number'], { input: '行长来了\n银行' });
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout).toBe(
      [
        '{"text":"行长","start":0,"end":2,"pinyin":["hang2","zhang3"],"glossed":true}',
        '{"text":"来","start":2,"end":3,"pinyin":["lai2"],"glossed":true,"hsk":1}',
        '{"text":"了","start":3,"end":4,"pinyin":["le5"],"glossed":true,"hsk":1}',
        '{"text":"\\n","start":4,"end":5,"glossed":false}',
        '{"text":"银行","start":5,"end":7,"pinyin":["yin2","hang2"],"glossed":true,"hsk":2}',
        '',
      ].join('\n'),
    );
    // Many pieces (over 4 KiB of lines), `once` across them: the same as one call.
    const long = `${CLEAN}\n`.repeat(60);
    const lines = runCli(['annotate', '--json', '--once'], { input: long }).stdout.trimEnd().split('\n');
    expect(lines.map((line) => JSON.parse(line))).toEqual(annotateTokens(long, { once: true }));
  });

  test('--json refuses what would not write tokens', () => {
    expect(runCli(['annotate', '--json', '--output', 'ruby'], { input: '' })).toMatchObject({ status: 2, stderr: 'pinyin-gloss: --json cannot be used with --output: it writes tokens, not text\n' });
    expect(runCli(['annotate', '--json', '--jsonl'], { input: '' })).toMatchObject({ status: 2, stderr: 'pinyin-gloss: --jsonl cannot be used with --json\n' });
  });
});
