import { isHanCodePoint } from '../internal/isHan.js';
import { invalidOption } from '../internal/options.js';
import { splitTone } from '../gloss/tones.js';
import { charReadings } from '../pinyin/charReadings.js';
import { bareSyllable } from '../gloss/tones.js';
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
    checkReadable(fn, word, syllables, reading);
    parsed.set(word, syllables);
  }
  return parsed;
}

/**
 * Guarantee 1 (`strip(annotate(x)) === x`) holds only for glosses strip can
 * read back: each syllable must be a known reading of its character, and a
 * syllable without a tone must be one of its neutral-tone readings. Anything
 * else is refused here rather than written as a gloss strip would keep.
 */
function checkReadable(fn: string, word: string, syllables: readonly string[], reading: unknown): void {
  let index = 0;
  for (const char of word) {
    const codePoint = char.codePointAt(0)!;
    if (!isHanCodePoint(codePoint)) continue;
    const syllable = syllables[index++]!;
    const bare = bareSyllable(syllable);
    const toneless = splitTone(syllable).tone === 5;
    const known = charReadings(codePoint)?.some(
      (candidate) => candidate.bare === bare && (!toneless || candidate.neutral),
    );
    if (!known) {
      const what = toneless ? `a neutral-tone reading of ${char}` : `a reading of ${char}`;
      throw invalidOption(fn, `dict['${word}']`, `pinyin whose every syllable is a known reading of its character ('${syllable}' is not ${what})`, reading);
    }
  }
}
