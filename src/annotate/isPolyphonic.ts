import { polyphonic } from 'pinyin-pro';
import { isHanCodePoint } from '../internal/isHan.js';

const memo = new Map<string, boolean>();

/** Whether a Han character of `word` has more than one reading (pinyin-pro's `polyphonic`). */
export function isPolyphonic(word: string): boolean {
  for (const char of word) {
    if (!isHanCodePoint(char.codePointAt(0)!)) continue;
    let many = memo.get(char);
    if (many === undefined) {
      many = (polyphonic(char, { type: 'array' })[0]?.length ?? 0) > 1;
      memo.set(char, many);
    }
    if (many) return true;
  }
  return false;
}
