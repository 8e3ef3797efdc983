import { readingForm } from '../hanzi/readingForm.js';
import type { Jieba } from './createJiebaLoader.js';
import { forgetDictionaryLookups, isDictionaryWord } from './isDictionaryWord.js';
import { loadJieba } from './loadJieba.js';

// Words already given to each backend: a backend's dictionary is
// process-global, so each word is inserted once per process and backend.
const added = new WeakMap<Jieba, Set<string>>();

function addedTo(jieba: Jieba): Set<string> {
  let words = added.get(jieba);
  if (!words) added.set(jieba, (words = new Set()));
  return words;
}

/**
 * Adds user words to the running call's segmenter dictionary
 * (process-global: they stay for the life of the process and apply to every
 * later call with that segmenter).
 */
export function addWords(words: readonly string[]): void {
  if (words.length === 0) return;
  const jieba = loadJieba();
  const known = addedTo(jieba);
  let changed = false;
  for (const word of words) {
    // Traditional text is cut as its simplified form (segmentPiece): a
    // traditional word goes in as that form too.
    for (const form of new Set([word, readingForm(word)])) {
      if (known.has(form)) continue;
      known.add(form);
      // Inserting a word the dictionary holds already lowers its weight:
      // jieba then cuts it, and words around it, otherwise (中国力学家 →
      // 中|国力|学家). Such a word is kept whole as it is.
      if (isDictionaryWord(form)) continue;
      jieba.insertWord(form);
      changed = true;
    }
  }
  if (changed) forgetDictionaryLookups(jieba);
}

/** Whether `word` was added through `addWords` to the running call's segmenter (never cut again). */
export function isUserWord(word: string): boolean {
  return added.get(loadJieba())?.has(word) ?? false;
}
