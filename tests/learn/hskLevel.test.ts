import { describe, expect, test } from 'vitest';
import { annotate, annotateTokens } from '../../src/annotate/index.js';
import { hskLevel } from '../../src/learn/hskLevel.js';
import type { AnnotateOptions } from '../../src/types.js';

describe('hskLevel', () => {
  test.each<[string, '3.0' | '2.0', number | undefined]>([
    ['我们', '3.0', 1],
    ['讨论', '3.0', 2],
    ['讨论', '2.0', 4],
    ['方案', '3.0', 4],
    ['方案', '2.0', 5],
    ['小区', '3.0', 7],
    ['小区', '2.0', undefined],
    ['徘徊', '3.0', 7],
    ['琵琶', '3.0', undefined],
    ['', '3.0', undefined],
    // numbers in Chinese numerals: the highest level of their characters
    ['三十五', '3.0', 1],
    ['两千', '3.0', 2],
    ['三〇五', '3.0', 1],
    // an erhua word as its word without 儿
    ['门口儿', '3.0', 1],
    // made of listed words: the highest of theirs
    ['两个', '3.0', 1],
    ['行长', '3.0', undefined], // 行 xíng + 长 cháng is not 行长 hángzhǎng
    ['三十五个', '3.0', 1],
    ['银行大厅', '3.0', 5], // 银行 2, 大厅 5
    ['讨论方案', '3.0', 4],
    // single characters only: a word of its own (a name)
    ['张大明', '3.0', undefined],
  ])('%s (HSK %s) → %j', (word, version, expected) => {
    expect(hskLevel(word, version)).toBe(expected);
  });
});

describe('select: { hsk }', () => {
  // Levels (HSK 3.0): 我们 1, 今天 1, 讨论 2, 大家 2, 方案 4, 协商 6, 徘徊 7; 黄晓庆 is a name.
  const text = '我们今天讨论方案，黄晓庆在门口徘徊，大家协商。';

  test('glosses the words above the level and the unlisted ones, nothing a learner has met', () => {
    expect(annotate(text, { select: { hsk: 4 } })).toBe(
      '我们今天讨论方案，黄晓庆(huángxiǎoqìng)在门口徘徊(páihuái)，大家协商(xiéshāng)。',
    );
    expect(annotate(text, { select: { hsk: 1 } })).toContain("讨论(tǎolùn)方案(fāng'àn)");
    expect(annotate(text, { select: { hsk: 7 } })).toBe('我们今天讨论方案，黄晓庆(huángxiǎoqìng)在门口徘徊，大家协商。');
  });

  test('level 0 glosses every word with Han characters', () => {
    expect(annotate(text, { select: { hsk: 0 } })).toBe(annotate(text));
  });

  test('every token listed at levels 1–4 stays plain with hsk 4, every one listed above is glossed', () => {
    const tokens = annotateTokens(text, { select: { hsk: 4 } });
    const listed = tokens.filter((token) => token.hsk !== undefined);
    expect(listed.map((token) => `${token.text}${token.hsk}`)).toEqual(
      ['我们1', '今天1', '讨论2', '方案4', '在1', '门口1', '徘徊7', '大家2', '协商6'],
    );
    for (const token of listed) expect(token.glossed).toBe(token.hsk! > 4);
  });

  test('HSK 2.0 levels with hskVersion', () => {
    // 方案: 3.0 level 4, 2.0 level 5; 门口 and 徘徊 (6 in 2.0) differ too.
    const tokens = annotateTokens('讨论方案', { select: { hsk: 4 }, hskVersion: '2.0' });
    expect(tokens.map((token) => [token.text, token.hsk, token.glossed])).toEqual([
      ['讨论', 4, false],
      ['方案', 5, true],
    ]);
  });

  test('traditional text is matched through its simplified form', () => {
    expect(annotateTokens('討論經濟發展').map((token) => [token.text, token.hsk])).toEqual([
      ['討論', 2],
      ['經濟', 3],
      ['發展', 3],
    ]);
    expect(annotate('我們討論經濟方案，大家協商', { select: { hsk: 4 } })).toBe('我們討論經濟方案，大家協商(xiéshāng)');
  });

  test('numbers, Latin and punctuation are never glossed', () => {
    expect(annotate('我有三十五个，两千三百个，一百零五，iPhone 2024年。', { select: { hsk: 2 } })).toBe('我有三十五个，两千三百个，一百零五，iPhone 2024年。');
  });

  test('once and hsk together', () => {
    expect(annotate('徘徊，徘徊', { select: { hsk: 4 }, once: true })).toBe('徘徊(páihuái)，徘徊');
  });

  test.each<[AnnotateOptions, RegExp]>([
    [{ select: { hsk: 8 } }, /option `select.hsk` must be an HSK 3.0 level, an integer from 0 to 7, got 8/],
    [{ select: { hsk: 7 }, hskVersion: '2.0' }, /option `select.hsk` must be an HSK 2.0 level, an integer from 0 to 6, got 7/],
    [{ select: { hsk: 2.5 } }, /`select.hsk`.*got 2.5/],
    [{ select: { hsk: '4' as unknown as number } }, /`select.hsk`.*got '4'/],
    [{ select: { hsk: 4, rate: 1 } as unknown as { hsk: number } }, /option `select.rate` must be absent/],
    [{ hskVersion: '3' as unknown as '3.0' }, /option `hskVersion` must be one of '3.0', '2.0', got '3'/],
  ])('bad options: %j', (options, message) => {
    expect(() => annotate('我们', options)).toThrow(message);
  });
});
