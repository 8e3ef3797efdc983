import { listedReadings } from '../pinyin/charTables.js';
import { formatSyllable } from '../gloss/tones.js';
import type { ToneStyle } from '../types.js';

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
  for (const reading of listedReadings(char.codePointAt(0)!)) {
    const formatted = formatSyllable(reading, tone);
    if (!shown.includes(formatted)) shown.push(formatted);
  }
  if (shown.length < 2) return [];
  // Neutral tone is written 5 by this library, 0 by some dictionaries.
  const normalised = tone === 'number' ? current.replace(/0$/, '5') : current;
  return shown.filter((reading) => reading !== normalised);
}
