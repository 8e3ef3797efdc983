import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

// Uses the built package (dist/, `npx tsup`) and the CLI tests' native-load tracker.
const ROOT = join(import.meta.dirname, '../..');
const PRELOAD = join(ROOT, 'tests/cli/fixtures/trackNativeLoads.cjs');
const temp = mkdtempSync(join(tmpdir(), 'pinyin-gloss-strip-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('strip, findGlosses and reannotate never load the segmenter', () => {
  test('no nodejieba in the native addons loaded', () => {
    const log = join(temp, 'loads.json');
    const script = `
      const m = await import(${JSON.stringify(join(ROOT, 'dist/index.js'))});
      const text = '老旧小区改造(gǎizào)，我们赢得(yíngde)比赛';
      if (m.strip(text) !== '老旧小区改造，我们赢得比赛') throw new Error('strip');
      if (m.findGlosses(text).length !== 2) throw new Error('findGlosses');
      m.reannotate(text, { output: 'ruby', correct: true });`;
    const result = spawnSync(process.execPath, ['--require', PRELOAD, '--input-type=module', '-e', script], {
      env: { ...process.env, TRACK_NATIVE_LOADS: log },
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const loads = JSON.parse(readFileSync(log, 'utf8')) as string[];
    expect(loads.filter((file) => file.includes('nodejieba'))).toEqual([]);
  });
});
