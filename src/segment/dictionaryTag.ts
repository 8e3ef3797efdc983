import type { Jieba } from './createJiebaLoader.js';
import { loadJieba } from './loadJieba.js';

// Memoised per backend: the name step asks about few words (those before a place suffix).
const MAX_MEMO = 10_000;
const memos = new WeakMap<Jieba, Map<string, string | undefined>>();

/**
 * Jieba's part-of-speech tag of `word` in the running call's segmenter
 * dictionary (`ns` place, `nz` other proper noun, `n` noun, `v` verb …), or
 * `undefined` when the dictionary does not hold it as one word.
 */
export function dictionaryTag(word: string): string | undefined {
  const jieba = loadJieba();
  let memo = memos.get(jieba);
  if (!memo || memo.size >= MAX_MEMO) memos.set(jieba, (memo = new Map()));
  if (memo.has(word)) return memo.get(word);
  const tag = jieba.tagOf(word);
  memo.set(word, tag);
  return tag;
}
