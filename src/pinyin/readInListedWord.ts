import type { ReadingData } from './loadReadingData.js';
import { readingIndex } from './readingIndex.js';
import type { Token } from '../types.js';

/**
 * Particles that jieba left standing alone: never joined into a listed word
 * (传说中的 is zhōng de, not the listed 中的 zhòngdì "hit the target").
 */
const PARTICLES = new Set(['的', '了', '着', '过'].map((char) => char.charCodeAt(0)));

/** The longest listed word looked for around a character, in UTF-16 units. */
const LONGEST = 4;

/** Every start and end allowed (see `readInListedWord`'s `starts` and `ends`). */
const ANY = 0xff;

/**
 * The reading of the character at `at` (one UTF-16 unit) in the longest
 * listed word (see `loadReadingData`) that covers it and lies within
 * `text[from, to)`, or undefined when none does. Ties go to the word that
 * starts first, as in forward maximum matching. `starts` and `ends` may
 * refuse spans: bit d of `starts` allows a word starting at `at - d`, bit d
 * of `ends` one ending at `at + d` (masks, not a callback: this runs for
 * many tokens of every text).
 *
 * It reads a character whose token is not a listed word: an unknown word
 * that holds a listed one (`枇杷叶`), or any span findGlosses passes that is
 * not a word. (A one-character token: `readInJoinedTokens`.)
 */
export function readInListedWord(
  text: string,
  at: number,
  from: number,
  to: number,
  data: ReadingData,
  starts = ANY,
  ends = ANY,
): string | undefined {
  const index = readingIndex(data);
  for (let length = Math.min(LONGEST, to - from); length >= 2; length--) {
    for (let start = Math.max(from, at - length + 1); start <= at && start + length <= to; start++) {
      if (((starts >> (at - start)) & 1) === 0 || ((ends >> (start + length - at)) & 1) === 0) continue;
      const reading = index.word(text, start, start + length);
      if (reading !== undefined) return reading[syllableIndex(text, start, at)];
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

/**
 * The reading of the one-unit token `tokens[index]` in the longest listed
 * word (within LONGEST units) that it forms with whole neighbouring tokens,
 * never with a lone particle: a segmenter that split 心|脏 still gets 心脏
 * xīnzàng, but in 传说|中|的 neither the listed 说中 shuōzhòng (it would cut
 * the word 传说) nor 中的 zhòngdì (the particle 的) counts. A side
 * where no token touches this one (findGlosses passes only glossed spans) is
 * open: any listed word reaching into it counts. Ties go to the word that
 * starts first.
 */
export function readInJoinedTokens(
  text: string,
  tokens: readonly Token[],
  index: number,
  data: ReadingData,
): string | undefined {
  const at = tokens[index]!.start;
  const joins = (i: number) => tokens[i]!.end - tokens[i]!.start !== 1 || !PARTICLES.has(text.charCodeAt(tokens[i]!.start));
  // The token boundaries a word may start or end at, as bit masks (see readInListedWord).
  let starts = 1;
  for (let i = index - 1; i >= 0 && tokens[i]!.end === tokens[i + 1]!.start && at - tokens[i]!.start < LONGEST && joins(i); i--) {
    starts |= 1 << (at - tokens[i]!.start);
  }
  let ends = 1 << 1;
  for (let i = index + 1; i < tokens.length && tokens[i]!.start === tokens[i - 1]!.end && tokens[i]!.end - at <= LONGEST && joins(i); i++) {
    ends |= 1 << (tokens[i]!.end - at);
  }
  const openBefore = index === 0 || tokens[index - 1]!.end !== at;
  const openAfter = index === tokens.length - 1 || tokens[index + 1]!.start !== at + 1;
  return readInListedWord(text, at, Math.max(0, at - LONGEST + 1), Math.min(text.length, at + LONGEST), data, openBefore ? ANY : starts, openAfter ? ANY : ends);
}
