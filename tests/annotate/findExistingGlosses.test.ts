import { describe, expect, test } from 'vitest';
import { findExistingGlosses } from '../../src/annotate/findExistingGlosses.js';

describe('findExistingGlosses', () => {
  test.each(['', '老旧小区改造', '服务站(受访者供图)', 'abc(ā)', '可持续发展(development)'])('none in %j', (text) => {
    expect(findExistingGlosses(text)).toBeUndefined();
  });

  test('the text without its glosses, the glossed word spans in it, and where each gloss was cut', () => {
    expect(findExistingGlosses('經(jīng)濟(jì)發展，到(dào)(dào)了')).toEqual({
      text: '經濟發展，到了',
      spans: [[0, 1], [1, 2], [5, 6], [5, 6]],
      cuts: [
        { at: 1, start: 1, end: 7 },
        { at: 2, start: 8, end: 12 },
        { at: 6, start: 16, end: 21 },
        { at: 6, start: 21, end: 26 },
      ],
    });
  });

  test('a word enclosing an earlier gloss; every kind strip reads (toneless, capitalized, spaced)', () => {
    expect(findExistingGlosses('經(jīng)開(jīngkāi)')?.spans).toEqual([[0, 1], [0, 2]]);
    const found = findExistingGlosses('小区(xiaoqu)，汉字(Hànzì)，词 (cí)');
    expect(found?.text).toBe('小区，汉字，词');
    expect(found?.spans).toEqual([[0, 2], [3, 5], [6, 7]]);
    // The spaces of a spaced gloss are cut with it.
    expect(found?.cuts.at(-1)).toEqual({ at: 7, start: 22, end: 27 });
  });
});
