import { convert } from 'pinyin-pro';
import { isHanCodePoint } from '../internal/isHan.js';
import { invalidOption } from '../internal/options.js';
import type { ReadingDictionary } from '../types.js';

// One syllable with a tone digit: `hang2`, `lu:4`, `lv4`, `le5`, `le0`, `r`.
const NUMBERED = /[a-zü:]+[0-5]?/gi;

/**
 * Parses one `dict` entry into tone-marked syllables (NFC, as pinyin-pro
 * writes them): `'háng zhǎng'`, `'hang2zhang3'`, `'hang2 zhang3'` or
 * `['háng', 'zhǎng']`. Tone-marked syllables must be separated (by a space,
 * `'`, `-` or `·`); numbered ones may be joined. Returns `undefined` if the
 * entry is not pinyin.
 */
export function parseReading(reading: string | readonly string[]): string[] | undefined {
  const parts = typeof reading === 'string' ? reading.normalize('NFC').trim().split(/[\s'’\-·]+/) : [...reading];
  const syllables: string[] = [];
  for (const part of parts) {
    if (typeof part !== 'string' || part === '') return undefined;
    const normal = part.normalize('NFC').toLowerCase();
    if (/[0-5]/.test(normal)) {
      const numbered = normal.match(NUMBERED);
      if (!numbered || numbered.join('') !== normal) return undefined;
      for (const syllable of numbered) syllables.push(toMarks(syllable));
    } else if (/^[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+$/.test(normal)) {
      syllables.push(normal);
    } else {
      return undefined;
    }
  }
  return syllables;
}

function toMarks(numbered: string): string {
  const plain = numbered.replace(/u:|v/g, 'ü');
  const digit = plain.at(-1)!;
  if (digit === '5' || digit === '0') return plain.slice(0, -1);
  if (!/[1-4]/.test(digit)) return plain;
  return convert(plain, { format: 'numToSymbol' });
}

/** Counts the Han characters of a word. */
export function countHan(word: string): number {
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
