import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { CLI, makeTempDir, runCli } from '../cli/runCliProcess.js';
import { CORPUS } from './corpus.js';

// The README's cluster recipe: GNU parallel cuts stdin into blocks of whole
// lines, runs one pinyin-gloss per block and keeps their output in order.
// `.ci/run` installs parallel; it is skipped only where it is absent.
const hasParallel = spawnSync('sh', ['-c', 'command -v parallel'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!hasParallel)('GNU parallel --pipe recipe', () => {
  const temp = makeTempDir();
  afterAll(() => temp.remove());
  // About 24 kB, so that 4 kB blocks make several pinyin-gloss processes.
  const records = Array.from({ length: 240 }, (_, i) => CORPUS.split('\n')[i % 11]).join('\n');
  const file = join(temp.dir, 'corpus.jsonl');
  writeFileSync(file, `${records}\n`);

  // (`find` is not in the recipe: its line numbers would restart with each block.)
  test.each(['keep', 'skip'])('strip --on-bad-line %s: the same bytes as one process', (policy) => {
    const args = ['strip', '--jsonl', '--on-bad-line', policy, '--jobs', '1', '--quiet'];
    const one = runCli([...args, file]);
    const recipe = `parallel --will-cite --pipe --keep-order --block 4k '${process.execPath}' '${CLI}' ${args.join(' ')} < '${file}'`;
    const many = spawnSync('sh', ['-c', recipe], { maxBuffer: 64 * 1024 * 1024 });
    expect(many.status).toBe(0);
    expect(one.status).toBe(0);
    expect(one.stdout.length).toBeGreaterThan(2_000);
    expect(many.stdout.equals(one.stdoutBytes)).toBe(true);
    // Each block reports its bad lines, numbered within the block.
    const reported = (stderr: string) => stderr.split('\n').filter((line) => line.includes(': not valid JSON') || line.includes(': missing field')).length;
    expect(reported(many.stderr.toString())).toBe(reported(one.stderr));
    expect(reported(one.stderr)).toBeGreaterThan(5);
  });
});
