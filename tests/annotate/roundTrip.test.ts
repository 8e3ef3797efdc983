import { fc, test as propTest } from '@fast-check/vitest';
import { expect, test } from 'vitest';
import { annotate, annotateTokens } from '../../src/annotate/index.js';
import { formatGloss } from '../../src/gloss/formatGloss.js';
import { strip } from '../../src/strip/index.js';
import type { AnnotateOptions } from '../../src/types.js';

/** Offset just past the last Han character of `word`. */
function lastHanEnd(word: string): number {
  let end = -1;
  for (let i = 0; i < word.length; ) {
    const char = String.fromCodePoint(word.codePointAt(i)!);
    i += char.length;
    if (/\p{Script=Han}/u.test(char)) end = i;
  }
  return end;
}

// Text without glosses: words, punctuation, legit parentheses, Latin, digits,
// astral Han, emoji, newlines, and arbitrary code units.
const unit = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('老旧', '小区', '改造', '的', '了', '行长', '银行', '为', '一点儿', '黄晓庆', '服务站', '卡拉OK', 'T恤', '一', '不', '对', '方案', '西安', '第二个', '海鸥', '時候', '東西', '女兒', '哪兒') },
  { weight: 2, arbitrary: fc.constantFrom('。', '，', '(', ')', '（', '）', '(受访者供图)', ' (CEO)', ' ', '\n', '\r\n', 'abc', '2024', '𠮷', '😀') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 2 }) },
);
const text = fc.array(unit, { maxLength: 40 }).map((parts) => parts.join(''));
const options = fc.record(
  {
    select: fc.constantFrom<AnnotateOptions['select']>('all', 'polyphonic', 'rare', ['小区', '了'], { rate: 0.5, seed: 1 }, { hsk: 3 }),
    once: fc.boolean(),
    system: fc.constantFrom<'pinyin' | 'zhuyin'>('pinyin', 'zhuyin'),
    tone: fc.constantFrom<'mark' | 'number'>('mark', 'number'),
    separator: fc.constantFrom('', ' ', "'", '-'),
    apostrophes: fc.boolean(),
    brackets: fc.constantFrom<'ascii' | 'fullwidth'>('ascii', 'fullwidth'),
    toneSandhi: fc.boolean(),
  },
  { requiredKeys: [] },
).map((opts) => (opts.system === 'zhuyin' && opts.tone === 'number' ? { ...opts, tone: 'mark' as const } : opts));

// Removing exactly the glosses annotate() inserted, located through
// annotateTokens()'s offsets, gives the input back.
propTest.prop([text, options], { numRuns: 200 })('removing the inserted glosses gives the input back', (input, opts) => {
  const output = annotate(input, opts);
  const tokens = annotateTokens(input, opts);
  let restored = '';
  let at = 0; // in output
  let copied = 0; // in input
  for (const token of tokens) {
    if (!token.glossed) continue;
    // The gloss follows the token's last Han character.
    const hanEnd = token.start + lastHanEnd(token.text);
    const gloss = formatGloss(token.zhuyin ?? token.pinyin!, opts.separator ?? '', opts.brackets ?? 'ascii', opts.apostrophes ?? true);
    const before = input.slice(copied, hanEnd);
    expect(output.slice(at, at + before.length)).toBe(before);
    at += before.length;
    expect(output.slice(at, at + gloss.length)).toBe(gloss);
    at += gloss.length;
    restored += before;
    copied = hanEnd;
  }
  restored += output.slice(at);
  expect(restored).toBe(input);
});

// DESIGN guarantee 1 (needs strip from issue 3).
propTest.prop([text, options], { numRuns: 200 })('strip(annotate(x, options)) === x', (input, opts) => {
  expect(strip(annotate(input, opts))).toBe(input);
});

// Found by the property above: toneless neutral readings that the reading
// engine gives must be read back by strip (DESIGN: "toneless syllables that
// are neutral-tone readings").
test.each<[string, AnnotateOptions]>([
  ['一不一', { toneSandhi: true }], // 一(yí)不(bu)一(yī): sandhi makes 不 neutral between repeats
  ['躂', {}], // 躂(da): pinyin-pro's only reading is neutral
  ['桌子上的东西', {}],
])('strip(annotate(%j, %j)) gives the input back', (input, opts) => {
  expect(strip(annotate(input, opts))).toBe(input);
});
