/// <reference lib="dom" />
// The web page (npm run build:site → site/dist/) in Debian's Chromium, opened
// from disk as a person would: it annotates and cleans text exactly as the
// Node library does with the same options, makes no request beyond its own
// files, and fits a phone screen. Writes screenshots and the load timings to
// test-output/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { annotate, annotateHtml, strip } from '../../src/index.js';
import type { AnnotateOptions } from '../../src/types.js';
import { browserMissing, openBrowser, type Browser } from '../html/browser.js';

const ROOT = resolve(import.meta.dirname, '../..');
const SITE = join(ROOT, 'site/dist');
const OUTPUT = join(ROOT, 'test-output');
const SCREENSHOTS = join(OUTPUT, 'screenshots');

// Text written for this test: polyphones in context, a name, traditional
// characters, erhua, Latin, digits, a real parenthesis, several lines.
const TEXT = [
  '早上八点，行长郑晓梅走进银行。她看了看今天的報紙，觉得天气很好。',
  '会上大家说，孩子们长大了，学会了很多东西（包括画画儿）。',
  '2024年6月，社区改造以后，200多位居民每天来锻炼 (Sanwan Garden)。',
].join('\n');

const missing = browserMissing();
if (missing !== undefined) {
  if (process.env.CI === 'true') throw new Error(missing);
  console.warn(`skipping the web page browser tests: ${missing}`);
}

/** Opens the built page from disk; returns the URLs it requested. */
async function open(page: Page): Promise<string[]> {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(join(SITE, 'index.html')).href);
  return requests;
}

async function choose(page: Page, options: { select?: string; words?: string; rate?: string; once?: boolean; output?: string }) {
  await page.getByTestId('select').selectOption(options.select ?? 'all');
  if (options.words !== undefined) await page.getByTestId('words').fill(options.words);
  if (options.rate !== undefined) await page.getByTestId('rate').fill(options.rate);
  await page.getByTestId('once').setChecked(options.once ?? false);
  await page.getByTestId('output-mode').selectOption(options.output ?? 'inline');
}

/** Fills the input, presses a button and returns the page's result. */
async function press(page: Page, button: 'annotate' | 'strip', text: string): Promise<string> {
  await page.getByTestId('output').evaluate((el) => ((el as HTMLTextAreaElement).value = ''));
  await page.getByTestId('input').fill(text);
  await page.getByTestId(button).click();
  await expect.poll(() => page.getByTestId('output').inputValue(), { timeout: 30_000 }).not.toBe('');
  return page.getByTestId('output').inputValue();
}

describe.skipIf(missing !== undefined && process.env.CI !== 'true')('the web page in Chromium', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [join(ROOT, 'scripts/build-site.mjs')], { cwd: ROOT, stdio: 'pipe' });
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  describe('desktop', () => {
    let browser: Browser;
    let page: Page;
    let requests: string[];
    beforeAll(async () => {
      browser = await openBrowser('desktop');
      page = browser.context.pages()[0] ?? (await browser.context.newPage());
      requests = await open(page);
    });
    afterAll(async () => {
      await browser?.close();
    });

    test('annotates as the Node library does with the same options, byte for byte', async () => {
      // The browser build does not carry the polyphone model: it reads as polyphones 'rules'.
      // Typed and pressed as soon as the page is there, before the segmenter has loaded.
      const first = await press(page, 'annotate', TEXT);
      expect(first).toBe(annotate(TEXT, { segmenter: 'wasm', polyphones: 'rules' }));
      // The page segments with jieba-wasm; on this text nodejieba cuts the same.
      expect(first).toBe(annotate(TEXT, { segmenter: 'nodejieba', polyphones: 'rules' }));
      const timings = await page.evaluate(() => ({ ...document.body.dataset }));
      writeFileSync(join(OUTPUT, 'site-timings.json'), `${JSON.stringify(timings, null, 2)}\n`);
      console.log(`web page: ready ${timings.readyMs} ms after opening, first annotation shown at ${timings.firstResultMs} ms`);
      await page.screenshot({ path: join(SCREENSHOTS, 'site-desktop.png'), fullPage: true });

      const cases: [Parameters<typeof choose>[1], AnnotateOptions][] = [
        [{ select: 'polyphonic', once: true }, { select: 'polyphonic', once: true }],
        [{ select: 'words', words: '银行，行长 长大' }, { select: ['银行', '行长', '长大'] }],
        [{ select: 'sample', rate: '30' }, { select: { rate: 0.3, seed: 0 } }],
        [{ select: 'all', output: 'ruby' }, { output: 'ruby' }],
      ];
      for (const [form, options] of cases) {
        await choose(page, form);
        expect(await press(page, 'annotate', TEXT), JSON.stringify(form)).toBe(annotate(TEXT, { ...options, segmenter: 'wasm', polyphones: 'rules' }));
      }
    });

    test('shows the fields of the chosen selection only', async () => {
      await choose(page, { select: 'all' });
      expect([await page.getByTestId('words').isVisible(), await page.getByTestId('rate').isVisible()]).toEqual([false, false]);
      await choose(page, { select: 'words' });
      expect([await page.getByTestId('words').isVisible(), await page.getByTestId('rate').isVisible()]).toEqual([true, false]);
      await choose(page, { select: 'sample' });
      expect([await page.getByTestId('words').isVisible(), await page.getByTestId('rate').isVisible()]).toEqual([false, true]);
      await choose(page, {});
    });

    test('the reader view is the library’s learner page, shown in a frame', async () => {
      await choose(page, { select: 'polyphonic', output: 'reader' });
      const html = await press(page, 'annotate', TEXT);
      // The browser build cannot read the meanings table (a data file), so its cards have none; it reads as polyphones 'rules'.
      expect(html).toBe(annotateHtml(TEXT, { select: 'polyphonic', once: false, segmenter: 'wasm', meanings: false, polyphones: 'rules' }));
      expect(await page.getByTestId('output').isHidden()).toBe(true);
      const frame = page.frameLocator('[data-testid="reader"]');
      await expect.poll(() => frame.locator('ruby').count()).toBeGreaterThan(5);
      expect(await frame.locator('ruby', { hasText: '行长' }).first().locator('rt').innerText()).toBe('hángzhǎng');
      await page.screenshot({ path: join(SCREENSHOTS, 'site-desktop-reader.png'), fullPage: true });
      await choose(page, {});
    });

    test('cleans a glossed text back to the original, as strip() does', async () => {
      await choose(page, {});
      const glossed = annotate(TEXT, { segmenter: 'wasm', polyphones: 'rules' });
      const cleaned = await press(page, 'strip', glossed);
      expect(cleaned).toBe(TEXT);
      expect(cleaned).toBe(strip(glossed));
      // Glosses as content farms write them, and a parenthesis that is not one.
      const scraped = '老旧小区改造(gǎizào)，我们赢得(yíngde)比赛（受访者供图）';
      expect(await press(page, 'strip', scraped)).toBe(strip(scraped));
      expect(strip(scraped)).toBe('老旧小区改造，我们赢得比赛（受访者供图）');
    });

    test('the page requested its own files only', () => {
      const base = pathToFileURL(SITE).href;
      expect(requests.filter((url) => !url.startsWith(`${base}/`) && !url.startsWith('about:'))).toEqual([]);
      expect(requests.map((url) => url.slice(base.length + 1)).filter((file) => file.endsWith('.js')).sort()).toEqual([
        'app.js',
        'engine.js',
        'segmenter.js',
      ]);
    });
  });

  describe('phone (375 px)', () => {
    let browser: Browser;
    let page: Page;
    beforeAll(async () => {
      browser = await openBrowser('phone');
      page = browser.context.pages()[0] ?? (await browser.context.newPage());
      await open(page);
    });
    afterAll(async () => {
      await browser?.close();
    });

    test('fits the screen without sideways scrolling, and annotates', async () => {
      const result = await press(page, 'annotate', TEXT);
      expect(result).toBe(annotate(TEXT, { segmenter: 'wasm', polyphones: 'rules' }));
      const width = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(width.client).toBe(375);
      expect(width.scroll).toBeLessThanOrEqual(width.client);
      // Buttons are big enough to tap (44 px, as the platforms advise).
      for (const id of ['annotate', 'strip']) expect((await page.getByTestId(id).boundingBox())!.height).toBeGreaterThanOrEqual(44);
      await page.screenshot({ path: join(SCREENSHOTS, 'site-phone.png'), fullPage: true });
    });
  });

  test('sizes: the first script ≤ 150 KB gzip, everything the page loads ≤ 6 MB gzip', () => {
    const sizes = JSON.parse(readFileSync(join(SITE, 'sizes.json'), 'utf8')) as Record<string, { raw: number; gzip: number }>;
    const total = Object.values(sizes).reduce((sum, size) => sum + size.gzip, 0);
    expect(sizes['app.js']!.gzip).toBeLessThanOrEqual(150 * 1024);
    expect(total).toBeLessThanOrEqual(6 * 1024 * 1024);
  });
});
