import { describe, expect, test } from 'vitest';
import { annotate, annotateTokens } from '../../src/annotate/index.js';
import { strip } from '../../src/strip/index.js';
import { TRADITIONAL_DATA, WORD_DATA } from '../../src/data/readingData.generated.js';
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

  test("Taiwan's 著, 乾, 瞭, 徵 written for 着, 干, 了, 征 in every listed word that holds those (著急 zháojí, 著數 zhāoshù)", () => {
    const notReadBack: string[] = [];
    const shared: Record<string, string> = { 着: '著', 干: '乾', 了: '瞭', 征: '徵' };
    for (const line of WORD_DATA.split('\n')) {
      const word = line.slice(0, line.indexOf(' '));
      if (!/[着干了征]/.test(word)) continue;
      // 們 makes the text traditional, as Taiwan's would be.
      const text = `他們${word.replace(/[着干了征]/g, (char) => shared[char]!)}。`;
      const annotated = annotate(text);
      if (strip(annotated) !== text) notReadBack.push(annotated);
    }
    expect(notReadBack).toEqual([]);
  });

  test('every listed word written in traditional characters (each form in turn), read in chunks', () => {
    const traditionalForms = new Map<string, string[]>();
    for (let i = 0; i + 1 < TRADITIONAL_DATA.length; i += 2) {
      const forms = traditionalForms.get(TRADITIONAL_DATA[i + 1]!) ?? [];
      forms.push(TRADITIONAL_DATA[i]!);
      traditionalForms.set(TRADITIONAL_DATA[i + 1]!, forms);
    }
    const words = WORD_DATA.split('\n').map((line) => line.slice(0, line.indexOf(' ')));
    const notReadBack: string[] = [];
    for (let variant = 0; variant < 3; variant++) {
      const texts = words.map((word) => [...word].map((char) => traditionalForms.get(char)?.[variant % traditionalForms.get(char)!.length] ?? char).join(''));
      for (let i = 0; i < texts.length; i += 1000) {
        const chunk = texts.slice(i, i + 1000);
        const text = chunk.join('。\n');
        if (strip(annotate(text)) === text) continue;
        for (const one of chunk) if (strip(annotate(one)) !== one) notReadBack.push(annotate(one));
      }
    }
    expect(notReadBack).toEqual([]);
  });

  test.each(['大伕', '在听重大伕他', '邋遢', '后鑰战斗', '輾转'])('%s', (text) => {
    expect(strip(annotate(text))).toBe(text);
  });
});
