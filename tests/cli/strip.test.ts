import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, test } from 'vitest';
import { strip } from '../../src/strip/index.js';
import type { InputEncoding } from '../../src/types.js';
import { CLEAN, GLOSSED } from '../stream/fixtures.js';
import { makeTempDir, ROOT, runCli as runCliProcess } from './runCliProcess.js';

const temp = makeTempDir();
afterAll(() => temp.remove());
let fileCount = 0;
function file(content: string | Buffer, mode?: number): string {
  const path = join(temp.dir, `input-${++fileCount}.txt`);
  writeFileSync(path, content);
  if (mode !== undefined) chmodSync(path, mode);
  return path;
}

// The streaming path (--jobs 1) and the default (worker threads where there
// are several cores, issue 8) must behave the same.
describe.each([[[] as string[]], [['--jobs', '1']]])('pinyin-gloss strip %j', (jobs) => {
  const runCli = (args: string[], options?: Parameters<typeof runCliProcess>[1]) =>
    runCliProcess(args[0] === 'strip' ? [...args, ...jobs] : args, options);

  test('stdin → stdout (gold)', () => {
    expect(runCli(['strip'], { input: GLOSSED })).toMatchObject({ status: 0, stdout: CLEAN, stderr: '' });
  });

  test('`-` reads stdin', () => {
    expect(runCli(['strip', '-'], { input: '小区(xiǎoqū)' })).toMatchObject({ status: 0, stdout: '小区' });
  });

  test('files → stdout, concatenated in order', () => {
    const result = runCli(['strip', file('改造(gǎizào)\n'), file('小区(xiǎoqū)')]);
    expect(result).toMatchObject({ status: 0, stdout: '改造\n小区', stderr: '' });
  });

  test('many files into one output: no MaxListenersExceededWarning (one error listener per output)', () => {
    const inputs = Array.from({ length: 12 }, (_, i) => file(`改造(gǎizào)${i}\n`));
    const expected = Array.from({ length: 12 }, (_, i) => `改造${i}\n`).join('');
    expect(runCli(['strip', ...inputs])).toMatchObject({ status: 0, stdout: expected, stderr: '' });
    const out = join(temp.dir, 'many.txt');
    expect(runCli(['strip', ...inputs, '-o', out])).toMatchObject({ status: 0, stderr: '' });
    expect(readFileSync(out, 'utf8')).toBe(expected);
  });

  test('-o writes the file, which may be the input itself', () => {
    const input = file(GLOSSED);
    const out = join(temp.dir, 'out.txt');
    expect(runCli(['strip', input, '-o', out])).toMatchObject({ status: 0, stdout: '', stderr: '' });
    expect(readFileSync(out, 'utf8')).toBe(CLEAN);
    expect(runCli(['strip', input, '--out', input]).status).toBe(0);
    expect(readFileSync(input, 'utf8')).toBe(CLEAN);
  });

  test('--toneless and --spaced reach strip()', () => {
    const text = '小区 (xiǎoqū)和改造(gaizao)';
    expect(runCli(['strip', '--toneless', '--spaced'], { input: text }).stdout).toBe(strip(text, { toneless: true, spaced: true }));
    expect(runCli(['strip'], { input: text }).stdout).toBe(strip(text));
  });

  test('capitalized readings stay unless --capitalized, on every path (stdin, files, --jsonl)', () => {
    const text = '汉语拼音(Hànyǔ Pīnyīn)给汉字(hànzì)注音，中国(Zhōngguó)\n';
    const kept = '汉语拼音(Hànyǔ Pīnyīn)给汉字注音，中国(Zhōngguó)\n';
    const removed = '汉语拼音给汉字注音，中国\n';
    expect(runCli(['strip'], { input: text })).toMatchObject({ status: 0, stdout: kept });
    expect(runCli(['strip', '--capitalized', file(text), file(text)])).toMatchObject({ status: 0, stdout: removed + removed });
    const record = `${JSON.stringify({ text })}\n`;
    expect(runCli(['strip', '--jsonl'], { input: record }).stdout).toBe(`${JSON.stringify({ text: kept })}\n`);
    expect(runCli(['strip', '--jsonl', '--capitalized'], { input: record }).stdout).toBe(`${JSON.stringify({ text: removed })}\n`);
  });

  test('a UTF-8 BOM is removed; output is UTF-8 without BOM', () => {
    const result = runCli(['strip', file(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GLOSSED)]))]);
    expect(result.status).toBe(0);
    expect(result.stdoutBytes.equals(Buffer.from(CLEAN, 'utf8'))).toBe(true);
  });

  // Big5 has no tone-marked letters: tone digits there.
  const BIG5_TEXT = '老舊小區改造(gai3zao4)，居民(ju1min2)都很高興。\r\n';
  test.each<[InputEncoding, string, boolean]>([
    ['gb18030', GLOSSED, true],
    ['gbk', GLOSSED.replace('𠮷', '吉'), true],
    ['utf-16le', GLOSSED, true],
    ['big5', BIG5_TEXT, false],
  ])('--encoding %s: decoded, stripped, written as UTF-8 (BOM: %s)', (encoding, text, withBom) => {
    const bytes = iconv.encode(text, encoding, { addBOM: withBom });
    expect(iconv.decode(bytes, encoding)).toBe(text); // the test text is representable
    const result = runCli(['strip', '--encoding', encoding.toUpperCase(), file(bytes)]);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout).toBe(strip(text));
    if (encoding !== 'big5') expect(result.stdout).toBe(text === GLOSSED ? CLEAN : CLEAN.replace('𠮷', '吉'));
  });

  test('invalid UTF-8: exit 1 naming the file and the byte offset', () => {
    expect(Buffer.byteLength('小区(xiǎoqū)\n')).toBe(17);
    const input = file(Buffer.concat([Buffer.from('小区(xiǎoqū)\n'), Buffer.from([0xc3, 0x28]), Buffer.from('改造')]));
    const result = runCli(['strip', input]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`pinyin-gloss: ${input}: invalid bytes for utf-8 at byte 17 (--encoding-errors replace to go on)\n`);
  });

  test('invalid GBK on stdin: exit 1 naming stdin', () => {
    const input = Buffer.concat([iconv.encode('小区', 'gbk'), Buffer.from([0xff, 0x41])]);
    const result = runCli(['strip', '--encoding', 'gbk'], { input });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('pinyin-gloss: stdin: invalid bytes for gbk at byte 4 (--encoding-errors replace to go on)\n');
  });

  test('--encoding-errors replace: U+FFFD and exit 0', () => {
    const input = Buffer.concat([Buffer.from('小区(xiǎoqū)'), Buffer.from([0xff]), Buffer.from('改造')]);
    expect(runCli(['strip', '--encoding-errors', 'replace'], { input })).toMatchObject({ status: 0, stdout: '小区\uFFFD改造', stderr: '' });
  });

  test('--in-place rewrites each file, keeping its mode, leaving no temporary file', () => {
    const a = file(GLOSSED, 0o640);
    const b = file(iconv.encode('小区(xiǎoqū)', 'gb18030'), 0o600);
    const result = runCli(['strip', '--in-place', '--encoding', 'gb18030', a.replace('input', 'missing'), a, b]);
    expect(result.status).toBe(2); // a missing file: nothing is touched
    expect(readFileSync(a, 'utf8')).toBe(GLOSSED);

    writeFileSync(a, iconv.encode(GLOSSED, 'gb18030'));
    expect(runCli(['strip', '-i', '--encoding', 'gb18030', a, b])).toMatchObject({ status: 0, stdout: '', stderr: '' });
    expect(readFileSync(a, 'utf8')).toBe(CLEAN);
    expect(readFileSync(b, 'utf8')).toBe('小区');
    expect(statSync(a).mode & 0o777).toBe(0o640);
    expect(statSync(b).mode & 0o777).toBe(0o600);
    expect(readdirSync(temp.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  test('--in-place: invalid bytes found late in a large file leave the original intact', () => {
    // About 3 MB of valid text, then one bad byte: the temporary file has
    // already received most of the output when the error is found.
    const original = Buffer.concat([Buffer.from(GLOSSED.repeat(12_000)), Buffer.from([0xff]), Buffer.from(GLOSSED)]);
    const input = file(original);
    const result = runCli(['strip', '--in-place', input]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^pinyin-gloss: .*input-\\d+\\.txt: invalid bytes for utf-8 at byte ${original.indexOf(0xff)} `));
    expect(readFileSync(input).equals(original)).toBe(true);
    expect(readdirSync(temp.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  test('a closed pipe ends quietly', () => {
    const big = file(GLOSSED.repeat(20_000));
    const result = spawnSync('bash', ['-c', `node "${join(ROOT, 'dist/cli/index.js')}" strip ${jobs.join(' ')} "${big}" | head -c 10 > /dev/null; echo "\${PIPESTATUS[0]}"`]);
    expect(result.stdout.toString().trim()).toBe('0');
    expect(result.stderr.toString()).toBe('');
  });
});

test('--in-place interrupted (SIGINT): temporary file removed, killed by the signal', async () => {
  // A FIFO as input blocks the read, so the signal surely comes mid-job.
  const { dir, remove } = makeTempDir();
  let child: ReturnType<typeof spawn> | undefined;
  try {
    const fifo = join(dir, 'pipe.txt');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    child = spawn(process.execPath, [join(ROOT, 'dist/cli/index.js'), 'strip', '--jobs', '1', '--in-place', fifo], { stdio: 'ignore' });
    const temps = () => readdirSync(dir).filter((name) => name.endsWith('.tmp'));
    for (let waited = 0; temps().length === 0 && waited < 20_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    expect(temps()).toHaveLength(1);
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child!.once('exit', (_code, signal) => resolve(signal)));
    child.kill('SIGINT');
    expect(await exited).toBe('SIGINT');
    expect(temps()).toEqual([]);
  } finally {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    remove();
  }
});
