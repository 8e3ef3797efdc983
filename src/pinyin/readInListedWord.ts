import type { ReadingData } from './loadReadingData.js';

/** The longest listed word looked for around a character, in UTF-16 units. */
const LONGEST = 4;

/**
 * The reading of the character at `at` (one UTF-16 unit) in the longest
 * listed word (see `loadReadingData`) that covers it and lies within
 * `text[from, to)`, or undefined when none does. Ties go to the word that
 * starts first, as in forward maximum matching.
 *
 * It reads a character whose token is not a listed word: a single character
 * that jieba did not join to its neighbours (`四角攒尖顶`: 攒尖 cuánjiān), an
 * unknown word that holds a listed one (`枇杷叶`), or any span findGlosses
 * passes that is not a word.
 */
export function readInListedWord(
  text: string,
  at: number,
  from: number,
  to: number,
  data: ReadingData,
): string | undefined {
  for (let length = Math.min(LONGEST, to - from); length >= 2; length--) {
    for (let start = Math.max(from, at - length + 1); start <= at && start + length <= to; start++) {
      if ((data.wordStarts[text.charCodeAt(start)]! & (1 << length)) === 0) continue;
      const reading = data.words.get(text.slice(start, start + length));
      if (reading !== undefined) return reading.split(' ')[syllableIndex(text, start, at)];
    }
  }
  return undefined;
}

/** How many characters (code points) `text[start, at)` holds: 𬘡缊 has two. */
function syllableIndex(text: string, start: number, at: number): number {
  let index = 0;
  for (let i = start; i < at; i += text.codePointAt(i)! > 0xffff ? 2 : 1) index++;
  return index;
}
