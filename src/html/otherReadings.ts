import { polyphonic } from 'pinyin-pro';
import { isHan } from '../internal/isHan.js';
import { formatSyllable } from '../pinyin/formatSyllable.js';
import type { ToneStyle } from '../types.js';

// pinyin-pro's reading lists are static data, so one lookup per character
// per process is enough; the cache is bounded by the number of characters.
const READINGS = new Map<string, readonly string[]>();

function readingsOf(char: string): readonly string[] {
  let readings = READINGS.get(char);
  if (readings === undefined) {
    const found = polyphonic(char, { type: 'array' })[0] ?? [];
    // For a character it does not know, pinyin-pro returns the character itself.
    readings = found.filter((reading) => reading !== '' && !isHan(reading));
    READINGS.set(char, readings);
  }
  return readings;
}

/**
 * The readings of a Han character other than the one it has in context, in
 * the page's tone style: `otherReadings('行', 'háng', 'mark')` →
 * `['xíng', 'hàng', 'héng']`. Empty unless the character is polyphonic in
 * that style (学生's neutral 生 is not: 生 has one reading, shēng), and for an
 * erhua `r`, whose 儿 has no reading of its own there.
 */
export function otherReadings(char: string, current: string, tone: ToneStyle): string[] {
  if (current === 'r') return [];
  const shown: string[] = [];
  for (const reading of readingsOf(char)) {
    const formatted = formatSyllable(reading, tone);
    if (!shown.includes(formatted)) shown.push(formatted);
  }
  if (shown.length < 2) return [];
  // Neutral tone is written 5 by this library, 0 by some dictionaries.
  const normalised = tone === 'number' ? current.replace(/0$/, '5') : current;
  return shown.filter((reading) => reading !== normalised);
}
