import { loadJieba } from './loadJieba.js';

// Answers are memoised: the same few thousand words come back all the time.
const MAX_MEMO = 100_000;
let memo = new Map<string, boolean>();

/** Whether jieba's dictionary (with user words) holds `word` as one word. */
export function isDictionaryWord(word: string): boolean {
  let known = memo.get(word);
  if (known === undefined) {
    // Without HMM, jieba keeps a word whole only if its dictionary has it.
    known = loadJieba().cut(word).length === 1;
    if (memo.size >= MAX_MEMO) memo = new Map();
    memo.set(word, known);
  }
  return known;
}

/** Drops memoised answers (after user words were added). */
export function forgetDictionaryLookups(): void {
  memo = new Map();
}
