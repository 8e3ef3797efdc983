import type { HskVersion } from '../types.js';
import { HSK_2_0, HSK_3_0 } from './hskData.generated.js';

/** The highest level of each syllabus (3.0's 7 stands for bands 7–9). */
export const HSK_MAX_LEVEL: Readonly<Record<HskVersion, number>> = { '3.0': 7, '2.0': 6 };

const tables: Partial<Record<HskVersion, ReadonlyMap<string, number>>> = {};

// Parsed on first use, never at import.
function table(version: HskVersion): ReadonlyMap<string, number> {
  let map = tables[version];
  if (map) return map;
  const built = new Map<string, number>();
  const lists = version === '3.0' ? HSK_3_0 : HSK_2_0;
  lists.forEach((list, index) => {
    // A word listed at two levels counts at the lower one.
    for (const word of list.split(' ')) if (word !== '' && !built.has(word)) built.set(word, index + 1);
  });
  tables[version] = map = built;
  return map;
}

// Chinese numerals: 三十五 or 两千 are not listed, but a learner reads them from their characters.
const NUMERALS = /^[零〇一二两三四五六七八九十百千万亿]+$/u;
const NUMERAL = /[零〇一二两三四五六七八九十百千万亿]/u;
/** The longest word looked for inside an unlisted one. */
const LONGEST_PART = 8;

/**
 * The HSK level at which a learner meets `word` (simplified: pass the
 * reading form of traditional text), or `undefined` when the syllabus does
 * not list it and a learner cannot read it from listed parts.
 *
 * Logic, for a word the syllabus does not list:
 * - a number in Chinese numerals takes the highest level of its characters
 *   (三十五 → level 1);
 * - an erhua word takes the level of the word without its 儿 (门口儿);
 * - a word the segmenter made of listed words (讨论方案, 银行大厅, 两个,
 *   三十五个) takes the highest level among them: its parts are cut by
 *   forward maximum matching, a number as one part. A word that falls
 *   apart into single characters only is a word of its own (行长 is not
 *   行 xíng + 长 cháng; a name such as 黄晓庆), so it has no level.
 */
export function hskLevel(word: string, version: HskVersion): number | undefined {
  const levels = table(version);
  const listed = levels.get(word);
  if (listed !== undefined) return listed;
  if (word.length < 2) return undefined;
  if (NUMERALS.test(word)) return numberLevel(word, levels);
  if (word.length > 2 && word.endsWith('儿')) {
    const stem = levels.get(word.slice(0, -1));
    if (stem !== undefined) return stem;
  }
  const chars = [...word];
  let highest = 0;
  let longestPart = 1;
  for (let i = 0; i < chars.length; ) {
    let length = 1;
    let level: number | undefined;
    if (NUMERAL.test(chars[i]!)) {
      while (i + length < chars.length && NUMERAL.test(chars[i + length]!)) length++;
      level = numberLevel(chars.slice(i, i + length).join(''), levels);
      // A number and its measure word (两个, 一排) read as such: the number counts as a word.
      longestPart = 2;
    } else {
      // Never the whole word itself (it is not listed).
      length = Math.min(LONGEST_PART, chars.length - i, chars.length - 1);
      while (length > 1 && !levels.has(chars.slice(i, i + length).join(''))) length--;
      level = levels.get(chars.slice(i, i + length).join(''));
    }
    if (level === undefined) return undefined;
    highest = Math.max(highest, level);
    longestPart = Math.max(longestPart, length);
    i += length;
  }
  return longestPart === 1 ? undefined : highest;
}

/** A number's level: the highest of its characters', each listed alone (〇 as 零). */
function numberLevel(number: string, levels: ReadonlyMap<string, number>): number | undefined {
  let highest = 0;
  for (const char of number) {
    const level = levels.get(char === '〇' ? '零' : char);
    if (level === undefined) return undefined;
    highest = Math.max(highest, level);
  }
  return highest;
}
