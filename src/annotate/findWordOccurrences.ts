import type { WordIndex } from './forceWords.js';

/**
 * Where the indexed words occur in `text`, as `[start, end)` pairs: left to
 * right, longest first, without overlap (`bcd` in `abcdef` given `bc`,
 * `bcd`, `cde`).
 */
export function findWordOccurrences(text: string, index: WordIndex): [start: number, end: number][] {
  const found: [number, number][] = [];
  for (let i = 0; i < text.length; ) {
    const entry = index.get(text[i]!);
    const length = entry?.lengths.find((candidate) => entry.words.has(text.slice(i, i + candidate))) ?? 0;
    if (length > 0) {
      found.push([i, i + length]);
      i += length;
    } else {
      i++;
    }
  }
  return found;
}
