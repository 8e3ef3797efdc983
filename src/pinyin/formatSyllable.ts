import type { ToneStyle } from '../types.js';

// Tone-marked vowels → [bare vowel, tone]. `ü` stays `ü` in every style.
const MARKED: Readonly<Record<string, readonly [string, number]>> = {
  ā: ['a', 1], á: ['a', 2], ǎ: ['a', 3], à: ['a', 4],
  ē: ['e', 1], é: ['e', 2], ě: ['e', 3], è: ['e', 4],
  ī: ['i', 1], í: ['i', 2], ǐ: ['i', 3], ì: ['i', 4],
  ō: ['o', 1], ó: ['o', 2], ǒ: ['o', 3], ò: ['o', 4],
  ū: ['u', 1], ú: ['u', 2], ǔ: ['u', 3], ù: ['u', 4],
  ǖ: ['ü', 1], ǘ: ['ü', 2], ǚ: ['ü', 3], ǜ: ['ü', 4],
  ń: ['n', 2], ň: ['n', 3], ǹ: ['n', 4], ḿ: ['m', 2],
};

/**
 * Splits a tone-marked syllable (`gǎi`) into its bare letters and tone:
 * `{ bare: 'gai', tone: 3 }`; a syllable without a mark has tone 5 (neutral).
 */
export function splitTone(syllable: string): { bare: string; tone: number } {
  let bare = '';
  let tone = 5;
  for (const char of syllable) {
    const marked = MARKED[char];
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
