import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

// The package project tests dist/, which `npm run build` writes. A dist/ older
// than the source would test yesterday's code and pass or fail for the wrong
// reason, so the project refuses to start on one.

const ROOT = resolve(import.meta.dirname, '../..');
const BUILT = join(ROOT, 'dist/index.js');

/** The newest modification time of any file below `dir`, with its path. */
function newestFile(dir: string): { path: string; mtimeMs: number } {
  let newest = { path: dir, mtimeMs: 0 };
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const { mtimeMs } = statSync(path);
    if (mtimeMs > newest.mtimeMs) newest = { path, mtimeMs };
  }
  return newest;
}

export default function requireFreshBuild(): void {
  let builtAt: number;
  try {
    builtAt = statSync(BUILT).mtimeMs;
  } catch {
    throw new Error('dist/ is missing: the package tests run the built package. Run `npm run build` first (`npm test` does).');
  }
  const source = newestFile(join(ROOT, 'src'));
  if (source.mtimeMs > builtAt) {
    throw new Error(
      `dist/ is older than ${source.path.slice(ROOT.length + 1)}: the package tests would test a stale build. Run \`npm run build\` first (\`npm test\` does).`,
    );
  }
}
