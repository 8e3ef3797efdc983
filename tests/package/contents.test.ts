import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';

// What `npm pack` ships (from the built dist/): only what users need, and a
// licence field that names every licence of it.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { license: string };

let shipped: string[] = [];
beforeAll(() => {
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  shipped = (JSON.parse(output) as [{ files: { path: string }[] }])[0].files.map((file) => file.path);
});

/** The SPDX identifiers of the licences each licence name in a text stands for. */
const LICENCE_NAMES: Record<string, RegExp> = {
  MIT: /\bMIT\b/,
  ISC: /\bISC\b/,
  'CC-BY-SA-4.0': /CC[ -]BY-SA 4\.0|Attribution-ShareAlike 4\.0/,
  'Apache-2.0': /Apache[- ](?:License, Version )?2\.0/,
};

describe('npm pack', () => {
  test('ships the build, the docs, the licences and the run-time data, and no development file', () => {
    const unexpected = shipped.filter(
      (path) =>
        !['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE'].includes(path) &&
        !/^(dist|docs|LICENSES|data)\//.test(path),
    );
    expect(unexpected).toEqual([]);
    // No generator or other script among the data, no sample text.
    expect(shipped.filter((path) => path.startsWith('data/') && /\.(m?js|cjs|ts|txt)$/.test(path))).toEqual([]);
    for (const path of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/cli/index.js', 'LICENSE', 'CHANGELOG.md', 'data/meanings/meanings.tsv']) {
      expect(shipped).toContain(path);
    }
  });

  test('ships every data file the built code reads at run time', () => {
    const code = readdirSync(join(root, 'dist'), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.c?js$/.test(file))
      .map((file) => readFileSync(join(root, 'dist', file), 'utf8'))
      .join('\n');
    // Paths such as new URL('../data/g2pm/model.bin', import.meta.url).
    const read = new Set([...code.matchAll(/["'`](?:\.\.\/)+(data\/[^"'`\s]+)["'`]/g)].map((match) => match[1]!));
    for (const path of read) expect(shipped, path).toContain(path);
  });

  test('package.json names every licence of what ships as one SPDX expression, and LICENSE credits each', () => {
    const ids = packageJson.license.split(' AND ');
    expect(ids.every((id) => /^[A-Za-z0-9.-]+$/.test(id))).toBe(true);
    const licenseText = readFileSync(join(root, 'LICENSE'), 'utf8');
    for (const id of ids) expect(licenseText, id).toMatch(LICENCE_NAMES[id] ?? /$^/);
    // Every licence a shipped data README names is in the expression.
    for (const path of shipped.filter((file) => file.startsWith('data/') && file.endsWith('README.md'))) {
      const text = readFileSync(join(root, path), 'utf8');
      for (const [id, name] of Object.entries(LICENCE_NAMES)) {
        if (name.test(text)) expect(ids, `${path} names ${id}`).toContain(id);
      }
    }
    // The Apache License asks for its text to travel with the work.
    if (ids.includes('Apache-2.0')) expect(shipped).toContain('LICENSES/Apache-2.0.txt');
  });
});
