import { describe, expect, test } from 'vitest';
import { bareSyllable, combiningTone, formatSyllable, MARKED_SYLLABLE, markTone, splitTone, TONE_MARKED_LETTERS, toneOf } from '../../src/gloss/tones.js';

describe('markTone', () => {
  test.each([
    ['gai', 3, 'gǎi'], ['zao', 4, 'zào'], ['xiong', 2, 'xióng'], ['gui', 4, 'guì'], ['liu', 2, 'liú'],
    ['lou', 2, 'lóu'], ['lv', 3, 'lǚ'], ['lve', 4, 'lüè'], ['nv', 3, 'nǚ'], ['er', 2, 'ér'],
    ['le', 5, 'le'], ['le', 0, 'le'], ['lv', 0, 'lü'], ['ng', 2, 'ńg'], ['m', 2, 'ḿ'], ['yi', 1, 'yī'],
  ])('%s tone %i → %s', (bare, tone, marked) => {
    expect(markTone(bare, tone)).toBe(marked);
  });
});

describe('the tone-marked letters', () => {
  test('each marked letter is what markTone puts on its letter, and NFD gives its combining mark', () => {
    for (const [char, [letter, tone]] of Object.entries(TONE_MARKED_LETTERS)) {
      expect(markTone(letter, tone)).toBe(char);
      const decomposed = char.normalize('NFD');
      expect(combiningTone(decomposed.charCodeAt(decomposed.length - 1))).toBe(tone);
    }
  });

  test('splitTone, formatSyllable and toneOf agree with markTone', () => {
    for (const [bare, tone] of [['gai', 3], ['lü', 4], ['zhong', 1], ['er', 2], ['le', 5], ['ng', 2]] as const) {
      const marked = markTone(bare, tone);
      expect(splitTone(marked)).toEqual({ bare, tone });
      expect(formatSyllable(marked, 'number')).toBe(`${bare}${tone}`);
      expect(formatSyllable(marked, 'none')).toBe(bare);
      expect(formatSyllable(marked, 'mark')).toBe(marked);
      expect(toneOf(marked, 'mark')).toBe(tone);
      expect(toneOf(`${bare}${tone}`, 'number')).toBe(tone);
      expect(toneOf(bare, 'none')).toBeUndefined();
    }
    expect(formatSyllable('r', 'number')).toBe('r');
    expect(toneOf('dian3r', 'number')).toBe(3);
    expect(toneOf('le0', 'number')).toBe(5);
  });

  test('bareSyllable drops marks, lowercases and writes ü as v; MARKED_SYLLABLE accepts marked lowercase pinyin only', () => {
    expect(['lǜ', 'Zhōng', 'ḿ', 'lu\u0308\u0300'].map(bareSyllable)).toEqual(['lv', 'zhong', 'm', 'lv']);
    expect(['háng', 'lǜ', 'le', 'ńg'].every((s) => MARKED_SYLLABLE.test(s))).toBe(true);
    expect(['hang2', 'Háng', 'ha ng', ''].some((s) => MARKED_SYLLABLE.test(s))).toBe(false);
  });
});
