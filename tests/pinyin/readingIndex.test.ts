import { describe, expect, test } from 'vitest';
import { loadReadingData } from '../../src/pinyin/loadReadingData.js';
import { readingIndex } from '../../src/pinyin/readingIndex.js';

describe('readingIndex', () => {
  const data = loadReadingData();
  const index = readingIndex(data);

  test('finds every listed word in place, inside longer text, with its syllables', () => {
    for (const [word, reading] of data.words) {
      const text = `前${word}后`;
      const found = index.word(text, 1, 1 + word.length);
      if (found?.join(' ') !== reading) expect([word, found?.join(' ')]).toEqual([word, reading]);
    }
  });

  test('a span that is no listed word, or only part of one, finds nothing', () => {
    expect(index.word('银行行长', 2, 4)).toEqual(data.words.get('行长')!.split(' '));
    // 行长 is listed; 长银 and 行长银 are not, nor is 行 alone.
    expect(data.words.has('长银') || data.words.has('行长银')).toBe(false);
    expect(index.word('行长银', 1, 3)).toBeUndefined();
    expect(index.word('行长银', 0, 3)).toBeUndefined();
    expect(index.word('行长', 0, 1)).toBeUndefined();
    expect(index.word('qwerty', 0, 6)).toBeUndefined();
    expect(index.word('', 0, 0)).toBeUndefined();
  });

  test('polyphone defaults by BMP code point match the table', () => {
    for (const [cp, known] of data.chars) if (cp <= 0xffff) expect(index.bmpChars[cp]).toBe(known);
    expect(index.bmpChars['a'.charCodeAt(0)]).toBeUndefined();
  });

  test('the same data gives the same index', () => {
    expect(readingIndex(data)).toBe(index);
  });
});
