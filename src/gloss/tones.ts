import type { ToneStyle } from '../types.js';

/**
 * Tone marks of pinyin, in one place: the marked letters, where a mark goes,
 * and the conversions between marked (`gǎi`), numbered (`gai3`) and bare
 * (`gai`) syllables that the engine, the gloss reader, the HTML page and the
 * dictionaries use.
 */

/** Every tone-marked lowercase letter → [its letter, tone]. `ü` stays `ü`. */
export const TONE_MARKED_LETTERS: Readonly<Record<string, readonly [string, number]>> = {
  ā: ['a', 1], á: ['a', 2], ǎ: ['a', 3], à: ['a', 4],
  ē: ['e', 1], é: ['e', 2], ě: ['e', 3], è: ['e', 4],
  ī: ['i', 1], í: ['i', 2], ǐ: ['i', 3], ì: ['i', 4],
  ō: ['o', 1], ó: ['o', 2], ǒ: ['o', 3], ò: ['o', 4],
  ū: ['u', 1], ú: ['u', 2], ǔ: ['u', 3], ù: ['u', 4],
  ǖ: ['ü', 1], ǘ: ['ü', 2], ǚ: ['ü', 3], ǜ: ['ü', 4],
  ń: ['n', 2], ň: ['n', 3], ǹ: ['n', 4], ḿ: ['m', 2],
};

/** The combining mark of each tone (index 1–4): macron, acute, caron, grave; NFC composes them. */
const COMBINING_MARKS = ['', '\u0304', '\u0301', '\u030c', '\u0300'];

/** The tone (1–4) of a combining tone mark (NFD), 0 for any other code. */
export function combiningTone(code: number): number {
  switch (code) {
    case 0x304: return 1;
    case 0x301: return 2;
    case 0x30c: return 3;
    case 0x300: return 4;
    default: return 0;
  }
}

/** One lowercase syllable written with tone marks or none (NFC): `háng`, `lǜ`, `le`, `ḿ`. */
export const MARKED_SYLLABLE = new RegExp(`^[a-zü${Object.keys(TONE_MARKED_LETTERS).join('')}]+$`);

/**
 * Puts a tone on a bare syllable (`ü` may be written `v`): `('lv', 3)` →
 * `lǚ`, `('gai', 3)` → `gǎi`, `('le', 5)` → `le`. Tones 0 and 5 give the
 * unmarked (neutral) syllable.
 *
 * Logic (the standard placement): on `a` or `e` if present; on the `o` of
 * `ou`; otherwise on the last of `i o u ü`; a syllable without vowels
 * (`ng`, `m`, `hm`) takes it on its `n` or `m`.
 */
export function markTone(bare: string, tone: number): string {
  const syllable = bare.replace(/v/g, 'ü');
  const mark = COMBINING_MARKS[tone];
  if (!mark) return syllable;
  let at = syllable.search(/[ae]/);
  if (at < 0) at = syllable.indexOf('ou');
  if (at < 0) {
    for (let i = syllable.length - 1; i >= 0; i--) {
      if ('iouü'.includes(syllable[i]!)) {
        at = i;
        break;
      }
    }
  }
  if (at < 0) at = syllable.search(/[nm]/);
  if (at < 0) return syllable;
  return (syllable.slice(0, at + 1) + mark + syllable.slice(at + 1)).normalize('NFC');
}

/**
 * Splits a tone-marked syllable (`gǎi`) into its bare letters and tone:
 * `{ bare: 'gai', tone: 3 }`; a syllable without a mark has tone 5 (neutral).
 */
export function splitTone(syllable: string): { bare: string; tone: number } {
  let bare = '';
  let tone = 5;
  for (const char of syllable) {
    const marked = TONE_MARKED_LETTERS[char];
    if (marked) {
      bare += marked[0];
      tone = marked[1];
    } else {
      bare += char;
    }
  }
  return { bare, tone };
}

/**
 * Renders a tone-marked syllable (as pinyin-pro writes it) in a tone style:
 * `mark` → `gǎi`, `number` → `gai3` (neutral `le5`), `none` → `gai`.
 * Erhua `r` has no tone of its own and stays `r`.
 */
export function formatSyllable(syllable: string, tone: ToneStyle): string {
  if (tone === 'mark' || syllable === 'r') return syllable;
  const split = splitTone(syllable);
  return tone === 'number' ? `${split.bare}${split.tone}` : split.bare;
}

/**
 * The tone (1–4, 5 = neutral) a syllable written in a tone style shows, or
 * `undefined` when the style writes no tone (`'none'`) or the syllable has
 * no digit: `('gǎi', 'mark')` → 3, `('dian3r', 'number')` → 3.
 */
export function toneOf(syllable: string, tone: ToneStyle): number | undefined {
  if (tone === 'none') return undefined;
  if (tone === 'mark') return splitTone(syllable).tone;
  // An erhua r may follow the digit: `dian3r`.
  const digit = /([0-5])r?$/.exec(syllable)?.[1];
  if (digit === undefined) return undefined;
  return digit === '0' ? 5 : Number(digit);
}

/**
 * `lǜ` → `lv`, `Zhōng` → `zhong`, `ḿ` → `m`: lowercase letters with the tone
 * removed and `ü` written `v`, the form the gloss scanner compares.
 */
export function bareSyllable(syllable: string): string {
  return syllable
    .normalize('NFD')
    .toLowerCase()
    .replace(/u\u0308/g, 'v')
    .replace(/[\u0300-\u036f]/g, '');
}
