import { describe, expect, test } from 'vitest';
import { annotate, annotateTokens } from '../../src/annotate/index.js';
import { loadCharTables } from '../../src/pinyin/charTables.js';
import { EXTRA_NEUTRAL_READINGS, EXTRA_READINGS } from '../../src/pinyin/charReadings.js';
import { bareSyllable } from '../../src/gloss/tones.js';
import { toZhuyin, zhuyinLetters } from '../../src/pinyin/toZhuyin.js';
import { findGlosses, reannotate } from '../../src/find/index.js';
import { strip } from '../../src/strip/index.js';
import type { AnnotateOptions } from '../../src/types.js';

describe('toZhuyin', () => {
  test.each([
    ['zhōng', 'ㄓㄨㄥ'], ['guó', 'ㄍㄨㄛˊ'], ['hǎo', 'ㄏㄠˇ'], ['shì', 'ㄕˋ'], ['le', '˙ㄌㄜ'],
    ['lǜ', 'ㄌㄩˋ'], ['nǚ', 'ㄋㄩˇ'], ['xué', 'ㄒㄩㄝˊ'], ['quán', 'ㄑㄩㄢˊ'], ['jiǒng', 'ㄐㄩㄥˇ'],
    ['yī', 'ㄧ'], ['yǒu', 'ㄧㄡˇ'], ['yuè', 'ㄩㄝˋ'], ['wǒ', 'ㄨㄛˇ'], ['wēng', 'ㄨㄥ'], ['ér', 'ㄦˊ'],
    ['zhī', 'ㄓ'], ['sì', 'ㄙˋ'], ['rì', 'ㄖˋ'], ['liù', 'ㄌㄧㄡˋ'], ['duì', 'ㄉㄨㄟˋ'], ['lùn', 'ㄌㄨㄣˋ'],
    ['hóng', 'ㄏㄨㄥˊ'], ['bō', 'ㄅㄛ'], ['ń', 'ㄋˊ'], ['hm', '˙ㄏㄇ'], ['r', 'ㄦ'], ['Zhōng', 'ㄓㄨㄥ'],
  ])('%s → %s', (pinyin, zhuyin) => {
    expect(toZhuyin(pinyin)).toBe(zhuyin);
  });

  test('without tones', () => {
    expect(['zhōng', 'guó', 'le'].map((syllable) => toZhuyin(syllable, false))).toEqual(['ㄓㄨㄥ', 'ㄍㄨㄛ', 'ㄌㄜ']);
  });

  test('every reading a character can have converts (so every gloss annotate writes can be zhuyin)', () => {
    const tables = loadCharTables();
    const syllables = new Set<string>();
    const add = (reading: string): void => void syllables.add(bareSyllable(reading));
    for (const list of tables.lists.values()) list.forEach(add);
    for (const list of tables.engineExtras.values()) list.forEach(add);
    for (const reading of tables.defaults) if (reading !== undefined) add(reading);
    for (const reading of tables.astralDefaults.values()) add(reading);
    for (const reading of [...Object.values(EXTRA_NEUTRAL_READINGS), ...Object.values(EXTRA_READINGS)]) add(reading);
    expect(syllables.size).toBeGreaterThan(400);
    expect([...syllables].filter((syllable) => zhuyinLetters(syllable) === undefined)).toEqual([]);
  });
});

describe("system: 'zhuyin'", () => {
  test.each<[string, AnnotateOptions, string]>([
    ['中國', {}, '中國(ㄓㄨㄥㄍㄨㄛˊ)'],
    ['中國', { separator: ' ' }, '中國(ㄓㄨㄥ ㄍㄨㄛˊ)'],
    ['中國', { tone: 'none' }, '中國(ㄓㄨㄥㄍㄨㄛ)'],
    ['他們的', {}, '他們(ㄊㄚ˙ㄇㄣ)的(˙ㄉㄜ)'],
    ['一點兒', { separator: ' ' }, '一點兒(ㄧ ㄉㄧㄢˇㄦ)'], // 一 in its citation tone unless toneSandhi
    ['方案', {}, '方案(ㄈㄤㄢˋ)'],
    ['中國', { output: 'ruby' }, '<ruby>中國<rt>ㄓㄨㄥㄍㄨㄛˊ</rt></ruby>'],
    ['中國', { brackets: 'fullwidth' }, '中國（ㄓㄨㄥㄍㄨㄛˊ）'],
  ])('%s %j → %s', (input, options, expected) => {
    expect(annotate(input, { ...options, system: 'zhuyin' })).toBe(expected);
  });

  test('tokens keep pinyin and add zhuyin', () => {
    expect(annotateTokens('中國', { system: 'zhuyin' })).toEqual([
      { text: '中國', start: 0, end: 2, pinyin: ['zhōng', 'guó'], zhuyin: ['ㄓㄨㄥ', 'ㄍㄨㄛˊ'], glossed: true, hsk: 1, kind: 'place' },
    ]);
    expect(annotateTokens('中國')[0]).not.toHaveProperty('zhuyin');
  });

  test('strip and findGlosses read zhuyin back, joined or spaced, with its tone marks', () => {
    for (const [glossed, word, expected] of [
      ['中國(ㄓㄨㄥㄍㄨㄛˊ)', '中國', 'zhōngguó'],
      ['中國（ㄓㄨㄥ ㄍㄨㄛˊ）', '中國', 'zhōngguó'],
      ['時候(ㄕˊ˙ㄏㄡ)', '時候', 'shíhou'],
      ['東西(ㄉㄨㄥ˙ㄒㄧ)', '東西', 'dōngxi'],
      ['女兒(ㄋㄩˇㄦˊ)', '女兒', 'nǚér'],
      ['了(˙ㄌㄜ)', '了', 'le'],
      ['學(ㄒㄩㄝˊ)', '學', 'xué'],
    ] as const) {
      expect(strip(glossed)).toBe(word);
      const [gloss] = findGlosses(glossed);
      expect(gloss).toMatchObject({ word, expected, agrees: true, pinyin: glossed.slice(word.length + 1, -1) });
    }
  });

  test('a wrong tone in zhuyin disagrees; not-a-reading and mixed bodies are no glosses', () => {
    expect(findGlosses('中國(ㄓㄨㄥˋㄍㄨㄛˊ)')[0]?.agrees).toBe(false);
    for (const text of ['中國(ㄅㄆㄇ)', '中(zhㄨㄥ)', '中(ㄓㄨㄥ1)', '中(˙)', '中(ㄓㄨㄥ˙)', '中(ㄓ́ㄨㄥ)']) expect(strip(text)).toBe(text);
  });

  test('erhua: the untoned ㄦ joined to its syllable', () => {
    const [gloss] = findGlosses('一點兒(ㄧˋㄉㄧㄢˇㄦ)');
    expect(gloss).toMatchObject({ word: '一點兒', agrees: true });
  });

  test('reannotate turns pinyin glosses into zhuyin and back', () => {
    expect(reannotate('中国(zhōngguó)的(de)', { system: 'zhuyin' })).toBe('中国(ㄓㄨㄥㄍㄨㄛˊ)的(˙ㄉㄜ)');
    expect(reannotate('中國(ㄓㄨㄥㄍㄨㄛˊ)')).toBe('中國(zhōngguó)');
  });

  test("tone: 'number' has no meaning in zhuyin", () => {
    expect(() => annotate('中國', { system: 'zhuyin', tone: 'number' })).toThrow(/option `tone` must be 'mark' or 'none' with system: 'zhuyin'/);
    expect(() => annotate('中國', { system: 'bopomofo' as never })).toThrow(/option `system` must be one of 'pinyin', 'zhuyin', got 'bopomofo'/);
  });
});
