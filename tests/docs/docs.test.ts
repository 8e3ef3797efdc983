import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

// The user docs: the README, the changelog, docs/ and the data READMEs that
// ship with the package.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function markdownFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .map((file) => join(dir, file));
}

const USER_DOCS = ['README.md', 'CHANGELOG.md', ...markdownFiles('docs'), ...markdownFiles('data')];

const lintScript = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
  .scripts['lint:docs']!;

/** Runs `remark` with the options of `npm run lint:docs` on other files. */
function lintDocs(files: readonly string[]) {
  const words = lintScript.split(/\s+/);
  const options = words.filter((word, i) => word.startsWith('--') || words[i - 1] === '--use');
  return spawnSync(join(root, 'node_modules', '.bin', 'remark'), [...options, ...files], { cwd: root, encoding: 'utf8' });
}

describe('docs', () => {
  test('npm run lint:docs finds no broken relative link or anchor', () => {
    const result = spawnSync('npm', ['run', '--silent', 'lint:docs'], { cwd: root, encoding: 'utf8' });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  test('the link check catches a missing file, a missing heading in a file, and a missing local heading', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pinyin-gloss-docs-'));
    try {
      writeFileSync(join(dir, 'b.md'), '# B\n\n## Some section\n');
      writeFileSync(
        join(dir, 'a.md'),
        '# A\n\n[ok](b.md#some-section) [self](#a) [gone](c.md) [heading](b.md#nope) [local](#nope)\n',
      );
      const result = lintDocs([dir]);
      expect(result.status).not.toBe(0);
      const report = result.stdout + result.stderr;
      expect(report).toContain('Cannot find file `c.md`');
      expect(report).toContain('Cannot find heading for `#nope` in `b.md`');
      expect(report).toMatch(/Cannot find heading for `#nope`\s/);
      expect(report).toContain('3 warnings');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the README stays a five-minute read: at most 300 lines', () => {
    expect(readFileSync(join(root, 'README.md'), 'utf8').split('\n').length).toBeLessThanOrEqual(300);
  });

  test('the README gives the two set-up commands as they are', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm ci && npm test');
  });

  test('docs/api.md documents every option of src/types.ts', () => {
    const types = readFileSync(join(root, 'src', 'types.ts'), 'utf8');
    const api = readFileSync(join(root, 'docs', 'api.md'), 'utf8');
    const options = new Set<string>();
    // The members of every exported *Options interface.
    for (const [, body] of types.matchAll(/export interface \w+Options\b[^{]*\{([\s\S]*?)\n\}/g)) {
      for (const [, name] of body!.matchAll(/readonly (\w+)\??:/g)) options.add(name!);
    }
    expect(options.size).toBeGreaterThan(10);
    expect([...options].filter((name) => !api.includes(`\`${name}\``))).toEqual([]);
  });

  test('docs/cli.md and docs/corpus.md document every flag of the CLI', () => {
    const cliSource = readdirSync(join(root, 'src', 'cli'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .map((file) => readFileSync(join(root, 'src', 'cli', file), 'utf8'))
      .join('\n');
    const flags = new Set([...cliSource.matchAll(/['"](?:-\w, )?(--[a-z][a-z-]*)/g)].map((match) => match[1]!));
    expect(flags.size).toBeGreaterThan(10);
    const docs = ['cli.md', 'corpus.md'].map((file) => readFileSync(join(root, 'docs', file), 'utf8')).join('\n');
    expect([...flags].filter((flag) => !new RegExp(`\`(?:-\\w, )?${flag}[\` ]`).test(docs))).toEqual([]);
  });

  test.each(USER_DOCS)('%s names no tracker issue, work session or folder outside the repository', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    const found: string[] = [];
    const patterns = [
      /\bissues?\s+#?\d+/gi, // "issue 5", "issues 4, 8"
      /(?<![\w&/])#\d{1,4}(?![\w-])/g, // "#12"
      /\b(?:this|that|the previous|the last|the next|a later|one) session\b/gi,
      /\.\.\/shared|\bshared\/data\b|\/work\//g,
    ];
    for (const pattern of patterns) found.push(...(text.match(pattern) ?? []));
    // Relative links must stay inside the repository.
    for (const [, target] of text.matchAll(/\]\(([^)\s#]+)[^)]*\)/g)) {
      if (/^[a-z]+:/i.test(target!)) continue; // https:, mailto:
      const path = relative(root, resolve(root, dirname(file), target!));
      if (path.startsWith(`..${sep}`) || path === '..') found.push(target!);
    }
    expect(found).toEqual([]);
  });
});
