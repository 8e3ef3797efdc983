import { describe, expect, test } from 'vitest';
import { createWordIndex, forceWords } from '../../src/annotate/forceWords.js';
import type { Token } from '../../src/types.js';
import { tokensFromCut as tokens } from '../support/tokensFromCut.js';

const texts = (list: readonly Token[]) => list.map((token) => token.text).join('|');

describe('forceWords', () => {
  test.each([
    ['no occurrence: the same tokens', '南京市|长江大桥', ['北京'], '南京市|长江大桥'],
    ['inside a longer token', '银行行长|说', ['行长'], '银行|行长|说'],
    ['across tokens', '南京市|长江大桥', ['京市长'], '南|京市长|江大桥'],
    ['exactly a token', '南京市|长江大桥', ['长江大桥'], '南京市|长江大桥'],
    ['longest first, left to right, no overlap', 'abcdef', ['bc', 'bcd', 'cde'], 'a|bcd|ef'],
    ['several occurrences', '行长|和|行长', ['行长'], '行长|和|行长'],
    ['astral', 'x𠮷野y', ['𠮷野'], 'x|𠮷野|y'],
  ])('%s', (_name, cut, words, expected) => {
    const list = tokens(cut);
    const text = list.map((token) => token.text).join('');
    const forced = forceWords(text, list, createWordIndex(words));
    expect(texts(forced)).toBe(expected);
    // Still a cover of the text with right offsets.
    expect(forced.every((token) => token.text === text.slice(token.start, token.end))).toBe(true);
    expect(forced.map((token) => token.text).join('')).toBe(text);
  });
});
