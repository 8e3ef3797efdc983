import { isHanCodePoint } from '../internal/isHan.js';
import { listedReadings } from '../pinyin/charTables.js';

/** Whether a Han character of `word` has more than one reading (pinyin-pro's lists, from the generated tables). */
export function isPolyphonic(word: string): boolean {
  for (const char of word) {
    const codePoint = char.codePointAt(0)!;
    if (isHanCodePoint(codePoint) && listedReadings(codePoint).length > 1) return true;
  }
  return false;
}
