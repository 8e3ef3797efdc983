// The learner page on real text: annotateHtml() on the seed article (its
// clean text), for each way of choosing words, then laid out in Debian's
// Chromium at phone to desktop widths. Prints page sizes and build times, and
// counts layout faults: horizontal overflow, pinyin not above its word,
// pinyin overlapping the line above, and (at phone width) polyphone popups
// that leave the screen when focused. Data: the seed page (see dataDir.mjs).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { annotateHtml } from '../dist/index.js';
import { dataDir } from './dataDir.mjs';
import { layoutFaults } from '../tests/support/layoutFaults.mjs';

const text = readFileSync(join(dataDir('seed'), 'seed', 'article.clean.txt'), 'utf8');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const modes = {
  all: {},
  polyphonic: { select: 'polyphonic' },
  rare: { select: 'rare' },
  'all, once': { once: true },
};

const pages = {};
console.log(`seed article: ${text.length} UTF-16 code units\n`);
console.log('| words | ruby | polyphones | page KiB | build ms (median of 5, warm) |');
console.log('|---|---:|---:|---:|---:|');
for (const [name, options] of Object.entries(modes)) {
  // The first call of a mode loads its data (nodejieba's dictionary, word
  // frequencies): keep that out of the timing, which is the median of 5 runs.
  annotateHtml(text, options);
  const times = [];
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    annotateHtml(text, options);
    times.push(performance.now() - start);
  }
  const ms = times.sort((x, y) => x - y)[2];
  const html = annotateHtml(text, { title: '“拆墙并院”共享活动空间', ...options });
  pages[name] = html;
  const count = (needle) => html.split(needle).length - 1;
  console.log(`| ${name} | ${count('<ruby>')} | ${count('class="poly"')} | ${(Buffer.byteLength(html) / 1024).toFixed(1)} | ${ms.toFixed(0)} |`);
}

if (!existsSync(CHROMIUM)) {
  console.log(`\n${CHROMIUM} not found: layout figures skipped (apt-get install -y chromium)`);
  process.exit(0);
}

const WIDTHS = [320, 375, 414, 768, 1280];
console.log('\nlayout faults, per width: rubies whose pinyin is not above its word / pinyin overlapping text /');
console.log('lines starting with a closing mark such as 。 / lines ended early (a word that fitted went to the next line);');
console.log('px of horizontal overflow; focused popups off screen\n');
console.log(`| words | ${WIDTHS.map((w) => `${w} px`).join(' | ')} |`);
console.log(`|---|${WIDTHS.map(() => '---').join('|')}|`);
const profile = mkdtempSync(join(tmpdir(), 'pinyin-gloss-eval-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  for (const [name, html] of Object.entries(pages)) {
    const cells = [];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      await page.setContent(html);
      const found = await page.evaluate(layoutFaults);
      // Focus every polyphone in turn: its popup must stay on screen.
      const offScreen = await page.evaluate(async () => {
        let bad = 0;
        for (const poly of document.querySelectorAll('.poly')) {
          poly.focus();
          const box = poly.querySelector('.alts').getBoundingClientRect();
          const root = document.documentElement;
          if (box.left < 0 || box.right > root.clientWidth || root.scrollWidth > root.clientWidth) bad++;
        }
        document.activeElement.blur();
        return bad;
      });
      cells.push(`${found.notAbove.length} / ${found.collisions.length} / ${found.badStarts.length} / ${found.early.length}; ${found.overflow} px; ${offScreen}`);
    }
    console.log(`| ${name} | ${cells.join(' | ')} |`);
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
