/// <reference lib="dom" />
// pinyin-gloss/browser as a page's bundler ships it, run in Debian's
// Chromium: bundled with esbuild as an ES module from the built dist/, served
// (by Playwright's request interception: no server, no network) with
// jieba-wasm's .wasm file beside it, where init() fetches it by default.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { annotate, strip } from '../../src/index.js';
import { browserMissing, openBrowser, type Browser } from '../html/browser.js';

const ROOT = resolve(import.meta.dirname, '../..');
const ORIGIN = 'http://pinyin-gloss.test';
const TEXT = '早上八点，行长走进银行，孩子们长大了。';
const GLOSSED = '老旧小区改造(gǎizào)，我们赢得(yíngde)比赛';

const missing = browserMissing();
if (missing !== undefined && process.env.CI === 'true') throw new Error(missing);

const PAGE_SCRIPT = `
import { init, annotate, findGlosses, strip, PinyinGlossError } from 'pinyin-gloss/browser';
const attempt = (fn) => { try { return { value: fn() }; } catch (error) { return { error: error instanceof PinyinGlossError ? error.code : String(error) }; } };
window.before = {
  strip: attempt(() => strip(${JSON.stringify(GLOSSED)})),
  annotate: attempt(() => annotate('银行')),
  expected: attempt(() => findGlosses('他还(huán)了钱')[0].expected),
  expectedByModel: attempt(() => findGlosses('他还(huán)了钱', { polyphones: 'model' })),
};
window.loaded = init().then(() => init()).then(() => ({
  annotate: annotate(${JSON.stringify(TEXT)}, { segmenter: 'wasm' }),
  auto: annotate(${JSON.stringify(TEXT)}),
  nodejieba: attempt(() => annotate('银行', { segmenter: 'nodejieba' })),
  model: attempt(() => annotate('银行', { polyphones: 'model' })),
}));
`;

describe.skipIf(missing !== undefined)('pinyin-gloss/browser in Chromium, as a bundler ships it', () => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    const bundled = await build({
      stdin: { contents: PAGE_SCRIPT, resolveDir: ROOT, sourcefile: 'page.js' },
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      charset: 'utf8',
      logLevel: 'silent',
    });
    const files: Record<string, { body: string | Buffer; contentType: string }> = {
      '/index.html': { body: '<!doctype html><meta charset="utf-8"><script type="module" src="app.js"></script>', contentType: 'text/html' },
      '/app.js': { body: bundled.outputFiles[0]!.text, contentType: 'text/javascript' },
      // jieba-wasm's web build fetches new URL('jieba_rs_wasm_bg.wasm', import.meta.url): beside the bundle.
      '/jieba_rs_wasm_bg.wasm': { body: readFileSync(join(ROOT, 'node_modules/jieba-wasm/pkg/web/jieba_rs_wasm_bg.wasm')), contentType: 'application/wasm' },
    };
    browser = await openBrowser('desktop');
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.on('request', (request) => requests.push(request.url()));
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      const file = url.origin === ORIGIN ? files[url.pathname] : undefined;
      return file ? route.fulfill({ status: 200, ...file }) : route.abort();
    });
    await page.goto(`${ORIGIN}/index.html`);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  test('strip works at once; annotate waits for init() and then equals the Node library', async () => {
    const before = await page.evaluate(() => (window as unknown as { before: unknown }).before);
    expect(before).toEqual({
      strip: { value: strip(GLOSSED) },
      annotate: { error: 'SEGMENTER_NOT_READY' },
      expected: { value: 'huán' },
      // The browser build does not carry the polyphone model: asking for it is an error, not a silent 'rules'.
      expectedByModel: { error: 'MODEL_LOAD_FAILED' },
    });
    const loaded = await page.evaluate(() => (window as unknown as { loaded: Promise<unknown> }).loaded);
    // Its default is polyphones: 'rules'.
    expect(loaded).toEqual({
      annotate: annotate(TEXT, { segmenter: 'wasm', polyphones: 'rules' }),
      auto: annotate(TEXT, { segmenter: 'wasm', polyphones: 'rules' }),
      nodejieba: { error: 'SEGMENTER_LOAD_FAILED' },
      model: { error: 'MODEL_LOAD_FAILED' },
    });
  });

  test('it fetched the page, the bundle and the .wasm, nothing else', () => {
    expect(requests.map((url) => url.replace(ORIGIN, '')).sort()).toEqual(['/app.js', '/index.html', '/jieba_rs_wasm_bg.wasm']);
  });
});
