import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { GLOSSED } from '../stream/fixtures.js';
import { CLI, makeTempDir, runCli } from './runCliProcess.js';

const temp = makeTempDir();
afterAll(() => temp.remove());
// Just over the 10 MB threshold.
const big = join(temp.dir, 'big.txt');
writeFileSync(big, `${GLOSSED}\n`.repeat(Math.ceil((10.5 * 1024 * 1024) / Buffer.byteLength(`${GLOSSED}\n`))));

/** Runs the CLI with a terminal as stdout and stderr (util-linux `script`), returning what the terminal showed. */
function inTerminal(args: string[]): string {
  const command = [process.execPath, CLI, ...args].map((word) => `'${word}'`).join(' ');
  const result = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', timeout: 120_000 });
  expect(result.status).toBe(0);
  return result.stdout;
}

describe('progress bar', () => {
  test('on a terminal, over 10 MB: a bar with MB/s and the time left', () => {
    const screen = inTerminal(['strip', '--jobs', '1', big, '-o', join(temp.dir, 'out1.txt')]);
    expect(screen).toMatch(/pinyin-gloss .*\d+% \| \d+\/11 MB \| [\d.]+ MB\/s \| ETA/);
  });

  test('the bar counts MB of 10^6 bytes, as --stats does', () => {
    // 14 × 10^6 bytes: 14 MB (13 in MiB).
    const line = `${GLOSSED}\n`;
    const text = line.repeat(Math.floor(14e6 / Buffer.byteLength(line)));
    const file = join(temp.dir, 'fourteen.txt');
    writeFileSync(file, text + ' '.repeat(14e6 - Buffer.byteLength(text)));
    const screen = inTerminal(['strip', '--jobs', '1', file, '-o', join(temp.dir, 'out5.txt')]);
    expect(screen).toContain('/14 MB |');
  });

  test('a bad-line report gets a line of its own, never the bar\'s', () => {
    // Bad records after 10 MB, when the bar is on screen.
    const record = `${JSON.stringify({ text: `${GLOSSED}` })}\n`;
    const good = record.repeat(Math.ceil(10.5e6 / Buffer.byteLength(record)));
    const jsonl = join(temp.dir, 'bad.jsonl');
    writeFileSync(jsonl, `${good}not json\n${good}not json either\n${record}`);
    const screen = inTerminal(['strip', '--jsonl', '--jobs', '1', '--on-bad-line', 'skip', jsonl, '-o', join(temp.dir, 'out6.jsonl')]);
    const reports = [...screen.matchAll(/([\s\S]{0,12})pinyin-gloss: [^\r\n]*bad\.jsonl:\d+: not valid JSON/g)];
    expect(reports).toHaveLength(2);
    // Each starts a line: at the start of the screen, after a line end, or
    // after the bar was erased (carriage return, erase line).
    for (const [, before] of reports) expect(before).toMatch(/(^|\n|\r\u001b\[2K)$/);
    expect(screen).toMatch(/MB\/s/);
  });

  test('--quiet: no bar', () => {
    expect(inTerminal(['strip', '--jobs', '1', '--quiet', big, '-o', join(temp.dir, 'out2.txt')])).toBe('');
  });

  test('stderr not a terminal: nothing on stderr', () => {
    const result = runCli(['strip', '--jobs', '1', big, '-o', join(temp.dir, 'out3.txt')]);
    expect(result).toMatchObject({ status: 0, stderr: '' });
  });

  test('small input on a terminal: no bar', () => {
    const small = join(temp.dir, 'small.txt');
    writeFileSync(small, GLOSSED);
    expect(inTerminal(['strip', small, '-o', join(temp.dir, 'out4.txt')])).toBe('');
  });
});
