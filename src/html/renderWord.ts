import { escapeHtml } from '../gloss/formatGloss.js';
import { needsApostrophe } from '../gloss/joinSyllables.js';
import { splitTone } from '../pinyin/formatSyllable.js';
import { isHan } from '../internal/isHan.js';
import type { ToneStyle } from '../types.js';
import { otherReadings } from './otherReadings.js';

/**
 * The tone (1–4, 5 = neutral) a syllable shows in its style, or `undefined`
 * when the style writes no tone (`'none'`), since then there is nothing a
 * colour could repeat.
 */
export function toneOf(syllable: string, tone: ToneStyle): number | undefined {
  if (tone === 'none') return undefined;
  if (tone === 'mark') return splitTone(syllable).tone;
  // An erhua r may follow the digit: `dian3r`.
  const digit = /([0-5])r?$/.exec(syllable)?.[1];
  if (digit === undefined) return undefined;
  return digit === '0' ? 5 : Number(digit);
}

/** One syllable, wrapped in its tone class when its tone is known. */
function renderSyllable(syllable: string, tone: ToneStyle): string {
  const t = toneOf(syllable, tone);
  return t === undefined ? escapeHtml(syllable) : `<span class="t${t}">${escapeHtml(syllable)}</span>`;
}

/**
 * The syllables of one word, joined like `joinSyllables` (an erhua `r` joins
 * the syllable before it, never separated; with no separator an apostrophe
 * goes before a, o, e: `fāng'àn`), each in its tone's class so the page can
 * colour it.
 */
export function renderSyllables(syllables: readonly string[], separator: string, tone: ToneStyle, apostrophes = true): string {
  const groups: string[] = [];
  for (const syllable of syllables) {
    if (syllable === 'r' && groups.length > 0) groups[groups.length - 1] += 'r';
    else groups.push(syllable);
  }
  return groups
    .map((group, i) => {
      const between = i === 0 ? '' : separator === '' && apostrophes && needsApostrophe(group) ? "'" : separator;
      return escapeHtml(between) + renderSyllable(group, tone);
    })
    .join('');
}

export interface WordContext {
  readonly separator: string;
  readonly tone: ToneStyle;
  /** @default true */
  readonly apostrophes?: boolean;
  /** Gives each polyphone's popup a unique id in the document. */
  nextId(): string;
}

/**
 * A glossed word: `<ruby>改造<rt>…</rt></ruby>`. When one of its characters
 * has other readings, the ruby is wrapped in a focusable `.poly` span whose
 * popup lists them, so they show on hover and on keyboard focus alike.
 */
export function renderWord(word: string, syllables: readonly string[], context: WordContext): string {
  const ruby = `<ruby>${escapeHtml(word)}<rt>${renderSyllables(syllables, context.separator, context.tone, context.apostrophes)}</rt></ruby>`;
  const lines: string[] = [];
  const chars = [...word].filter(isHan);
  // The engine gives one syllable per Han character; if not, no alignment can be trusted.
  if (chars.length === syllables.length) {
    chars.forEach((char, i) => {
      const others = otherReadings(char, syllables[i]!, context.tone);
      if (others.length > 0) {
        const shown = others.map((reading) => renderSyllable(reading, context.tone)).join(', ');
        lines.push(`<span class="alt">${escapeHtml(char)} also ${shown}</span>`);
      }
    });
  }
  if (lines.length === 0) return ruby;
  const id = context.nextId();
  return (
    `<span class="poly" tabindex="0" aria-describedby="${id}">${ruby}` +
    `<span class="alts" id="${id}" role="tooltip">${lines.join('')}</span></span>`
  );
}
