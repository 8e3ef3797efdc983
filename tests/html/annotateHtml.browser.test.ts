/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The page-side callbacks below run in Chromium, where these DOM globals exist.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { annotateHtml } from '../../src/html/index.js';
import { browserMissing, cjkFontWarning, openBrowser, type Browser } from './browser.js';
import { layoutFaults } from '../support/layoutFaults.mjs';

/** Where a person finds the pages and screenshots after a test run (git-ignored). */
export const SCREENSHOTS = resolve(import.meta.dirname, '../../test-output/screenshots');

// Text written for these tests: polyphones in context (行长, 银行, 长大, 了),
// a long URL and a long Latin word that must wrap on a phone, markup that
// must stay text, several paragraphs.
const TEXT = [
  '早上八点，行长走进银行。他看了看今天的报纸，觉得天气很好，就和同事们一起去开会。',
  '会上大家说，孩子们长大了，学会了很多东西。<script>document.title = "hacked"</script>',
  '我们今天下午在学校图书馆里认真学习汉语语法和写作技巧然后一起去公园散步聊天看风景最后坐公共汽车回家吃晚饭',
  '2024年6月24日 站在三湾花园 (Sanwan Garden) 三期改造后的活动广场 社区书记李跃说 以前这里没有地方健身 现在每天都有 200 多位居民来锻炼 ABC 123 大家都很高兴',
  '社区工作人员介绍，志愿服务队每周组织居民参加活动。基础设施全面改造以后，老人和孩子都有了宽敞明亮的活动室，一墙之隔的两个小区也合二为一。',
  'Details: https://example.com/a/very/long/path/that/must/wrap/on/a/phone/without/sideways/scrolling?query=1&more=2 — Pneumonoultramicroscopicsilicovolcanoconiosis.',
].join('\n');

const missing = browserMissing();
if (missing !== undefined) {
  if (process.env.CI === 'true') throw new Error(missing);
  console.warn(`skipping the learner-page browser tests: ${missing}`);
} else {
  const fonts = cjkFontWarning();
  if (fonts !== undefined) console.warn(`learner-page browser tests: ${fonts}`);
}

/** Writes the page where a person can open it, and loads it from there. */
async function load(page: Page, html: string, name: string): Promise<string[]> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = join(SCREENSHOTS, `${name}.html`);
  writeFileSync(file, html);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(file).href);
  return requests;
}

/** Whether every `<rt>` box lies above its base text and overlaps it horizontally. */
function rubyLayout(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('ruby')].map((ruby) => {
      const base = document.createRange();
      base.selectNodeContents(ruby.firstChild!);
      const b = base.getBoundingClientRect();
      const r = ruby.querySelector('rt')!.getBoundingClientRect();
      return {
        word: ruby.firstChild!.textContent,
        above: r.bottom <= b.top + 1 && r.height > 0,
        overlaps: r.left < b.right && r.right > b.left,
      };
    }),
  );
}

/** The page's layout faults (tests/support/layoutFaults.mjs, shared with `npm run eval`). */
function faults(page: Page) {
  return page.evaluate(layoutFaults);
}

function visibleRt(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('rt')].filter((rt) => rt.checkVisibility({ visibilityProperty: true })).length,
  );
}

describe.skipIf(missing !== undefined && process.env.CI !== 'true')('annotateHtml in Chromium', () => {
  const html = annotateHtml(TEXT, { title: '银行行长的一天' });

  describe('desktop', () => {
    let browser: Browser;
    let page: Page;
    let requests: string[];
    beforeAll(async () => {
      browser = await openBrowser('desktop');
      page = browser.context.pages()[0] ?? (await browser.context.newPage());
      requests = await load(page, html, 'reader');
    });
    afterAll(async () => {
      await browser?.close();
    });

    test('the page makes no request but itself, and markup in the text stays text', async () => {
      expect(requests).toHaveLength(1);
      expect(requests[0]).toMatch(/^file:.*reader\.html$/);
      expect(await page.title()).toBe('银行行长的一天');
      expect(await page.locator('main p').nth(1).innerText()).toContain('<script>document.title = "hacked"</script>');
    });

    test('every <rt> is laid out above its word, clear of the line above', async () => {
      const layout = await rubyLayout(page);
      expect(layout.length).toBeGreaterThan(20);
      expect(layout.filter((ruby) => !ruby.above || !ruby.overlaps)).toEqual([]);
      expect((await faults(page)).collisions).toEqual([]);
    });

    test('a run of glossed words wraps like text: no line ends early', async () => {
      expect((await faults(page)).early).toEqual([]);
    });

    test('paragraphs are kept', async () => {
      expect(await page.locator('main > p').count()).toBe(6);
      expect(await page.locator('h1').innerText()).toBe('银行行长的一天');
    });

    test('the pinyin switch hides and shows the pinyin, by click and by keyboard', async () => {
      const button = page.getByRole('button', { name: 'Pinyin' });
      const total = await page.locator('rt').count();
      expect(await button.getAttribute('aria-pressed')).toBe('true');
      expect(await visibleRt(page)).toBe(total);

      // Keyboard first, while nothing has had focus: the switch is the
      // page's first Tab stop, and Enter and Space press it.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('pg-pinyin');
      await page.keyboard.press('Enter');
      expect(await button.getAttribute('aria-pressed')).toBe('false');
      expect(await visibleRt(page)).toBe(0);
      await page.keyboard.press('Space');
      expect(await button.getAttribute('aria-pressed')).toBe('true');
      expect(await visibleRt(page)).toBe(total);

      await button.click();
      await page.mouse.move(0, 0); // a hovered word shows its pinyin on purpose
      expect(await button.getAttribute('aria-pressed')).toBe('false');
      expect(await visibleRt(page)).toBe(0);
      await page.screenshot({ path: join(SCREENSHOTS, 'desktop-hidden.png') });
      // Self-testing: while hidden, the hovered word alone shows its pinyin.
      await page.locator('ruby', { hasText: '走进' }).hover();
      expect(await visibleRt(page)).toBe(1);
      expect(await page.locator('ruby', { hasText: '走进' }).locator('rt').isVisible()).toBe(true);
      await page.mouse.move(0, 0);
      expect(await visibleRt(page)).toBe(0);
      await button.click();
      expect(await button.getAttribute('aria-pressed')).toBe('true');
      expect(await visibleRt(page)).toBe(total);
    });

    test('tone colours switch off, and the tone marks stay', async () => {
      const button = page.getByRole('button', { name: 'Tone colours' });
      const third = page.locator('rt .t3').first();
      const neutral = await page.evaluate(() => getComputedStyle(document.body).color);
      expect(await third.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(26, 122, 26)');
      await button.click();
      expect(await button.getAttribute('aria-pressed')).toBe('false');
      expect(await third.evaluate((el) => getComputedStyle(el).color)).toBe(neutral);
      expect(await third.innerText()).toMatch(/[ǎěǐǒǔǚ]/);
      await button.click();
      expect(await third.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(26, 122, 26)');
    });

    test('a polyphone shows its other readings on hover and on focus, and Escape hides them', async () => {
      const poly = page.locator('.poly', { hasText: '行长' }).first();
      const popup = poly.locator('.alts');
      await expect.poll(() => popup.isVisible()).toBe(false);
      await poly.hover();
      expect(await popup.isVisible()).toBe(true);
      await page.mouse.move(0, 0);
      expect(await popup.isVisible()).toBe(false);

      await poly.focus();
      expect(await popup.isVisible()).toBe(true);
      expect(await popup.innerText()).toContain('行 also xíng, hàng, héng');
      expect(await popup.innerText()).toContain('长 also cháng');
      await page.screenshot({ path: join(SCREENSHOTS, 'desktop-popup.png') });
      await page.keyboard.press('Escape');
      expect(await popup.isVisible()).toBe(false);

      // By keyboard alone: after the switches and the level menu, Tab reaches
      // the text's one Tab stop, the word focused last (行长 above).
      await page.locator('#pg-level').focus();
      await page.keyboard.press('Tab');
      const first = poly;
      expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await first.locator('.alts').isVisible()).toBe(true);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.screenshot({ path: join(SCREENSHOTS, 'desktop.png'), fullPage: true });
    });

    test('a word\'s card gives its reading, its meanings and its HSK level', async () => {
      const word = page.locator('.poly', { hasText: '银行' }).first();
      await word.focus();
      const card = word.locator('.alts');
      expect(await card.isVisible()).toBe(true);
      const text = await card.innerText();
      expect(text).toContain('yínháng');
      expect(text).toMatch(/bank/);
      expect(text).toContain('HSK 2');
      await page.screenshot({ path: join(SCREENSHOTS, 'desktop-card.png') });
      await page.keyboard.press('Escape');
      expect(await card.isVisible()).toBe(false);
    });

    test('the text is one Tab stop; the arrow keys move between its words', async () => {
      const stops = await page.evaluate(() => [...document.querySelectorAll('.poly')].filter((el) => (el as HTMLElement).tabIndex === 0).length);
      expect(stops).toBe(1);
      const words = page.locator('.poly');
      await words.first().focus();
      await page.keyboard.press('ArrowRight');
      expect(await words.nth(1).evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowLeft');
      expect(await words.nth(1).evaluate((el) => el === document.activeElement)).toBe(true);
      // Tab leaves the text, Shift+Tab comes back to the word last focused.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('.poly') === null)).toBe(true);
      await page.keyboard.press('Shift+Tab');
      expect(await words.nth(1).evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press('End');
      expect(await words.last().evaluate((el) => el === document.activeElement)).toBe(true);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    });

    test('the words above the chosen HSK level stand out, the others do not', async () => {
      const levels = () =>
        page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('.poly')].map((el) => ({
            h: Number(el.dataset.h ?? 99),
            above: el.classList.contains('above'),
            background: getComputedStyle(el).backgroundColor,
          })),
        );
      expect((await levels()).every((word) => !word.above)).toBe(true);
      await page.locator('#pg-level').selectOption('2');
      const marked = await levels();
      expect(marked.filter((word) => word.h > 2).length).toBeGreaterThan(5);
      expect(marked.filter((word) => word.h <= 2).length).toBeGreaterThan(5);
      for (const word of marked) {
        expect(word.above).toBe(word.h > 2);
        expect(word.background === 'rgba(0, 0, 0, 0)').toBe(!word.above);
      }
      await page.screenshot({ path: join(SCREENSHOTS, 'desktop-level.png'), fullPage: true });
      await page.locator('#pg-level').selectOption('');
      expect((await levels()).every((word) => !word.above)).toBe(true);
    });

    test('zhuyin: the switch shows zhuyin instead of pinyin', async () => {
      const rt = page.locator('ruby', { hasText: '走进' }).locator('rt');
      expect(await rt.innerText()).toBe('zǒujìn');
      await page.getByRole('button', { name: 'Zhuyin' }).click();
      expect(await rt.innerText()).toBe('ㄗㄡˇ ㄐㄧㄣˋ');
      await page.screenshot({ path: join(SCREENSHOTS, 'desktop-zhuyin.png') });
      await page.getByRole('button', { name: 'Zhuyin' }).click();
      expect(await rt.innerText()).toBe('zǒujìn');
    });

    test('hidden pinyin leaves no gap: each word is as wide as its characters', async () => {
      // The room a word takes beyond its characters (each one em wide).
      const extra = () =>
        page.evaluate(() =>
          [...document.querySelectorAll('ruby')].map((ruby) => {
            const chars = [...ruby.firstChild!.textContent!].length;
            return ruby.getBoundingClientRect().width - chars * parseFloat(getComputedStyle(ruby).fontSize);
          }),
        );
      const shown = await extra();
      expect(Math.max(...shown)).toBeGreaterThan(3); // pinyin wider than its characters widens the word
      await page.getByRole('button', { name: 'Pinyin' }).click();
      await page.mouse.move(0, 0);
      const hidden = await extra();
      expect(Math.max(...hidden.map(Math.abs))).toBeLessThan(1);
      await page.screenshot({ path: join(SCREENSHOTS, 'desktop-hidden-nogap.png') });
      await page.getByRole('button', { name: 'Pinyin' }).click();
    });

    test('the settings persist: a new page opens as the last one was left', async () => {
      await page.getByRole('button', { name: 'Pinyin' }).click();
      await page.getByRole('button', { name: 'Tone colours' }).click();
      await page.getByRole('button', { name: 'Zhuyin' }).click();
      await page.locator('#pg-level').selectOption('4');
      await page.reload();
      expect(await page.getByRole('button', { name: 'Pinyin' }).getAttribute('aria-pressed')).toBe('false');
      expect(await page.getByRole('button', { name: 'Tone colours' }).getAttribute('aria-pressed')).toBe('false');
      expect(await page.getByRole('button', { name: 'Zhuyin' }).getAttribute('aria-pressed')).toBe('true');
      expect(await page.locator('#pg-level').inputValue()).toBe('4');
      expect(await page.evaluate(() => document.documentElement.className)).toBe('pinyin-hidden zhuyin');
      expect(await page.locator('.poly.above').count()).toBeGreaterThan(0);
      // Back to the defaults, which persist too.
      await page.getByRole('button', { name: 'Pinyin' }).click();
      await page.getByRole('button', { name: 'Tone colours' }).click();
      await page.getByRole('button', { name: 'Zhuyin' }).click();
      await page.locator('#pg-level').selectOption('');
      await page.reload();
      expect(await page.evaluate(() => document.documentElement.className)).toBe('tone-colors');
    });
  });

  describe('phone (375 px)', () => {
    let browser: Browser;
    let page: Page;
    beforeAll(async () => {
      browser = await openBrowser('phone');
      page = browser.context.pages()[0] ?? (await browser.context.newPage());
      await load(page, html, 'reader-phone');
    });
    afterAll(async () => {
      await browser?.close();
    });

    const overflow = () =>
      page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));

    test('no horizontal scroll, and the ruby still sits above its words, clear of the line above', async () => {
      const { scrollWidth, clientWidth } = await overflow();
      expect(clientWidth).toBe(375);
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      expect((await rubyLayout(page)).filter((ruby) => !ruby.above || !ruby.overlaps)).toEqual([]);
      expect((await faults(page)).collisions).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, 'phone.png'), fullPage: true });
      // The switches stay at hand while reading down the page.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
      expect((await page.locator('.toolbar').boundingBox())!.y).toBe(0);
      await page.evaluate(() => window.scrollTo(0, 0));
    });

    test('at no width between 280 and 420 px is a word split from its pinyin, a line started by 。, or a line ended early', async () => {
      const split: string[] = [];
      for (let width = 280; width <= 420; width += 5) {
        await page.setViewportSize({ width, height: 667 });
        const words = await page.evaluate(() =>
          [...document.querySelectorAll('ruby')]
            .filter((ruby) => ruby.getClientRects().length > 1 || ruby.querySelector('rt')!.getClientRects().length > 1)
            .map((ruby) => ruby.firstChild!.textContent!),
        );
        split.push(...words.map((word) => `${word} at ${width} px`));
        const found = await faults(page);
        split.push(...found.early.map((word) => `${word} could have ended the line before at ${width} px`));
        split.push(...found.badStarts.map((text) => `a line starting with ${text.at(-1)} (${text}) at ${width} px`));
        if (found.overflow > 0) split.push(`horizontal scroll of ${found.overflow} px at ${width} px`);
      }
      await page.setViewportSize({ width: 375, height: 667 });
      expect(split).toEqual([]);
    });

    test('the pinyin is at least 0.55 of the character size', async () => {
      const ratio = await page.evaluate(() => {
        const ruby = document.querySelector('ruby')!;
        return parseFloat(getComputedStyle(ruby.querySelector('rt')!).fontSize) / parseFloat(getComputedStyle(ruby).fontSize);
      });
      expect(ratio).toBeGreaterThanOrEqual(0.55);
    });

    test('a tapped word shows its card with its meaning; the level marks words on a phone too', async () => {
      await page.locator('#pg-level').selectOption('3');
      const word = page.locator('.poly', { hasText: '银行' }).first();
      await word.tap();
      expect(await word.locator('.alts').isVisible()).toBe(true);
      expect(await word.locator('.alts').innerText()).toMatch(/bank/);
      await page.screenshot({ path: join(SCREENSHOTS, 'phone-card.png') });
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.screenshot({ path: join(SCREENSHOTS, 'phone-level.png'), fullPage: true });
      await page.locator('#pg-level').selectOption('');
    });

    test('a focused or tapped polyphone shows its popup on screen, even the one nearest the right edge', async () => {
      const rightmost = await page.evaluate(() => {
        const polys = [...document.querySelectorAll('.poly')];
        const right = (el: Element) => el.getBoundingClientRect().right;
        return polys.indexOf(polys.reduce((a, b) => (right(b) > right(a) ? b : a)));
      });
      const poly = page.locator('.poly').nth(rightmost);
      const inside = async () => {
        const box = await poly.locator('.alts').boundingBox();
        return box !== null && box.x >= 0 && box.x + box.width <= 375;
      };
      await poly.focus(); // by keyboard
      expect(await inside()).toBe(true);
      await poly.evaluate((el) => (el as HTMLElement).blur());
      await poly.locator('.alts').evaluate((el) => (el as HTMLElement).style.removeProperty('left'));
      await poly.tap(); // a tap focuses it, as on a phone
      expect(await poly.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await poly.locator('.alts').isVisible()).toBe(true);
      const box = await poly.locator('.alts').boundingBox();
      expect(box).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(375);
      const { scrollWidth, clientWidth } = await overflow();
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      await page.screenshot({ path: join(SCREENSHOTS, 'phone-popup.png') });
    });
  });
});
