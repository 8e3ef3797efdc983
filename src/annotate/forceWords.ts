import { findWordOccurrences } from './findWordOccurrences.js';
import type { Token } from '../types.js';

/**
 * Given words, for finding them in text: by their first code unit, the
 * lengths they come in (longest first) and the words themselves. A lookup
 * costs one slice per length, however many words share a first character
 * (a 5,000-word list has dozens starting with 不).
 */
export type WordIndex = ReadonlyMap<string, { readonly lengths: readonly number[]; readonly words: ReadonlySet<string> }>;

export function createWordIndex(words: Iterable<string>): WordIndex {
  const index = new Map<string, { lengths: number[]; words: Set<string> }>();
  for (const word of words) {
    if (word === '') continue;
    const entry = index.get(word[0]!) ?? { lengths: [], words: new Set<string>() };
    if (!entry.lengths.includes(word.length)) entry.lengths.push(word.length);
    entry.words.add(word);
    index.set(word[0]!, entry);
  }
  for (const entry of index.values()) entry.lengths.sort((a, b) => b - a);
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
