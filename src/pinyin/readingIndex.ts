import type { PolyphoneDefault, ReadingData } from './loadReadingData.js';

/**
 * The reading tables laid out for the engine's hot path, which runs once per
 * token of every text: lookups by code point and by a span of the text that
 * cut no string, hash none and split nothing. A `Map<string, …>` lookup of
 * `text.slice(start, end)` costs a new string and its hash each time; for
 * the listed words it was the largest cost of reading a text after
 * segmenting it (measured: docs/benchmarks.md, "Readings on text that does
 * not repeat").
 */
export interface ReadingIndex {
  /** `data.chars` by BMP code point (astral characters: `data.chars`). */
  readonly bmpChars: readonly (PolyphoneDefault | undefined)[];
  /**
   * The syllables of the listed word `text[start, end)` (`data.words`), or
   * undefined when it is not one. The array is shared: callers must not
   * change it.
   */
  word(text: string, start: number, end: number): readonly string[] | undefined;
}

let cached: { readonly data: ReadingData; readonly index: ReadingIndex } | undefined;

/** The index of `data` (`loadReadingData()`), built on first use: a few milliseconds. */
export function readingIndex(data: ReadingData): ReadingIndex {
  if (cached?.data === data) return cached.index;
  const bmpChars = new Array<PolyphoneDefault | undefined>(0x10000).fill(undefined);
  for (const [cp, known] of data.chars) if (cp <= 0xffff) bmpChars[cp] = known;
  const index: ReadingIndex = { bmpChars, word: createWordTable(data) };
  cached = { data, index };
  return index;
}

/**
 * An open-addressing hash table over `data.words`, hashed from the text's
 * code units in place. A slot holds the word's full hash (0: empty), compared
 * before the word itself (which costs a memory access to another object),
 * the word, and its reading, split into syllables the first time it is asked
 * for.
 */
function createWordTable(data: ReadingData): ReadingIndex['word'] {
  const { words: listed, wordStarts } = data;
  let size = 1;
  while (size < listed.size * 2) size *= 2;
  const mask = size - 1;
  const hashes = new Int32Array(size);
  const keys = new Array<string>(size).fill('');
  const readings = new Array<string>(size).fill('');
  const syllables = new Array<readonly string[] | undefined>(size).fill(undefined);
  for (const [word, reading] of listed) {
    const hash = hashSpan(word, 0, word.length);
    let slot = hash & mask;
    while (hashes[slot] !== 0) slot = (slot + 1) & mask;
    hashes[slot] = hash;
    keys[slot] = word;
    readings[slot] = reading;
  }
  return (text, start, end) => {
    const length = end - start;
    // Most spans are no listed word: the first unit and the length rule them out without hashing.
    if ((wordStarts[text.charCodeAt(start)]! & (1 << Math.min(length, 15))) === 0) return undefined;
    const hash = hashSpan(text, start, end);
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const found = hashes[slot]!;
      if (found === 0) return undefined;
      if (found === hash && keys[slot]!.length === length && isSpan(keys[slot]!, text, start)) return (syllables[slot] ??= readings[slot]!.split(' '));
    }
  };
}

/** FNV-1a over the UTF-16 code units of `text[start, end)`, never 0 (an empty slot). */
function hashSpan(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash === 0 ? 1 : hash;
}

/** Whether `text` holds `key` at `start`. */
function isSpan(key: string, text: string, start: number): boolean {
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
