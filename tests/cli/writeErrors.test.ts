import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { CLI, makeTempDir } from './runCliProcess.js';

// A failed write ends the process promptly: exit 1, one line on stderr naming
// the output and the cause, worker threads stopped (a hang shows here as a
// null status after the timeout), no temporary file left.
const temp = makeTempDir();
afterAll(() => temp.remove());

// Several batches of 1000 code units in flight across 2 workers.
const TEXT = '老旧小区改造(gǎizào)是今年的重点工作，居民们在社区(shèqū)广场上跳舞。\n'.repeat(20_000);
const JSONL = `${JSON.stringify({ text: '改造(gǎizào)是重点工作，社区(shèqū)广场。' })}\n`.repeat(20_000);
const input = join(temp.dir, 'big.txt');
writeFileSync(input, TEXT);
const jsonl = join(temp.dir, 'big.jsonl');
writeFileSync(jsonl, JSONL);
const ENV = { ...process.env, PINYIN_GLOSS_BATCH_CHARS: '1000' };

function run(args: readonly string[], stdout: 'pipe' | number = 'pipe') {
  const result = spawnSync(process.execPath, [CLI, ...args], { stdio: ['ignore', stdout, 'pipe'], env: ENV, timeout: 30_000 });
  return { status: result.status, signal: result.signal, stderr: result.stderr.toString('utf8') };
}

const FULL = '/dev/full';
const hasDevFull = existsSync(FULL);

describe.each([['1'], ['2']])('--jobs %s', (jobs) => {
  test.skipIf(!hasDevFull)('-o /dev/full: exits 1 with one line naming the output', () => {
    for (const args of [['strip', '--jobs', jobs, input, '-o', FULL], ['strip', '--jsonl', '--jobs', jobs, jsonl, '-o', FULL]]) {
      const result = run(args);
      expect(result).toEqual({ status: 1, signal: null, stderr: `pinyin-gloss: cannot write ${FULL}: no space left on device (ENOSPC)\n` });
    }
  });

  test.skipIf(!hasDevFull)('stdout on /dev/full: exits 1 with one line, no stack trace', () => {
    const full = openSync(FULL, 'w');
    try {
      for (const args of [['strip', '--jobs', jobs, input], ['strip', '--jsonl', '--jobs', jobs, jsonl]]) {
        const result = run(args, full);
        expect(result).toEqual({ status: 1, signal: null, stderr: 'pinyin-gloss: cannot write stdout: no space left on device (ENOSPC)\n' });
      }
    } finally {
      closeSync(full);
    }
  });
});

// A full file system (not a device): the temporary file of -o and --in-place
// fills up. Mounting a 1 MB tmpfs needs root (or CAP_SYS_ADMIN).
const mountPoint = join(temp.dir, 'small-fs');
mkdirSync(mountPoint);
const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mountPoint]).status === 0;
afterAll(() => {
  if (mounted) spawnSync('umount', [mountPoint]);
});

describe.each([['1'], ['2']])('a full file system, --jobs %s', (jobs) => {
  // Skipped, not failed, where the test cannot mount a tmpfs (not root).
  test.skipIf(!mounted)('-i and -o: exit 1, one line naming the file, file untouched, no temporary file', () => {
    const original = TEXT.slice(0, 250_000); // about 700 KB: the stripped copy does not fit beside it
    const target = join(mountPoint, 'page.txt');
    const other = join(mountPoint, 'other.txt');
    writeFileSync(target, original);
    writeFileSync(other, 'before');
    expect(run(['strip', '--jobs', jobs, '-i', target])).toEqual({
      status: 1,
      signal: null,
      stderr: `pinyin-gloss: cannot write ${target}: no space left on device (ENOSPC)\n`,
    });
    expect(readFileSync(target, 'utf8')).toBe(original);
    expect(run(['strip', '--jobs', jobs, target, '-o', other])).toEqual({
      status: 1,
      signal: null,
      stderr: `pinyin-gloss: cannot write ${other}: no space left on device (ENOSPC)\n`,
    });
    expect(readFileSync(other, 'utf8')).toBe('before');
    expect(readdirSync(mountPoint).sort()).toEqual(['other.txt', 'page.txt']);
  });
});
