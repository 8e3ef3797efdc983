import { describe, expect, test } from 'vitest';
import { annotate, annotateTokens } from '../../src/annotate/index.js';
import { meaningsOf } from '../../src/learn/meaningsOf.js';

describe('meaningsOf', () => {
  test('the senses of the reading in context', () => {
    expect(meaningsOf('行', ['háng'])[0]).toMatch(/row/);
    expect(meaningsOf('行', ['xíng'])[0]).toMatch(/walk/);
    expect(meaningsOf('长', ['zhǎng'])[0]).toMatch(/chief/);
    expect(meaningsOf('长', ['cháng'])[0]).toMatch(/long/);
  });

  test('at most two short senses, without notes in brackets', () => {
    for (const [word, reading] of [['方案', ['fāng', 'àn']], ['小区', ['xiǎo', 'qū']], ['了', ['le']], ['的', ['de']]] as const) {
      const senses = meaningsOf(word, reading);
      expect(senses.length).toBeGreaterThan(0);
      expect(senses.length).toBeLessThanOrEqual(2);
      for (const sense of senses) {
        expect(sense.length).toBeLessThanOrEqual(50);
        expect(sense).not.toMatch(/^\(|\[/);
      }
    }
  });

  test('another tone falls back to the same syllables; unknown words have none', () => {
    expect(meaningsOf('行', ['hāng'])[0]).toMatch(/row/);
    expect(meaningsOf('黄晓庆', ['huáng', 'xiǎo', 'qìng'])).toEqual([]);
  });
});

describe('annotateTokens(text, { meanings: true })', () => {
  test('each word with its meanings; traditional through its simplified form; none unless asked', () => {
    const tokens = annotateTokens('我們討論經濟方案', { meanings: true });
    const byText = Object.fromEntries(tokens.map((token) => [token.text, token.meanings]));
    expect(byText['經濟']?.[0]).toMatch(/econom/);
    expect(byText['討論']?.[0]).toMatch(/discuss/);
    expect(byText['方案']?.[0]).toBe('plan');
    expect(annotateTokens('方案')[0]).not.toHaveProperty('meanings');
  });

  test('annotate itself is unchanged by it', () => {
    expect(annotate('方案', { meanings: true })).toBe(annotate('方案'));
  });
});
