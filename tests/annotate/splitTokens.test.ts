import { describe, expect, test } from 'vitest';
import { splitTokens } from '../../src/annotate/splitTokens.js';
import { tokensFromCut as tokens } from '../support/tokensFromCut.js';


describe('splitTokens', () => {
  test('no cut inside a token: the same arrays', () => {
    const list = tokens('银行|行长');
    const readings = [['yín', 'háng'], ['háng', 'zhǎng']];
    const split = splitTokens(list, readings, [0, 2, 4]);
    expect(split.tokens).toBe(list);
    expect(split.readings).toBe(readings);
  });

  test('each part keeps the syllables of its characters as read in the whole token', () => {
    const split = splitTokens(tokens('银行行长|说'), [['yín', 'háng', 'háng', 'zhǎng'], ['shuō']], [2, 2, 3]);
    expect(split.tokens.map((token) => [token.text, token.start, token.end])).toEqual([
      ['银行', 0, 2],
      ['行', 2, 3],
      ['长', 3, 4],
      ['说', 4, 5],
    ]);
    expect(split.readings).toEqual([['yín', 'háng'], ['háng'], ['zhǎng'], ['shuō']]);
  });

  test('non-Han parts have no reading; astral characters count once', () => {
    const split = splitTokens(tokens('卡拉OK|𠮷野家'), [['kǎ', 'lā'], undefined], [2, 6]);
    expect(split.tokens.map((token) => token.text)).toEqual(['卡拉', 'OK', '𠮷', '野家']);
    expect(split.readings).toEqual([['kǎ', 'lā'], undefined, undefined, undefined]);
  });

  test('a reading that is not one syllable per Han character is not guessed at', () => {
    const split = splitTokens(tokens('行长'), [['hángzhǎng']], [1]);
    expect(split.readings).toEqual([undefined, undefined]);
  });
});
