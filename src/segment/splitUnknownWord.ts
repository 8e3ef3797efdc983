import { FUNCTION_CHARS } from '../hanzi/functionChars.js';

/**
 * Logic: jieba's HMM joins runs of characters that its dictionary left
 * single. That keeps names whole (黄晓庆), but it also glues grammar onto
 * words (起了, 大的, 更多地). A word the dictionary does not know is therefore
 * cut again: function characters at its edges come off one by one, and a word
 * with a function character inside falls back to single characters, which is
 * what jieba's dictionary path gives.
 *
 * Returns the lengths (UTF-16) of the pieces, or `undefined` to keep the word.
 */
export function splitUnknownWord(word: string): number[] | undefined {
  const chars = Array.from(word);
  let first = 0;
  let last = chars.length;
  while (first < last && FUNCTION_CHARS.has(chars[first]!)) first++;
  while (last > first && FUNCTION_CHARS.has(chars[last - 1]!)) last--;
  if (first === 0 && last === chars.length && !chars.some((char) => FUNCTION_CHARS.has(char))) return undefined;
  const middle = chars.slice(first, last);
  const middleIsWord = middle.length >= 2 && !middle.some((char) => FUNCTION_CHARS.has(char));
  const lengths: number[] = [];
  for (let i = 0; i < first; i++) lengths.push(chars[i]!.length);
  if (middleIsWord) lengths.push(middle.join('').length);
  else for (const char of middle) lengths.push(char.length);
  for (let i = last; i < chars.length; i++) lengths.push(chars[i]!.length);
  return lengths;
}

/** FUNCTION_CHARS by UTF-16 unit (all are BMP): read per word of every cut, so no string is made. */
const FUNCTION_UNITS = new Uint8Array(0x10000);
for (const char of FUNCTION_CHARS) FUNCTION_UNITS[char.charCodeAt(0)] = 1;

/** Whether `word` holds a function character (fast check before splitting). */
export function hasFunctionChar(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (FUNCTION_UNITS[word.charCodeAt(i)] === 1) return true;
  return false;
}
