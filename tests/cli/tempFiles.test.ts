import { spawn, spawnSync } from 'node:child_process';
import { lstatSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { CLI, makeTempDir, runCli } from './runCliProcess.js';

const temp = makeTempDir();
afterAll(() => temp.remove());
const temps = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

describe('temporary files of killed runs', () => {
  test('SIGKILL during --in-place leaves the file and its temporary file; the next run removes and names it', async () => {
    const { dir, remove } = makeTempDir();
    try {
      // A FIFO as input blocks the read, so the kill surely comes mid-job.
      const fifo = join(dir, 'page.txt');
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
      const child = spawn(process.execPath, [CLI, 'strip', '--jobs', '1', '--in-place', fifo], { stdio: 'ignore' });
      for (let waited = 0; temps(dir).length === 0 && waited < 20_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
      const [left] = temps(dir);
      expect(left).toMatch(new RegExp(`^\\.page\\.txt\\.${child.pid}-[0-9a-f]{8}\\.tmp$`));

      // A temporary file of a live process (this one) is another run at work: left alone.
      const live = `.page.txt.${process.pid}-0123abcd.tmp`;
      writeFileSync(join(dir, live), 'partial');
      const page = join(dir, 'page.txt');
      spawnSync('rm', [fifo]);
      writeFileSync(page, '改造(gǎizào)');
      const result = runCli(['strip', '--in-place', page]);
      expect(result).toMatchObject({ status: 0, stderr: `pinyin-gloss: removed ${join(dir, left!)}, the temporary file of an earlier run that was killed\n` });
      expect(readFileSync(page, 'utf8')).toBe('改造');
      expect(temps(dir)).toEqual([live]);
    } finally {
      remove();
    }
  });
});

describe('symbolic links', () => {
  test('-o and --in-place write the file a link points to; the link stays a link', () => {
    const real = join(temp.dir, 'real.txt');
    const link = join(temp.dir, 'link.txt');
    writeFileSync(real, 'old');
    symlinkSync(real, link);
    const input = join(temp.dir, 'in.txt');
    writeFileSync(input, '小区(xiǎoqū)');
    expect(runCli(['strip', input, '-o', link])).toMatchObject({ status: 0, stderr: '' });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(real);
    expect(readFileSync(real, 'utf8')).toBe('小区');

    writeFileSync(real, '改造(gǎizào)');
    expect(runCli(['strip', '-i', link])).toMatchObject({ status: 0, stderr: '' });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe('改造');
    expect(temps(temp.dir)).toEqual([]);
  });
});

describe('--help', () => {
  test('shows the defaults of the corpus flags, and what a killed run leaves', () => {
    const help = runCli(['strip', '--help']).stdout.replace(/\s+/g, ' ');
    expect(help).toMatch(/--on-bad-line <policy> .*\(default: fail\)/);
    expect(help).toMatch(/--field <path> .*\(default: text\)/);
    expect(help).toMatch(/--jobs <n> .*\(default: the number of cores/);
    expect(help).toContain('a symbolic link is followed');
    expect(help).toContain('a run killed with SIGKILL (or a power cut) leaves its temporary file .FILE.PID-RAND.tmp');
  });
});
