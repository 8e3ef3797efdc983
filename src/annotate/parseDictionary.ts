import { isHanCodePoint } from '../internal/isHan.js';
import { invalidOption } from '../internal/options.js';
import type { ReadingDictionary } from '../types.js';
import { parseReading } from './parseReading.js';

/** Counts the Han characters of a word. */
function countHan(word: string): number {
  let count = 0;
  for (const char of word) if (isHanCodePoint(char.codePointAt(0)!)) count++;
  return count;
}

/**
 * Checks and parses the `dict` option: each entry must give one syllable per
 * Han character of its word.
 */
export function parseDictionary(fn: string, dict: unknown): ReadonlyMap<string, readonly string[]> {
  const parsed = new Map<string, readonly string[]>();
  if (dict === undefined) return parsed;
  if (dict === null || typeof dict !== 'object' || Array.isArray(dict)) {
    throw invalidOption(fn, 'dict', 'an object mapping words to readings', dict);
  }
  for (const [word, reading] of Object.entries(dict as ReadingDictionary)) {
    const han = countHan(word);
    if (han === 0 || /\s/.test(word)) throw invalidOption(fn, `dict['${word}']`, 'keyed by a word with Han characters', word);
    const syllables = typeof reading === 'string' || Array.isArray(reading) ? parseReading(reading) : undefined;
    if (!syllables) {
      throw invalidOption(fn, `dict['${word}']`, "pinyin such as 'háng zhǎng', 'hang2zhang3' or ['háng', 'zhǎng']", reading);
    }
    if (syllables.length !== han) {
      throw invalidOption(fn, `dict['${word}']`, `${han} syllable(s), one per Han character`, reading);
    }
    parsed.set(word, syllables);
  }
  return parsed;
}
