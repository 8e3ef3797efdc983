import { splitTone } from '../gloss/tones.js';
import type { ReadingData } from './loadReadingData.js';

const YI = 0x4e00;

/** Characters after which 一/不 keep their citation tone (pinyin-pro's list). */
const IGNORED_AFTER: Record<string, string> = { '一': '的而之后也还是', '不': '的而之后也还地' };

/**
 * The reading of 一 or 不 at `at` (code point `cp`).
 *
 * Logic (the standard tone sandhi, as pinyin-pro applies it):
 * - Without `sandhi`: the citation tones yī and bù.
 * - Between a character and its repeat (说一说, 好不好): neutral yi/bu.
 * - Before a fourth tone: yí/bú (一样, 不对); 一 before a first, second or
 *   third tone: yì (一天, 一年, 一点).
 * - At the end, before a non-Han character, or before 的/而/之/… : citation.
 */
export function readYiBu(text: string, at: number, cp: number, sandhi: boolean, data: ReadingData): string {
  const citation = cp === YI ? 'yī' : 'bù';
  if (!sandhi) return citation;
  const before = text[at - 1];
  const after = text[at + 1];
  if (after === undefined) return citation;
  const next = data.defaults[after.charCodeAt(0)];
  if (next === undefined) return citation;
  if (before === after) return cp === YI ? 'yi' : 'bu';
  if (IGNORED_AFTER[text[at]!]!.includes(after)) return citation;
  const tone = splitTone(data.chars.get(after.charCodeAt(0))?.inWord ?? next).tone;
  if (tone === 4) return cp === YI ? 'yí' : 'bú';
  if (cp === YI && tone !== 5) return 'yì';
  return citation;
}
