import { CharPairTable } from './charPairTable.js';
import type { Jieba } from './createJiebaLoader.js';
import { loadJieba } from './loadJieba.js';

// Answers are memoised per backend: the same few thousand words come back all the time.
const MAX_MEMO = 100_000;

/** A backend's memoised answers: two-unit words by their units (most asked, no string hashed), longer ones by string. */
interface Memo {
  readonly pairs: CharPairTable;
  readonly words: Map<string, boolean>;
}
const memos = new WeakMap<Jieba, Memo>();
/** The memo asked last and its backend: a call's backend seldom changes, and this skips the WeakMap. */
let lastJieba: Jieba | undefined;
let lastMemo: Memo | undefined;

/** Values in `Memo.pairs`. */
const KNOWN = 1;
const UNKNOWN = 2;

function memoFor(jieba: Jieba): Memo {
  if (jieba === lastJieba && lastMemo!.pairs.size < MAX_MEMO && lastMemo!.words.size < MAX_MEMO) return lastMemo!;
  let memo = memos.get(jieba);
  if (!memo || memo.pairs.size >= MAX_MEMO || memo.words.size >= MAX_MEMO) memos.set(jieba, (memo = { pairs: new CharPairTable(), words: new Map() }));
  lastJieba = jieba;
  lastMemo = memo;
  return memo;
}

/** Whether jieba's dictionary (with user words) of the running call's segmenter holds `word` as one word. */
export function isDictionaryWord(word: string): boolean {
  const jieba = loadJieba();
  const memo = memoFor(jieba);
  if (word.length === 2) {
    const answer = memo.pairs.getAt(word, 0);
    if (answer !== 0) return answer === KNOWN;
    const known = isWholeWithoutHmm(jieba, word);
    memo.pairs.set(word.charCodeAt(0), word.charCodeAt(1), known ? KNOWN : UNKNOWN);
    return known;
  }
  let known = memo.words.get(word);
  if (known === undefined) {
    known = isWholeWithoutHmm(jieba, word);
    memo.words.set(word, known);
  }
  return known;
}

/** Without HMM, jieba keeps a word whole only if its dictionary has it. */
function isWholeWithoutHmm(jieba: Jieba, word: string): boolean {
  return jieba.cut(word, false).length === 1;
}

/** Drops a backend's memoised answers (after user words were added). */
export function forgetDictionaryLookups(jieba: Jieba): void {
  memos.delete(jieba);
  if (jieba === lastJieba) lastJieba = lastMemo = undefined;
}
