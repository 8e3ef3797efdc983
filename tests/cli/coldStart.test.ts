import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { makeTempDir, runCli } from './runCliProcess.js';

const temp = makeTempDir();
afterAll(() => temp.remove());
const preload = join(import.meta.dirname, 'fixtures/trackNativeLoads.cjs');

/** The native addons a CLI run loaded (nodejieba's dictionary is loaded by its addon). */
function nativeLoads(args: string[], input: string): string[] {
  const log = join(temp.dir, `loads-${args[0]}.json`);
  const result = runCli(args, { input, nodeArgs: ['--require', preload], env: { TRACK_NATIVE_LOADS: log } });
  expect(result.status).toBe(0);
  return JSON.parse(readFileSync(log, 'utf8')) as string[];
}

describe('the CLI loads the segmenter only when it needs it', () => {
  test('annotate loads nodejieba (the check can see it)', () => {
    expect(nativeLoads(['annotate'], '小区改造').some((file) => file.includes('nodejieba'))).toBe(true);
  });

  test.each(['strip', 'find'])('%s never loads nodejieba', (command) => {
    expect(nativeLoads([command], '小区(xiǎoqū)改造(gǎizào)').filter((file) => file.includes('nodejieba'))).toEqual([]);
  });
});
