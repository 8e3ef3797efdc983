import { describe, expect, test } from 'vitest';
import { attachErhua } from '../../src/annotate/attachErhua.js';
import { annotate } from '../../src/annotate/index.js';
import { strip } from '../../src/strip/index.js';

describe('attachErhua', () => {
  test('a lone erhua 儿 joins the word before it', () => {
    const tokens = [
      { text: '门口', start: 0, end: 2 },
      { text: '儿', start: 2, end: 3 },
    ];
    expect(attachErhua(tokens, [['mén', 'kǒu'], ['r']])).toEqual({
      tokens: [{ text: '门口儿', start: 0, end: 3 }],
      readings: [['mén', 'kǒu', 'r']],
    });
  });

  test('with no word before it, a lone 儿 reads ér', () => {
    const tokens = [
      { text: '，', start: 0, end: 1 },
      { text: '儿', start: 1, end: 2 },
    ];
    expect(attachErhua(tokens, [undefined, ['r']]).readings).toEqual([undefined, ['ér']]);
  });

  test('nothing to do: the same arrays come back', () => {
    const tokens = [{ text: '儿子', start: 0, end: 2 }];
    const readings = [['ér', 'zi']];
    const result = attachErhua(tokens, readings);
    expect(result.tokens).toBe(tokens);
    expect(result.readings).toBe(readings);
  });

  test.each(['门口儿', '在门口儿等我', '一点儿', '時兒', '在門口兒等我'])('annotate(%s) glosses erhua with its word, and strip reads it back', (text) => {
    const annotated = annotate(text);
    expect(annotated).not.toMatch(/[儿兒]\(r\)/);
    expect(strip(annotated)).toBe(text);
  });
});
