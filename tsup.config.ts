import { defineConfig } from 'tsup';

// The ES module build holds the library and the CLI together, so that their
// shared code (the reading tables above all, about 1.5 MB) ships once, in a
// chunk both import; the CommonJS build is the library alone. Dependencies
// (nodejieba's native addon) stay external: tsup never bundles
// `dependencies`. The CLI's `#!/usr/bin/env node` is the first line of
// src/cli/index.ts, which esbuild keeps.
// Source maps map to src/ without embedding it (`sourcesContent: false`: the
// generated tables would otherwise ship twice more, inside the maps), and the
// output keeps its text as UTF-8 (`charset: 'utf8'`) rather than `\uXXXX`
// escapes that double every Han character of the tables. Measured with
// `npm pack`: 2.3 MB → 1.1 MB packed, 6.8 MB → 2.7 MB unpacked.
const esbuildOptions = (options: { sourcesContent?: boolean; charset?: 'ascii' | 'utf8' }): void => {
  options.sourcesContent = false;
  options.charset = 'utf8';
};

// What every build shares; `npm run build` empties dist/ first, so no build cleans.
const common = { clean: false, sourcemap: true, esbuildOptions, outDir: 'dist' } as const;

export default defineConfig([
  {
    entry: { index: 'src/index.ts', 'cli/index': 'src/cli/index.ts', 'cli/worker': 'src/cli/worker.ts' },
    format: ['esm'],
    dts: { entry: { index: 'src/index.ts' } },
    target: 'node20',
    ...common,
  },
  {
    // strip's worker thread, one CommonJS file with the strip code alone: a
    // worker started on an ES module sets up Node's ES module loader in its
    // own thread first, about 0.1 s of CPU time (docs/corpus.md). It repeats
    // the strip code and its tables (about 200 KB) for that.
    entry: { 'cli/strip-worker': 'src/cli/stripWorker.ts' },
    format: ['cjs'],
    shims: true,
    target: 'node20',
    ...common,
  },
  {
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: { entry: { index: 'src/index.ts' } },
    // import.meta.url in the CommonJS build (the segmenter finds nodejieba from it).
    shims: true,
    target: 'node20',
    ...common,
  },
  {
    // pinyin-gloss/browser: no Node built-in (a test bundles it for the
    // browser to prove it); jieba-wasm stays external, for the page's bundler
    // to resolve its web build and the .wasm file beside it.
    entry: { browser: 'src/browser.ts' },
    format: ['esm'],
    platform: 'browser',
    dts: { entry: { browser: 'src/browser.ts' } },
    target: 'es2022',
    ...common,
  },
]);
