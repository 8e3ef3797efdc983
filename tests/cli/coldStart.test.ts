import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { makeTempDir, runCli } from './runCliProcess.js';

const temp = makeTempDir();
afterAll(() => temp.remove());
const preload = join(import.meta.dirname, 'fixtures/trackNativeLoads.cjs');

/** The native addons a CLI run loaded (nodejieba's dictionary is loaded by its addon). */
function nativeLoads(args: string[], input: string): string[] {
  const log = join(temp.dir, `loads-${args.join('-')}.jsonl`);
  const result = runCli(args, { input, nodeArgs: ['--require', preload], env: { TRACK_NATIVE_LOADS: log } });
  expect(result.status).toBe(0);
  const lines = readFileSync(log, 'utf8').trimEnd().split('\n');
  return lines.flatMap((line) => JSON.parse(line) as string[]);
}

describe('the CLI loads the segmenter only when it needs it', () => {
  test('annotate loads nodejieba (the check can see it)', () => {
    expect(nativeLoads(['annotate'], '小区改造').some((file) => file.includes('nodejieba'))).toBe(true);
  });

  test.each([{ args: ['strip'] }, { args: ['find'] }, { args: ['strip', '--jobs', '1'] }, { args: ['find', '--jobs', '1'] }])('$args never loads nodejieba', ({ args }) => {
    expect(nativeLoads(args, '小区(xiǎoqū)改造(gǎizào)').filter((file) => file.includes('nodejieba'))).toEqual([]);
  });
});
