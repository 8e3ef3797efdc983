import { describe, expect, test } from 'vitest';
import { BACKGROUNDS, PAGE_CSS, PAGE_SCRIPT, TONE_COLORS } from '../../src/html/pageAssets.js';
import { renderDocument, renderToolbar } from '../../src/html/renderDocument.js';

const HEAD = (title: string) =>
  [
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">`,
    '<meta name="generator" content="pinyin-gloss">',
    `<title>${title}</title>`,
    `<style>\n${PAGE_CSS}\n</style>`,
    '<noscript><style>.toolbar{display:none}.pinyin-hidden rt{display:revert}</style></noscript>',
    '</head>',
  ].join('\n');

const LEVELS = (selected?: number, max = 7) =>
  '<label class="level-menu">Mark words above <select id="pg-level"><option value="">none</option>' +
  Array.from({ length: max }, (_, i) => `<option value="${i + 1}"${selected === i + 1 ? ' selected' : ''}>HSK ${i + 1}</option>`).join('') +
  '</select></label>';

describe('renderToolbar', () => {
  test('the switches, a tone key in the chosen style, and the level menu', () => {
    expect(renderToolbar({ tone: 'mark', toneColors: true, showPinyin: true })).toBe(
      '<div class="toolbar" role="group" aria-label="Display" lang="en">' +
        '<button type="button" id="pg-pinyin" aria-pressed="true">Pinyin</button>' +
        '<button type="button" id="pg-colors" aria-pressed="true">Tone colours</button>' +
        '<span class="legend" aria-hidden="true"><span class="t1">ā</span> <span class="t2">á</span> ' +
        `<span class="t3">ǎ</span> <span class="t4">à</span> <span class="t5">a</span></span>${LEVELS()}</div>`,
    );
    expect(renderToolbar({ tone: 'number', toneColors: false, showPinyin: false, level: 2, maxLevel: 6 })).toContain(
      '<button type="button" id="pg-pinyin" aria-pressed="false">Pinyin</button>' +
        '<button type="button" id="pg-colors" aria-pressed="false">Tone colours</button>' +
        '<span class="legend" aria-hidden="true"><span class="t1">a1</span> <span class="t2">a2</span> ' +
        `<span class="t3">a3</span> <span class="t4">a4</span> <span class="t5">a5</span></span>${LEVELS(2, 6)}</div>`,
    );
    expect(renderToolbar({ tone: 'mark', toneColors: true, showPinyin: true, hasZhuyin: true, zhuyin: true })).toContain(
      '<button type="button" id="pg-pinyin" aria-pressed="true">Pinyin</button><button type="button" id="pg-zhuyin" aria-pressed="true">Zhuyin</button>',
    );
  });

  test('without tones there is no colour switch', () => {
    expect(renderToolbar({ tone: 'none', toneColors: true, showPinyin: true })).toBe(
      '<div class="toolbar" role="group" aria-label="Display" lang="en">' +
        `<button type="button" id="pg-pinyin" aria-pressed="true">Pinyin</button>${LEVELS()}</div>`,
    );
  });
});

describe('renderDocument', () => {
  test('a complete document: head, switches, heading, paragraphs, script', () => {
    const paragraphs = ['<p>one</p>', '<p>two</p>'];
    expect(
      renderDocument({ title: 'A & B', heading: 'A & B', paragraphs, tone: 'mark', toneColors: true, showPinyin: true }),
    ).toBe(
      [
        '<!DOCTYPE html>',
        '<html lang="zh-Hans" class="tone-colors">',
        HEAD('A &amp; B'),
        '<body>',
        renderToolbar({ tone: 'mark', toneColors: true, showPinyin: true }),
        '<main>\n<h1>A &amp; B</h1>\n<p>one</p>\n<p>two</p>\n</main>',
        `<script>\n${PAGE_SCRIPT}\n</script>`,
        '</body>',
        '</html>',
        '',
      ].join('\n'),
    );
  });

  test.each([
    [{ toneColors: false, showPinyin: true, tone: 'mark' }, '<html lang="zh-Hans">'],
    [{ toneColors: true, showPinyin: false, tone: 'mark' }, '<html lang="zh-Hans" class="pinyin-hidden tone-colors">'],
    [{ toneColors: true, showPinyin: true, tone: 'none' }, '<html lang="zh-Hans">'],
  ] as const)('the starting state %o is a class on <html>', (state, html) => {
    const page = renderDocument({ title: 't', paragraphs: [], ...state });
    expect(page.split('\n')[1]).toBe(html);
    expect(page).toContain('<main>\n</main>');
  });

  test('the page asks for nothing from the network', () => {
    const page = renderDocument({ title: 't', paragraphs: [], tone: 'mark', toneColors: true, showPinyin: true });
    expect(page).not.toMatch(/\b(?:src|href)=|url\(|@import|https?:/);
  });
});

/** WCAG 2 contrast ratio of two `#rrggbb` colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const v = parseInt(hex.slice(i, i + 2), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('tone colours', () => {
  test.each(['light', 'dark'] as const)('every %s tone colour reads at 4.5:1 or more on its background', (scheme) => {
    for (const color of Object.values(TONE_COLORS[scheme])) {
      expect(contrast(color, BACKGROUNDS[scheme])).toBeGreaterThanOrEqual(4.5);
    }
  });
});
