import type { BracketStyle } from '../types.js';
import { joinSyllables } from './joinSyllables.js';

export const BRACKETS: Readonly<Record<BracketStyle, readonly [open: string, close: string]>> = {
  ascii: ['(', ')'],
  fullwidth: ['（', '）'],
};

/**
 * The one place that writes a gloss: `['gǎi', 'zào']` → `(gǎizào)`,
 * `['fāng', 'àn']` → `(fāng'àn)`. Syllables are already in their tone
 * style; they are joined by `joinSyllables` (apostrophes, erhua `r`).
 */
export function formatGloss(
  syllables: readonly string[],
  separator = '',
  brackets: BracketStyle = 'ascii',
  apostrophes = true,
): string {
  const [open, close] = BRACKETS[brackets];
  return open + joinSyllables(syllables, separator, apostrophes) + close;
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}

/** Ruby output: `<ruby>改造<rt>gǎizào</rt></ruby>`; the word is HTML-escaped. */
export function formatRuby(word: string, syllables: readonly string[], separator = '', apostrophes = true): string {
  return `<ruby>${escapeHtml(word)}<rt>${escapeHtml(joinSyllables(syllables, separator, apostrophes))}</rt></ruby>`;
}
