// `npm run build:site`: the web page, as static files in site/dist/ that open
// from disk (file://) with no server and no request to any other host.
//
// - index.html, style.css: the page as written in site/.
// - app.js: the form and the loading of the rest (site/src/app.ts); the only
//   script the page starts with.
// - engine.js: pinyin-gloss/browser from source with its reading tables
//   (site/src/engine.ts), loaded by app.js after the first paint.
// - segmenter.js: jieba-wasm's WebAssembly as base64 in a classic script:
//   Chromium refuses fetch() and ES modules on file:// pages, so the .wasm
//   file beside the page could not be read.
//
// Prints each file's size, raw and gzip, and writes them to sizes.json.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const site = join(root, 'site');
const out = join(site, 'dist');
const require = createRequire(import.meta.url);

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const common = {
  bundle: true,
  minify: true,
  format: 'iife',
  platform: 'browser',
  // Phones a few years old: Safari 15, Chrome 100.
  target: ['es2020', 'safari15', 'chrome100'],
  charset: 'utf8',
  legalComments: 'none',
  logLevel: 'warning',
  // jieba-wasm's web build reads import.meta.url only when init() gets no bytes; the page always gives them.
  logOverride: { 'empty-import-meta': 'silent' },
};

await build({ ...common, entryPoints: [join(site, 'src/app.ts')], outfile: join(out, 'app.js') });
await build({
  ...common,
  entryPoints: [join(site, 'src/engine.ts')],
  outfile: join(out, 'engine.js'),
  globalName: 'PinyinGloss',
  banner: {
    js:
      '/* pinyin-gloss (MIT). Reading tables generated from @pinyin-pro/data (ISC), pinyin-pro and pinyin (MIT), ' +
      'CC-CEDICT (© MDBG, CC BY-SA 4.0) and OpenCC (Apache-2.0): see the package LICENSE. */',
  },
});

// jieba-wasm exports no package.json: its Node entry is pkg/nodejs/jieba_rs_wasm.js.
const wasmPackage = join(dirname(require.resolve('jieba-wasm')), '../..');
const { version } = JSON.parse(readFileSync(join(wasmPackage, 'package.json'), 'utf8'));
const wasm = readFileSync(join(wasmPackage, 'pkg/web/jieba_rs_wasm_bg.wasm'));
writeFileSync(
  join(out, 'segmenter.js'),
  `/* jieba-wasm ${version} (jieba-rs compiled to WebAssembly), MIT, © fengkx and jieba-rs contributors */\n` +
    `self.pinyinGlossWasm="${wasm.toString('base64')}";\n`,
);

for (const file of ['index.html', 'style.css']) copyFileSync(join(site, file), join(out, file));

const files = ['index.html', 'style.css', 'app.js', 'engine.js', 'segmenter.js'];
const sizes = Object.fromEntries(
  files.map((file) => {
    const bytes = readFileSync(join(out, file));
    return [file, { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }];
  }),
);
writeFileSync(join(out, 'sizes.json'), `${JSON.stringify(sizes, null, 2)}\n`);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
for (const [file, { raw, gzip }] of Object.entries(sizes)) console.log(`${file.padEnd(14)} ${kb(raw).padStart(10)} ${kb(gzip).padStart(10)} gzip`);
const total = Object.values(sizes).reduce((sum, { gzip }) => sum + gzip, 0);
console.log(`first-load JavaScript (app.js): ${kb(sizes['app.js'].gzip)} gzip; everything: ${kb(total)} gzip`);
