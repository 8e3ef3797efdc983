import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import packageJson from '../../package.json';
import { makeTempDir, runCli } from './runCliProcess.js';

const temp = makeTempDir();
afterAll(() => temp.remove());

/** A usage error: exit 2 and exactly one stderr line starting `pinyin-gloss: `. */
function expectUsageError(args: string[], message: string | RegExp) {
  const result = runCli(args);
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.split('\n')).toHaveLength(2); // one line + the final newline
  expect(result.stderr).toMatch(/^pinyin-gloss: /);
  if (typeof message === 'string') expect(result.stderr).toBe(`pinyin-gloss: ${message}\n`);
  else expect(result.stderr).toMatch(message);
}

describe('pinyin-gloss usage', () => {
  test('--version prints the package version', () => {
    const result = runCli(['--version']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${packageJson.version}\n`);
  });

  test.each(['annotate', 'strip', 'find', 'reannotate'])('%s --help lists examples and exits 0', (command) => {
    const result = runCli([command, '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Usage: pinyin-gloss ${command} [options] [files...]`);
    expect(result.stdout).toContain('Examples:');
    expect(result.stdout).toContain(`$ pinyin-gloss ${command}`);
  });

  test('no command: usage error', () => {
    const result = runCli([]);
    expect(result.status).toBe(2);
  });

  test('unknown command', () => expectUsageError(['strap'], /^pinyin-gloss: unknown command 'strap'/));
  test('unknown flag', () => expectUsageError(['strip', '--bogus'], /^pinyin-gloss: unknown option '--bogus'/));
  test('bad choice', () => expectUsageError(['strip', '--encoding', 'latin1'], /^pinyin-gloss: option '--encoding <name>' argument 'latin1' is invalid/));
  test('bad tone', () => expectUsageError(['annotate', '--tone', 'accent'], /argument 'accent' is invalid/));
  test('--rate out of range: the library check, INVALID_OPTION → 2', () => expectUsageError(['annotate', '--rate', '2'], /rate/));
  test('--rate not a number', () => expectUsageError(['annotate', '--rate', 'half'], /Not a number/));
  test('--seed without --rate', () => expectUsageError(['annotate', '--seed', '3'], '--seed needs --rate'));
  test('--select with --words', () => {
    const words = join(temp.dir, 'words.txt');
    writeFileSync(words, '小区\n');
    expectUsageError(['annotate', '--select', 'rare', '--words', words], '--select and --words cannot be used together: choose one');
  });
  test('missing input file', () => expectUsageError(['strip', join(temp.dir, 'nope.txt')], `${join(temp.dir, 'nope.txt')}: no such file`));
  test('directory as input', () => expectUsageError(['strip', temp.dir], `${temp.dir}: is a directory`));
  test('missing --dict file', () => expectUsageError(['annotate', '--dict', 'nope.json'], '--dict nope.json: no such file'));
  test('--dict that is not JSON', () => {
    const dict = join(temp.dir, 'dict.json');
    writeFileSync(dict, '{行长: hang}');
    expectUsageError(['annotate', '--dict', dict], /^pinyin-gloss: --dict .*dict\.json: not valid JSON/);
  });
  test('--in-place on stdin', () => expectUsageError(['strip', '--in-place'], '--in-place needs file arguments, not stdin'));
  test('--in-place with --out', () => {
    const file = join(temp.dir, 'a.txt');
    writeFileSync(file, 'x');
    expectUsageError(['strip', '--in-place', '-o', 'b.txt', file], '--in-place and --out cannot be used together');
  });
  test('find has no --in-place', () => expectUsageError(['find', '--in-place', 'x.txt'], /^pinyin-gloss: unknown option '--in-place'/));
});
