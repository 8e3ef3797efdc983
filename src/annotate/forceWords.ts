import { findWordOccurrences } from './findWordOccurrences.js';
import type { Token } from '../types.js';

/** Finds given words in text: candidates indexed by their first code unit, longest first. */
export type WordIndex = ReadonlyMap<string, readonly string[]>;

export function createWordIndex(words: Iterable<string>): WordIndex {
  const index = new Map<string, string[]>();
  for (const word of words) {
    const list = index.get(word[0]!) ?? [];
    list.push(word);
    index.set(word[0]!, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}

/**
 * Re-cuts `tokens` (covering `text`) so that every occurrence of an indexed
 * word is exactly one token: `dict` overrides must apply even where jieba's
 * dictionary prefers a longer word (银行行长 → 银行 + 行长 when 行长 has an
 * override) or splits the word. Occurrences are found left to right, longest
 * first, without overlap; other token boundaries stay.
 */
export function forceWords(text: string, tokens: readonly Token[], index: WordIndex): readonly Token[] {
  const found = findWordOccurrences(text, index);
  if (found.length === 0) return tokens;
  // Token ends, minus those inside an occurrence, plus the occurrences' ends.
  const cuts: number[] = [];
  let next = 0; // index into `found`
  for (const token of tokens) {
    while (next < found.length && found[next]![1] <= token.start) next++;
    const occurrence = found[next];
    if (occurrence && occurrence[0] < token.end && token.end < occurrence[1]) continue;
    cuts.push(token.end);
  }
  for (const [start, end] of found) cuts.push(start, end);
  cuts.sort((a, b) => a - b);
  const result: Token[] = [];
  let start = 0;
  for (const end of cuts) {
    if (end <= start) continue;
    result.push({ text: text.slice(start, end), start, end });
    start = end;
  }
  return result;
}
