import { describe, expect, test } from 'vitest';
import { PinyinGlossError } from '../../src/errors.js';
import { annotateHtml } from '../../src/html/index.js';
import { withoutCards } from './tokens.js';

/** The part of the page between `<main>` and `</main>`, without the words' cards and zhuyin (tested below). */
function mainOf(page: string): string {
  return withoutCards(page.slice(page.indexOf('<main>\n') + '<main>\n'.length, page.indexOf('</main>')));
}

const HANGZHANG = '<ruby>行长<rt><span class="t2">háng</span><span class="t3">zhǎng</span></rt></ruby>';

describe('annotateHtml', () => {
  test.each([
    ['', ''],
    [' \n\n \t', ''],
    ['Hello <world> & you', '<p>Hello &lt;world&gt; &amp; you</p>\n'],
  ])('sane defaults: %j', (text, main) => {
    const page = annotateHtml(text);
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="zh-Hans" class="tone-colors">\n<head>\n')).toBe(true);
    expect(page.endsWith('</script>\n</body>\n</html>\n')).toBe(true);
    expect(mainOf(page)).toBe(main);
  });

  test('a tiny article: ruby per word, readings in context, a paragraph per line', () => {
    const page = annotateHtml('行长来了。\n\n改造', { title: '<新闻>' });
    expect(page).toContain('<title>&lt;新闻&gt;</title>');
    expect(mainOf(page)).toBe(
      '<h1>&lt;新闻&gt;</h1>\n' +
        `<p>${HANGZHANG}<wbr><ruby>来<rt><span class="t2">lái</span></rt></ruby><wbr>` +
        '<span class="nb"><ruby>了<rt><span class="t5">le</span></rt></ruby>。</span></p>\n' +
        '<p><ruby>改造<rt><span class="t3">gǎi</span><span class="t4">zào</span></rt></ruby></p>\n',
    );
  });

  test('without a title, the first line names the page and there is no heading', () => {
    const page = annotateHtml('\n  改造  \n行长');
    expect(page).toContain('<title>改造</title>');
    expect(page).not.toContain('<h1>');
    expect(annotateHtml('', { title: '  ' })).toContain('<title>pinyin-gloss reader</title>');
    const long = '改'.repeat(70);
    expect(annotateHtml(long)).toContain(`<title>${'改'.repeat(59)}…</title>`);
  });

  test('the page options set the starting state of the switches', () => {
    const page = annotateHtml('改造', { toneColors: false, showPinyin: false });
    expect(page).toContain('<html lang="zh-Hans" class="pinyin-hidden">');
    expect(page).toContain('<button type="button" id="pg-pinyin" aria-pressed="false">Pinyin</button>');
    expect(page).toContain('<button type="button" id="pg-colors" aria-pressed="false">Tone colours</button>');
    const zhuyin = annotateHtml('改造', { system: 'zhuyin', level: 3 });
    expect(zhuyin).toContain('<html lang="zh-Hans" class="tone-colors zhuyin" data-level="3">');
    expect(zhuyin).toContain('<button type="button" id="pg-zhuyin" aria-pressed="true">Zhuyin</button>');
    expect(zhuyin).toContain('<option value="3" selected>HSK 3</option>');
    // select: { hsk } chooses the level marked when the page opens.
    expect(annotateHtml('改造', { select: { hsk: 5 } })).toContain('<option value="5" selected>HSK 5</option>');
    expect(annotateHtml('改造', { hskVersion: '2.0' })).not.toContain('HSK 7');
  });

  test('traditional text is marked zh-Hant', () => {
    expect(annotateHtml('我們討論經濟')).toContain('<html lang="zh-Hant"');
    expect(annotateHtml('我们讨论经济')).toContain('<html lang="zh-Hans"');
  });

  test('each word\'s card: its reading in pinyin and zhuyin, its meanings and its HSK level; only the article\'s meanings', () => {
    const page = annotateHtml('讨论方案');
    expect(page).toContain('data-h="4" aria-describedby="pg-alt-2"><ruby>方案');
    expect(page).toContain('<span class="alt mn" lang="en">plan; program</span><span class="alt lv" lang="en">HSK 4</span>');
    expect(page).toContain('<span class="zy"><span class="t1">ㄈㄤ</span> <span class="t4">ㄢˋ</span></span>');
    expect(page).not.toContain('housing estate'); // 小区's meaning: not in this article
  });

  test('annotate\'s choices apply: select, once, tone, separator', () => {
    expect(mainOf(annotateHtml('改造改造', { once: true }))).toBe(
      '<p><ruby>改造<rt><span class="t3">gǎi</span><span class="t4">zào</span></rt></ruby><wbr>改造</p>\n',
    );
    expect(mainOf(annotateHtml('行长来改造', { select: 'polyphonic' }))).toBe(`<p>${HANGZHANG}<wbr>来改造</p>\n`);
    expect(mainOf(annotateHtml('行长来改造', { select: ['改造'], tone: 'number', separator: ' ' }))).toBe(
      '<p>行长来<wbr><ruby>改造<rt><span class="t3">gai3</span> <span class="t4">zao4</span></rt></ruby></p>\n',
    );
    expect(mainOf(annotateHtml('一点儿', { tone: 'number' }))).toBe(
      '<p><ruby>一点儿<rt><span class="t1">yi1</span><span class="t3">dian3r</span></rt></ruby></p>\n',
    );
    expect(mainOf(annotateHtml('改造', { tone: 'none' }))).toBe('<p><ruby>改造<rt>gaizao</rt></ruby></p>\n');
    expect(annotateHtml('改造', { tone: 'none' })).not.toContain('id="pg-colors"');
  });

  test('the word list of a learner (select as a Set) and a reading override (dict)', () => {
    expect(mainOf(annotateHtml('行长来了', { select: new Set(['行长']), dict: { 行长: 'xíng zhǎng' } }))).toContain(
      '<ruby>行长<rt><span class="t2">xíng</span><span class="t3">zhǎng</span></rt></ruby>',
    );
  });

  describe('bad input gets a typed error', () => {
    test.each([
      [42, undefined, 'INVALID_TYPE', /text to be a string, got `number`/],
      ['x', 'title', 'INVALID_OPTION', /options must be an object/],
      ['x', { output: 'ruby' }, 'INVALID_OPTION', /unknown option `output`/],
      ['x', { brackets: 'ascii' }, 'INVALID_OPTION', /unknown option `brackets`/],
      ['x', { title: 3 }, 'INVALID_OPTION', /option `title` must be a string, got 3/],
      ['x', { toneColors: 'yes' }, 'INVALID_OPTION', /option `toneColors` must be a boolean/],
      ['x', { showPinyin: 1 }, 'INVALID_OPTION', /option `showPinyin` must be a boolean/],
      ['x', { tone: 'marks' }, 'INVALID_OPTION', /option `tone` must be one of 'mark', 'number', 'none'/],
      ['x', { separator: 0 }, 'INVALID_OPTION', /option `separator` must be a string/],
      ['x', { once: 'yes' }, 'INVALID_OPTION', /`once`/],
      ['x', { select: 'some' }, 'INVALID_OPTION', /`select`/],
      ['x', { level: 8 }, 'INVALID_OPTION', /option `level` must be an HSK 3.0 level, an integer from 1 to 7, got 8/],
      ['x', { system: 'zhuyin', tone: 'number' }, 'INVALID_OPTION', /option `tone` must be 'mark' or 'none' with system: 'zhuyin'/],
    ])('annotateHtml(%j, %j) → %s', (text, options, code, message) => {
      const call = () => annotateHtml(text as string, options as never);
      expect(call).toThrow(PinyinGlossError);
      expect(call).toThrow(message);
      try {
        call();
      } catch (error) {
        expect((error as PinyinGlossError).code).toBe(code);
      }
    });
  });
});
