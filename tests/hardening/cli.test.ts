import { writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { makeTempDir, runCli } from '../cli/runCliProcess.js';

// Cross-cutting CLI cases (the CLI's own tests cover its flags): a library
// error from any command becomes one stderr line and exit status 2, even on
// empty input; invalid input bytes fail loudly. Uses the built CLI (`npx tsup`).

const temp = makeTempDir();
afterAll(() => temp.remove());

const file = (name: string, content: string | Buffer) => {
  const path = join(temp.dir, name);
  writeFileSync(path, content);
  return path;
};

const shortDict = file('short.json', JSON.stringify({ 行长: 'háng' }));
const numberDict = file('number.json', JSON.stringify({ 行长: 42 }));
const spacedWords = file('spaced-words.txt', '行 长\n');
const latinDict = file('latin.json', JSON.stringify({ abc: 'a' }));

/** One line on stderr, nothing on stdout. */
function expectOneLineFailure(result: ReturnType<typeof runCli>, status: number, message: RegExp): void {
  expect(result.stderr).toMatch(/^pinyin-gloss: [^\n]+\n$/);
  expect(result.stderr).toMatch(message);
  expect(result.stdout).toBe('');
  expect(result.status).toBe(status);
}

describe('library option errors → one line, exit 2', () => {
  const cases: readonly [string, string[], RegExp][] = [
    ['annotate, dict entry with too few syllables', ['annotate', '--dict', shortDict], /^pinyin-gloss: --dict: the entry for '行长' must be 2 syllable/],
    ['annotate, dict entry that is not pinyin', ['annotate', '--dict', numberDict], /^pinyin-gloss: --dict: the entry for '行长' must be .*got 42/],
    ['annotate, dict key without Han', ['annotate', '--dict', latinDict], /^pinyin-gloss: --dict: the entry for 'abc' must be/],
    ['find, bad dict', ['find', '--dict', shortDict], /^pinyin-gloss: --dict: the entry for '行长' must be/],
    ['reannotate, bad dict', ['reannotate', '--dict', shortDict], /^pinyin-gloss: --dict: the entry for '行长' must be/],
    ['annotate, separator strip cannot read', ['annotate', '--separator', '/'], /^pinyin-gloss: --separator must be one of .*got '\/'/],
    ['reannotate, separator strip cannot read', ['reannotate', '--separator', '/'], /^pinyin-gloss: --separator must be one of .*got '\/'/],
    // The flag the user typed, never an internal function or option name.
    ['annotate, sample rate out of range', ['annotate', '--rate', '1.5'], /^pinyin-gloss: --rate must be a number from 0 to 1, got 1.5\n$/],
    ['annotate, a user word with a space', ['annotate', '--user-words', spacedWords], /^pinyin-gloss: --user-words \S+ line \d+: '行 长' holds a space; give one word a line\n$/],
  ];
  test.each(cases)('%s (empty input)', (_name, args, message) => {
    expectOneLineFailure(runCli(args, { input: '' }), 2, message);
  });
  test.each(cases)('%s (text input)', (_name, args, message) => {
    expectOneLineFailure(runCli(args, { input: '银行行长说了(le)\n' }), 2, message);
  });
});

describe('invalid input bytes → one line naming the byte, non-zero exit, never silent', () => {
  const bad = Buffer.concat([Buffer.from('改造(g'), Buffer.from([0xff, 0xfe]), Buffer.from('ǎizào)\n')]);
  test.each(['strip', 'annotate', 'find', 'reannotate'])('%s, strict (the default)', (command) => {
    const result = runCli([command], { input: bad });
    expect(result.stderr).toBe('pinyin-gloss: stdin: invalid bytes for utf-8 at byte 8 (--encoding-errors replace to go on)\n');
    expect(result.status).toBe(1);
  });
  test('strip, from a file: the message names the file', () => {
    const path = file('bad.txt', bad);
    const result = runCli(['strip', path]);
    expect(result.stderr).toBe(`pinyin-gloss: ${path}: invalid bytes for utf-8 at byte 8 (--encoding-errors replace to go on)\n`);
    expect(result.status).toBe(1);
  });
  // A GBK or Big5 page read as UTF-8: the hint names the encoding that reads it, not a replacement making garbage.
  test.each([
    ['gbk', '老旧小区改造为起点，居民们都很高兴。\n', 'gb18030'],
    ['gb18030', '老旧小区改造(gǎizào)为起点。\n', 'gb18030'],
    ['big5', '老舊小區改造為起點，居民們都很高興。\n', 'big5'],
  ])('%s bytes without --encoding: the hint names --encoding %s', (written, text, named) => {
    const path = file(`page-${written}.txt`, iconv.encode(text, written));
    for (const jobs of [['--jobs', '1'], ['--jobs', '2']]) {
      const result = runCli(['strip', ...jobs, path]);
      expect(result.stderr).toBe(`pinyin-gloss: ${path}: invalid bytes for utf-8 at byte 0 (--encoding ${named} to read them so)\n`);
      expect(result.status).toBe(1);
      expect(runCli(['strip', '--encoding', named, path]).stdout).toBe(text.replace('(gǎizào)', ''));
    }
  });

  test('--encoding-errors replace goes on with U+FFFD', () => {
    const result = runCli(['strip', '--encoding-errors', 'replace'], { input: bad });
    expect(result.stdout).toBe('改造(g\uFFFD\uFFFDǎizào)\n');
    expect(result.status).toBe(0);
  });
});

describe('awkward but valid input passes through exactly', () => {
  const awkward = '改造(gǎizào)\r\n\u0000𠮷𪚥𰻞(biáng)\uFEFF 达莎(Dasha) (受访者供图) ((改造(gai3zao4)) （\n';
  test('strip keeps NUL, CRLF, astral Han and unbalanced brackets', () => {
    const result = runCli(['strip'], { input: awkward });
    expect(result.stdout).toBe('改造\r\n\u0000𠮷𪚥𰻞(biáng)\uFEFF 达莎(Dasha) (受访者供图) ((改造) （\n');
    expect(result.status).toBe(0);
  });
  test('annotate then strip gives the input back', () => {
    const clean = '老旧小区\r\n\u0000𠮷𪚥𰻞 ((银行) （\n';
    const annotated = runCli(['annotate'], { input: clean });
    expect(annotated.status).toBe(0);
    expect(runCli(['strip'], { input: annotated.stdoutBytes }).stdout).toBe(clean);
  });
});
