import type { BracketStyle } from '../types.js';
import { JoinedText, joinSyllables, writeSyllables, type TextSink } from './joinSyllables.js';
import { spellProperNoun } from './spellProperNoun.js';

/**
 * How a gloss spells a name with `properNouns: 'capitalize'`: as the pinyin
 * standard writes it (`spellProperNoun`), `surnameLength` syllables of it a
 * Chinese surname written as a word of its own (0: one word).
 */
export interface ProperNounSpelling {
  readonly surnameLength: number;
}

const BRACKETS: Readonly<Record<BracketStyle, readonly [open: string, close: string]>> = {
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
  properNoun?: ProperNounSpelling,
): string {
  const gloss = new JoinedText();
  writeGloss(gloss, syllables, separator, brackets, apostrophes, properNoun);
  return gloss.text;
}

/**
 * `formatGloss`, its parts appended to `sink`: annotating a text writes
 * every gloss so, making no string for it (see TextBuilder).
 */
export function writeGloss(
  sink: TextSink,
  syllables: readonly string[],
  separator: string,
  brackets: BracketStyle,
  apostrophes: boolean,
  properNoun: ProperNounSpelling | undefined,
): void {
  const [open, close] = BRACKETS[brackets];
  sink.append(open);
  if (properNoun) sink.append(spellProperNoun(syllables, properNoun.surnameLength, apostrophes));
  else writeSyllables(sink, syllables, separator, apostrophes);
  sink.append(close);
}

/** The body of a gloss: syllables joined, or a name spelled as the standard writes it. */
function spellGloss(syllables: readonly string[], separator: string, apostrophes: boolean, properNoun: ProperNounSpelling | undefined): string {
  return properNoun ? spellProperNoun(syllables, properNoun.surnameLength, apostrophes) : joinSyllables(syllables, separator, apostrophes);
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}

/** Ruby output: `<ruby>改造<rt>gǎizào</rt></ruby>`; the word is HTML-escaped. */
export function formatRuby(
  word: string,
  syllables: readonly string[],
  separator = '',
  apostrophes = true,
  properNoun?: ProperNounSpelling,
): string {
  return `<ruby>${escapeHtml(word)}<rt>${escapeHtml(spellGloss(syllables, separator, apostrophes, properNoun))}</rt></ruby>`;
}
