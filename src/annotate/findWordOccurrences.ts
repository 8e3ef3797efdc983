import type { WordIndex } from './forceWords.js';

/**
 * Where the indexed words occur in `text`, as `[start, end)` pairs: left to
 * right, longest first, without overlap (`bcd` in `abcdef` given `bc`,
 * `bcd`, `cde`).
 */
export function findWordOccurrences(text: string, index: WordIndex): [start: number, end: number][] {
  const found: [number, number][] = [];
  for (let i = 0; i < text.length; ) {
    const candidates = index.get(text[i]!);
    const word = candidates?.find((candidate) => text.startsWith(candidate, i));
    if (word) {
      found.push([i, i + word.length]);
      i += word.length;
    } else {
      i++;
    }
  }
  return found;
}
