import type { Jieba } from './createJiebaLoader.js';
import { loadJieba } from './loadJieba.js';

// Answers are memoised per backend: the same few thousand words come back all the time.
const MAX_MEMO = 100_000;
const memos = new WeakMap<Jieba, Map<string, boolean>>();

/** Whether jieba's dictionary (with user words) of the running call's segmenter holds `word` as one word. */
export function isDictionaryWord(word: string): boolean {
  const jieba = loadJieba();
  let memo = memos.get(jieba);
  if (!memo || memo.size >= MAX_MEMO) memos.set(jieba, (memo = new Map()));
  let known = memo.get(word);
  if (known === undefined) {
    // Without HMM, jieba keeps a word whole only if its dictionary has it.
    known = jieba.cut(word, false).length === 1;
    memo.set(word, known);
  }
  return known;
}

/** Drops a backend's memoised answers (after user words were added). */
export function forgetDictionaryLookups(jieba: Jieba): void {
  memos.delete(jieba);
}
