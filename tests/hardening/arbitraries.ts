import { fc } from '@fast-check/vitest';
import { SEPARATORS } from '../../src/gloss/grammar.js';
import { splitAt } from '../support/splitAt.js';

/**
 * Generators for the hardening properties: arbitrary Unicode with the awkward
 * cases weighted up, and glossed text in every variant the grammar must read.
 */

/** Code units and sequences that break naive text code. */
const AWKWARD = [
  '𠮷', '𪚥', '𰻞', '𠀀', '\u{3134A}', // astral Han: Extension B, C/D, G, B's first, H
  '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uDFFF\uD800', // lone and reversed surrogates
  '\u0301', '\u030C', '\u0308', 'a\u0304', 'e\u0301', 'u\u0308\u0300', // combining marks (NFD tones)
  '\r\n', '\r', '\n', '\u2028', '\u0000', '\uFEFF', '\uFFFD', '\u200B', '\u3000', '\u00A0',
  '(', ')', '（', '）', '((', '))', '()', '（）', '(()', '())',
  '改', '造', '的', '了', '行', '长', '儿', '〇', '々', '一', '不', '兀', '龘',
  '們', '兒', '車', '於', '著', '乾', '瞭', '徵', '着', '干', // traditional, and Taiwan's shared forms
  '，', '。', '“', '”', 'a', 'Z', '3', '5', ' ', "'", '’', '-', '·', ':', 'ü', 'v',
];

/** Any string at all (all code points, lone surrogates) with awkward pieces weighted up. */
export const anyText = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...AWKWARD) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
      { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)), maxLength: 6 }) },
    ),
    { maxLength: 40 },
  )
  .map((pieces) => pieces.join(''));

/** A syllable: its tone-marked form, its toneless base (ü written `ü`), tone (5 = neutral) and zhuyin. */
interface Syllable {
  readonly mark: string;
  readonly base: string;
  readonly tone: number;
  readonly zhuyin: string;
}

const s = (mark: string, base: string, tone: number, zhuyin: string): Syllable => ({ mark, base, tone, zhuyin });

/**
 * Words with their reading in context; every syllable is a reading of its
 * character. (No astral Han here: the reading data has none, so `𠮷(jí)` is
 * not a gloss to the grammar; astral Han appear in the filler and `anyText`.)
 */
const GLOSSABLE: readonly { readonly word: string; readonly syllables: readonly Syllable[]; readonly erhua?: boolean }[] = [
  { word: '改造', syllables: [s('gǎi', 'gai', 3, 'ㄍㄞˇ'), s('zào', 'zao', 4, 'ㄗㄠˋ')] },
  { word: '小区', syllables: [s('xiǎo', 'xiao', 3, 'ㄒㄧㄠˇ'), s('qū', 'qu', 1, 'ㄑㄩ')] },
  { word: '到', syllables: [s('dào', 'dao', 4, 'ㄉㄠˋ')] },
  { word: '绿', syllables: [s('lǜ', 'lü', 4, 'ㄌㄩˋ')] },
  { word: '女儿', syllables: [s('nǚ', 'nü', 3, 'ㄋㄩˇ'), s('ér', 'er', 2, 'ㄦˊ')] },
  { word: '相邻', syllables: [s('xiāng', 'xiang', 1, 'ㄒㄧㄤ'), s('lín', 'lin', 2, 'ㄌㄧㄣˊ')] },
  { word: '服务站', syllables: [s('fú', 'fu', 2, 'ㄈㄨˊ'), s('wù', 'wu', 4, 'ㄨˋ'), s('zhàn', 'zhan', 4, 'ㄓㄢˋ')] },
  { word: '一点儿', syllables: [s('yì', 'yi', 4, 'ㄧˋ'), s('diǎn', 'dian', 3, 'ㄉㄧㄢˇ')], erhua: true },
  // Apostrophes before a, o, e (fāng'àn), written or not.
  { word: '方案', syllables: [s('fāng', 'fang', 1, 'ㄈㄤ'), s('àn', 'an', 4, 'ㄢˋ')] },
  { word: '第二', syllables: [s('dì', 'di', 4, 'ㄉㄧˋ'), s('èr', 'er', 4, 'ㄦˋ')] },
  // Neutral tones: toneless glosses made only of these are glosses by default.
  { word: '了', syllables: [s('le', 'le', 5, '˙ㄌㄜ')] },
  { word: '我们', syllables: [s('wǒ', 'wo', 3, 'ㄨㄛˇ'), s('men', 'men', 5, '˙ㄇㄣ')] },
  { word: '的', syllables: [s('de', 'de', 5, '˙ㄉㄜ')] },
];


/** How one gloss is written: the variants the DESIGN grammar lists. */
const glossStyle = fc.record({
  tone: fc.constantFrom('mark', 'nfd', 'number', 'none', 'zhuyin'),
  neutralDigit: fc.constantFrom('5', '0', ''),
  ü: fc.constantFrom('ü', 'v', 'u:'),
  separator: fc.constantFrom(...SEPARATORS),
  apostrophe: fc.boolean(),
  capital: fc.boolean(),
  open: fc.constantFrom('(', '（'),
  close: fc.constantFrom(')', '）'),
  repeat: fc.constantFrom(1, 1, 1, 2),
});

type GlossStyle = typeof glossStyle extends fc.Arbitrary<infer T> ? T : never;

function writeSyllable(syllable: Syllable, style: GlossStyle): string {
  if (style.tone === 'zhuyin') return syllable.zhuyin;
  if (style.tone === 'mark') return syllable.mark;
  if (style.tone === 'nfd') return syllable.mark.normalize('NFD');
  const base = syllable.base.replace('ü', style.ü);
  if (style.tone === 'none') return base;
  return base + (syllable.tone === 5 ? style.neutralDigit : String(syllable.tone));
}

/** The gloss for a word, e.g. `(Gai3 zao4)`; erhua `r` joins the last syllable (mark and none styles). */
function writeGloss(entry: (typeof GLOSSABLE)[number], style: GlossStyle): string {
  let body = '';
  entry.syllables.forEach((syllable, i) => {
    const written = writeSyllable(syllable, style);
    // The spelling rules' apostrophe before a, o, e when syllables are joined.
    const apostrophe = style.separator === '' && style.apostrophe && style.tone !== 'zhuyin' && /^[aoe]/.test(syllable.base);
    if (i > 0) body += apostrophe ? "'" : style.separator;
    body += written;
  });
  if (entry.erhua) body += style.tone === 'zhuyin' ? 'ㄦ' : 'r';
  if (style.capital) body = body[0]!.toUpperCase() + body.slice(1);
  return `${style.open}${body}${style.close}`.repeat(style.repeat);
}

/** Text around glosses: real parentheses, Latin, numbers, line breaks, unbalanced brackets. */
const FILLER = [
  '，', '。', ' ', '\n', '\r\n', '在', '的', '(受访者供图)', '(2023)', '(CEO)', '(Beijing Daily)', '服装(men)',
  '(', ')', '（', '((', '))', '(（)）', 'abc', '3', '“', '”', '\u0000', '𪚥', '\uD800', '(不是(嵌套)的)', '（括号', '(ㄅㄆㄇ)', '(˙)', '(ˊ)',
];

/** One glossed word (variants that must be read) or a piece of filler, with the clean text. */
const piece = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.tuple(fc.constantFrom(...GLOSSABLE), glossStyle).map(([entry, style]) => {
      // Erhua and tone digits: not a combination the grammar lists.
      const fixed = entry.erhua && style.tone === 'number' ? { ...style, tone: 'mark' as const } : style;
      // Toneless evidence: only neutral-tone syllables (`了(le)`), or the `toneless` option.
      const needsToneless =
        (fixed.tone === 'none' || (fixed.tone === 'number' && fixed.neutralDigit === '' && entry.syllables.every((x) => x.tone === 5))) &&
        entry.syllables.some((x) => x.tone !== 5);
      const glossed = entry.word + writeGloss(entry, fixed);
      // A capitalized reading is content unless `capitalized: true`: kept whole (zhuyin has no capitals).
      const capitalized = fixed.capital && fixed.tone !== 'zhuyin';
      return { glossed, clean: entry.word, cleanToneless: entry.word, kept: capitalized ? glossed : entry.word, toneless: needsToneless };
    }),
  },
  { weight: 2, arbitrary: fc.constantFrom(...FILLER).map((text) => ({ glossed: text, clean: text, cleanToneless: text, kept: text, toneless: false })) },
  // A name in Latin letters: no gloss by default, a toneless capitalized gloss
  // with `toneless: true` (removed with `capitalized: true` too).
  { weight: 1, arbitrary: fc.constant({ glossed: '达莎(Dasha)', clean: '达莎(Dasha)', cleanToneless: '达莎', kept: '达莎(Dasha)', toneless: false }) },
);

/**
 * A glossed text; the same text with its glosses removed (`clean`, by
 * `strip(glossed, { toneless, capitalized: true })`) and with only the
 * lowercase ones removed (`kept`, by `strip(glossed, { toneless })`); and
 * whether a toneless gloss is in it (then `toneless: true` is needed to strip it).
 */
export const glossMixture = fc.array(piece, { maxLength: 25 }).map((pieces) => {
  const toneless = pieces.some((p) => p.toneless);
  return {
    glossed: pieces.map((p) => p.glossed).join(''),
    clean: pieces.map((p) => (toneless ? p.cleanToneless : p.clean)).join(''),
    kept: pieces.map((p) => p.kept).join(''),
    toneless,
  };
});

/** Any text: glossed, arbitrary, or both interleaved. */
export const hardText = fc.oneof(
  anyText,
  glossMixture.map((m) => m.glossed),
  fc.tuple(anyText, glossMixture, anyText).map(([a, m, b]) => a + m.glossed + b),
);

/** Valid options for inline annotation, every combination. */
export const inlineAnnotateOptions = fc.record(
  {
    tone: fc.constantFrom('mark', 'number', 'none'),
    separator: fc.constantFrom(...SEPARATORS),
    apostrophes: fc.boolean(),
    brackets: fc.constantFrom('ascii', 'fullwidth'),
    select: fc.oneof(
      fc.constantFrom('all', 'polyphonic', 'rare'),
      fc.constant(['改造', '行长', '𠮷', '了']),
      fc.record({ rate: fc.double({ min: 0, max: 1, noNaN: true }), seed: fc.oneof(fc.nat(), fc.string({ maxLength: 3 })) }),
      fc.record({ hsk: fc.integer({ min: 0, max: 7 }) }),
    ),
    once: fc.boolean(),
    toneSandhi: fc.boolean(),
    dict: fc.constantFrom({}, { 行长: 'háng zhǎng' }, { 银行: 'yin2hang2' }),
    system: fc.constantFrom('pinyin', 'zhuyin'),
    hskVersion: fc.constantFrom('3.0', '2.0'),
  },
  { requiredKeys: [] },
).map((options) => {
  // Zhuyin has no tone numbers; HSK 2.0 stops at level 6.
  let valid: typeof options = options.system === 'zhuyin' && options.tone === 'number' ? { ...options, tone: 'mark' } : options;
  const select = valid.select as { hsk?: number };
  if (valid.hskVersion === '2.0' && select?.hsk === 7) valid = { ...valid, select: { hsk: 6 } };
  return valid;
});

export const stripOptions = fc.record({ toneless: fc.boolean(), spaced: fc.boolean(), capitalized: fc.boolean() });

/** Cut points → chunks of `text` (cuts may fall inside surrogate pairs and glosses). */
export const chunk = (text: string, cuts: readonly number[]): string[] => splitAt(text, cuts);

/** Byte cut points → Buffer chunks (cuts may fall inside a multi-byte UTF-8 character). */
export const chunkBytes = (bytes: Buffer, cuts: readonly number[]): Buffer[] => splitAt(bytes, cuts);
