import { defineConfig } from 'tsup';

// Two entries: the library and the CLI. Dependencies (nodejieba's native addon,
// pinyin-pro) stay external: tsup never bundles `dependencies`.
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: false, // `npm run build` empties dist/ first
    // import.meta.url in the CommonJS build (the segmenter finds nodejieba from it).
    shims: true,
    sourcemap: true,
    target: 'node20',
    outDir: 'dist',
  },
  {
    entry: { 'cli/index': 'src/cli/index.ts', 'cli/worker': 'src/cli/worker.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: true,
    target: 'node20',
    outDir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
