// Shared by eval/run.mjs and bench/run.mjs: runs every `*<suffix>` script of a
// folder in turn, each in its own process (so each one's memory figures are
// its own), optionally only those whose name holds one of the given words.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function runEach(dir, suffix, only = process.argv.slice(2)) {
  const scripts = readdirSync(dir)
    .filter((name) => name.endsWith(suffix))
    .filter((name) => only.length === 0 || only.some((word) => name.includes(word)))
    .sort();
  let failed = 0;
  for (const name of scripts) {
    console.log(`\n## ${name}\n`);
    const result = spawnSync(process.execPath, [join(dir, name)], { stdio: 'inherit' });
    if (result.status !== 0) failed++;
  }
  process.exitCode = failed === 0 ? 0 : 1;
}
