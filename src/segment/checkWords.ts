import { invalidOption } from '../internal/options.js';

/** Checks a `words` option: an array of non-empty strings. */
export function checkWords(fn: string, name: string, words: unknown): readonly string[] {
  if (words === undefined) return [];
  if (!Array.isArray(words)) throw invalidOption(fn, name, 'an array of words', words);
  for (const word of words) {
    if (typeof word !== 'string' || word.trim() === '' || /\s/.test(word)) {
      throw invalidOption(fn, name, 'an array of non-empty words without spaces', word);
    }
  }
  return words as readonly string[];
}
