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
    if (added.has(word)) continue;
    loadJieba().insertWord(word);
    added.add(word);
    changed = true;
  }
  if (changed) forgetDictionaryLookups();
}

/** Whether `word` was added through `addWords` (never cut again). */
export function isUserWord(word: string): boolean {
  return added.has(word);
}
