import { readingForm } from '../pinyin/readingForm.js';
import { forgetDictionaryLookups } from './isDictionaryWord.js';
import { loadJieba } from './loadJieba.js';

// Words already given to nodejieba: its dictionary is process-global, so each
// word is inserted once per process.
const added = new Set<string>();

/**
 * Adds user words to nodejieba's dictionary (process-global: they stay for
 * the life of the process and apply to every later call).
 */
export function addWords(words: readonly string[]): void {
  let changed = false;
  for (const word of words) {
    // Traditional text is cut as its simplified form (segmentPiece): a
    // traditional word goes in as that form too.
    for (const form of new Set([word, readingForm(word)])) {
      if (added.has(form)) continue;
      loadJieba().insertWord(form);
      added.add(form);
      changed = true;
    }
  }
  if (changed) forgetDictionaryLookups();
}

/** Whether `word` was added through `addWords` (never cut again). */
export function isUserWord(word: string): boolean {
  return added.has(word);
}
