import { isHanCodePoint } from '../internal/isHan.js';
import type { Token } from '../types.js';

type Reading = readonly string[] | undefined;

/**
 * Cuts tokens at the offsets `at` (ascending) that fall strictly inside
 * them; each part keeps the syllables of its own Han characters, as read
 * in the whole token (`银行行长` read yínháng hángzhǎng, cut to `银行` +
 * `行长`: 行长 keeps hángzhǎng). A part of a token whose reading does not give
 * one syllable per Han character gets no reading.
 *
 * Returns the same arrays when no offset falls inside a token.
 */
export function splitTokens(
  tokens: readonly Token[],
  readings: readonly Reading[],
  at: readonly number[],
): { tokens: readonly Token[]; readings: readonly Reading[] } {
  const outTokens: Token[] = [];
  const outReadings: Reading[] = [];
  let next = 0; // index into `at`
  let changed = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const reading = readings[i];
    while (next < at.length && at[next]! <= token.start) next++;
    if (next === at.length || at[next]! >= token.end) {
      outTokens.push(token);
      outReadings.push(reading);
      continue;
    }
    changed = true;
    const aligned = reading !== undefined && reading.length === countHan(token.text);
    let start = token.start;
    let syllable = 0;
    while (start < token.end) {
      while (next < at.length && at[next]! <= start) next++;
      const end = next < at.length && at[next]! < token.end ? at[next++]! : token.end;
      const text = token.text.slice(start - token.start, end - token.start);
      const han = countHan(text);
      outTokens.push({ text, start, end });
      outReadings.push(aligned && han > 0 ? reading.slice(syllable, syllable + han) : undefined);
      syllable += han;
      start = end;
    }
  }
  return changed ? { tokens: outTokens, readings: outReadings } : { tokens, readings };
}

function countHan(text: string): number {
  let count = 0;
  for (const char of text) if (isHanCodePoint(char.codePointAt(0)!)) count++;
  return count;
}
