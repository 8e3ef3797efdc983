import { escapeHtml } from '../gloss/formatGloss.js';
import { needsApostrophe } from '../gloss/joinSyllables.js';
import { toneOf } from '../gloss/tones.js';
import { isHan } from '../internal/isHan.js';
import type { ToneStyle } from '../types.js';
import { otherReadings } from './otherReadings.js';

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
  /** Gives each word's card a unique id in the document. */
  nextId(): string;
}

/** What the page knows about a word beyond its pinyin (from `annotateTokens`). */
export interface WordInfo {
  readonly zhuyin?: readonly string[];
  readonly hsk?: number;
  readonly meanings?: readonly string[];
}

/**
 * A glossed word: `<ruby>改造<rt>…</rt></ruby>` inside a `.poly` span whose
 * card (`.alts`) shows its reading, its meanings, its HSK level and the other
 * readings of its characters, on hover, focus and tap. The `<rt>` holds the
 * pinyin and, when given, the zhuyin (`.py`, `.zy`): the page shows one.
 * Only the first word of the page is a Tab stop (`tabindex="0"`); the page's
 * script moves between words with the arrow keys.
 */
export function renderWord(word: string, syllables: readonly string[], context: WordContext, info: WordInfo = {}): string {
  const pinyin = renderSyllables(syllables, context.separator, context.tone, context.apostrophes);
  // Zhuyin is spaced: its syllables carry no letter that would tell where they end.
  const zhuyin = info.zhuyin ? renderZhuyin(info.zhuyin) : undefined;
  const reading = zhuyin === undefined ? pinyin : `<span class="py">${pinyin}</span><span class="zy">${zhuyin}</span>`;
  const ruby = `<ruby>${escapeHtml(word)}<rt>${reading}</rt></ruby>`;
  const lines: string[] = [`<span class="alt cr">${reading}</span>`];
  if (info.meanings && info.meanings.length > 0) lines.push(`<span class="alt mn" lang="en">${escapeHtml(info.meanings.join('; '))}</span>`);
  lines.push(`<span class="alt lv" lang="en">${info.hsk === undefined ? 'not in HSK' : `HSK ${info.hsk}`}</span>`);
  const chars = [...word].filter(isHan);
  // The engine gives one syllable per Han character; if not, no alignment can be trusted.
  if (chars.length === syllables.length) {
    chars.forEach((char, i) => {
      const others = otherReadings(char, syllables[i]!, context.tone);
      if (others.length > 0) {
        const shown = others.map((other) => renderSyllable(other, context.tone)).join(', ');
        lines.push(`<span class="alt">${escapeHtml(char)} also ${shown}</span>`);
      }
    });
  }
  const id = context.nextId();
  const level = info.hsk === undefined ? '' : ` data-h="${info.hsk}"`;
  const tabindex = id.endsWith('-1') ? '0' : '-1';
  return (
    `<span class="poly" tabindex="${tabindex}"${level} aria-describedby="${id}">${ruby}` +
    `<span class="alts" id="${id}" role="tooltip">${lines.join('')}</span></span>`
  );
}

const ZHUYIN_TONE_CLASS: Readonly<Record<string, number>> = { 'ˊ': 2, 'ˇ': 3, 'ˋ': 4, '˙': 5 };

/** Zhuyin syllables, spaced, each in its tone's class (no mark: first tone). */
function renderZhuyin(syllables: readonly string[]): string {
  const groups: string[] = [];
  for (const syllable of syllables) {
    if (syllable === 'ㄦ' && groups.length > 0) groups[groups.length - 1] += syllable;
    else groups.push(syllable);
  }
  return groups
    .map((group) => {
      const mark = group.startsWith('˙') ? '˙' : /[ˊˇˋ]/.exec(group)?.[0];
      return `<span class="t${mark === undefined ? 1 : ZHUYIN_TONE_CLASS[mark]}">${escapeHtml(group)}</span>`;
    })
    .join(' ');
}
