import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinModules } from 'node:module';
import { describe, expect, test } from 'vitest';

// These tests check the built package: `npm test` builds dist/ first.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = join(root, 'dist');

/** Runs a Node script in a fresh process from the package root; returns its stdout. */
function node(args: readonly string[], script: string): string {
  return execFileSync(process.execPath, [...args, '-e', script], { cwd: root, encoding: 'utf8' });
}

const API = [
  'PinyinGlossError',
  'annotate',
  'annotateHtml',
  'annotateTokens',
  'createAnnotateStream',
  'createAnnotator',
  'createStripStream',
  'findGlosses',
  'reannotate',
  'segment',
  'strip',
];

describe('package', () => {
  test('dist has ESM, CJS and a type file for each', () => {
    for (const file of ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts']) {
      expect(existsSync(join(dist, file)), file).toBe(true);
    }
  });

  test('the built code imports only Node built-ins and the declared dependencies', () => {
    const { dependencies, optionalDependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      optionalDependencies: Record<string, string>;
    };
    const imported = new Set<string>();
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(c?js)$/.test(file));
    for (const file of files) {
      const code = readFileSync(join(dist, file), 'utf8');
      // static imports, import(), require() and createRequire(…)(…)
      for (const match of code.matchAll(/(?:from\s*|import\(\s*|require\(\s*|\)\(\s*)["']([^"'./][^"']*)["']/g)) imported.add(match[1]!);
    }
    const packages = [...imported]
      .filter((name) => !name.startsWith('node:') && !builtinModules.includes(name))
      .map((name) => name.split('/').slice(0, name.startsWith('@') ? 2 : 1).join('/'));
    expect(new Set(packages)).toEqual(new Set([...Object.keys(dependencies), ...Object.keys(optionalDependencies)]));
    // pinyin-pro's data is compiled into the reading tables at build time.
    expect(imported.has('pinyin-pro')).toBe(false);
  });

  test('API surface: the agreed named exports, no more, no less', async () => {
    const api = await import(join(dist, 'index.js'));
    expect(Object.keys(api).sort()).toEqual(API);
  });

  test('pinyin-gloss/browser: the same functions less the Node streams, plus init', async () => {
    const api = await import(join(dist, 'browser.js'));
    const expected = [...API.filter((name) => !name.endsWith('Stream')), 'init'].sort();
    expect(Object.keys(api).sort()).toEqual(expected);
  });

  test('import from the package name (ESM) works', () => {
    const out = node(
      ['--input-type=module'],
      `import { annotate, segment, PinyinGlossError } from 'pinyin-gloss';
       console.log(JSON.stringify([annotate('改造'), segment('小区').length, typeof PinyinGlossError]));`,
    );
    expect(JSON.parse(out)).toEqual(['改造(gǎizào)', 1, 'function']);
  });

  test('require from the package name (CJS) works', () => {
    const out = node(
      [],
      `const { annotate, segment, PinyinGlossError } = require('pinyin-gloss');
       console.log(JSON.stringify([annotate('改造'), segment('小区').length, typeof PinyinGlossError]));`,
    );
    expect(JSON.parse(out)).toEqual(['改造(gǎizào)', 1, 'function']);
  });

  test('import() from CommonJS code, where a global __filename is set (node -e)', () => {
    const out = node([], `import('pinyin-gloss').then((api) => console.log(api.segment('黄晓庆').length));`);
    expect(out.trim()).toBe('1');
  });

  test.each([
    ['ESM', ['--input-type=module'], "await import('pinyin-gloss')", "(await import('pinyin-gloss'))"],
    ['CJS', [], "require('pinyin-gloss')", "require('pinyin-gloss')"],
  ])('importing (%s) loads no native addon and no dictionary; the first segment() does', (_name, args, load, again) => {
    // process.dlopen loads native addons: watch it before the package loads.
    const script = `
      const loaded = [];
      const dlopen = process.dlopen;
      process.dlopen = function (module, filename, ...rest) { loaded.push(filename); return dlopen.call(this, module, filename, ...rest); };
      (async () => {
        ${load};
        const before = loaded.filter((file) => file.includes('nodejieba')).length;
        ${again}.segment('小区');
        const after = loaded.filter((file) => file.includes('nodejieba')).length;
        console.log(JSON.stringify([before, after]));
      })();`;
    expect(JSON.parse(node(args, script))).toEqual([0, 1]);
  });

  test('the type files resolve for every module system (attw --pack)', () => {
    const attw = join(root, 'node_modules', '.bin', 'attw');
    // Exits non-zero on any problem; the output says which. pinyin-gloss/browser
    // is ES modules only (for bundlers and browsers): attw would flag that a
    // CommonJS require() cannot load it.
    const out = execFileSync(attw, ['--pack', '.', '--profile', 'node16', '--format', 'ascii', '--exclude-entrypoints', './browser'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(out).toMatch(/No problems found/);
  }, 180_000);
});
