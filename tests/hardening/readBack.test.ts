import { describe, expect, test } from 'vitest';
import { annotate, annotateTokens } from '../../src/annotate/index.js';
import { strip } from '../../src/strip/index.js';
import { MODAL_PARTICLES } from '../../src/pinyin/readTokens.js';

// Guarantee 1 needs the stripper to accept every reading the reading engine
// writes: the engine reads some traditional characters through their
// simplified form (輾 → 辗 niǎn) and some characters in the neutral tone
// (伕 fu, 遢 ta), so the stripper's character table takes in the engine's
// syllables, compiled at build time (ENGINE_EXTRA_DATA, src/pinyin/charTables.ts).

describe('every reading annotate writes, strip reads back', () => {
  test('each Han character of the BMP alone (CJK, Extension A, compatibility)', () => {
    const notReadBack: string[] = [];
    const ranges = [
      [0x3400, 0x4dbf],
      [0x4e00, 0x9fff],
      [0xf900, 0xfaff],
    ] as const;
    for (const [from, to] of ranges) {
      for (let codePoint = from; codePoint <= to; codePoint++) {
        const char = String.fromCharCode(codePoint);
        const annotated = annotate(char);
        if (strip(annotated) !== char) notReadBack.push(annotated);
      }
    }
    expect(notReadBack).toEqual([]);
  });

  test('each Han character of the BMP ending a clause after a word (particles, 将 jiàng …)', () => {
    const notReadBack: string[] = [];
    for (let codePoint = 0x4e00; codePoint <= 0x9fff; codePoint++) {
      const text = `他走${String.fromCharCode(codePoint)}。`;
      const annotated = annotate(text);
      if (strip(annotated) !== text) notReadBack.push(annotated);
    }
    expect(notReadBack).toEqual([]);
  });

  test.each([...MODAL_PARTICLES].map(([codePoint, neutral]) => [String.fromCodePoint(codePoint), neutral]))(
    'the modal particle %s closing a clause is toneless %s, and strips',
    (particle, neutral) => {
      const text = `我们走${particle}！`;
      const read = annotateTokens(text).filter((token) => token.pinyin);
      expect(read.at(-1)!.pinyin!.at(-1)).toBe(neutral);
      expect(strip(annotate(text))).toBe(text);
    },
  );

  test.each(['大伕', '在听重大伕他', '邋遢', '后鑰战斗', '輾转'])('%s', (text) => {
    expect(strip(annotate(text))).toBe(text);
  });
});
