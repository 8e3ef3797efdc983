import type { ReadingDictionary } from '../types.js';
import { readTextFile } from './readWordList.js';
import { UsageError } from './UsageError.js';

/** `--dict FILE`: a JSON object word → reading (`"háng zhǎng"`, `"hang2zhang3"` or an array). */
export function readDictFile(file: string): ReadingDictionary {
  let value: unknown;
  try {
    value = JSON.parse(readTextFile('--dict', file));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`--dict ${file}: not valid JSON (${(error as Error).message})`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new UsageError(`--dict ${file}: expected a JSON object of word → reading`);
  }
  return value as ReadingDictionary;
}
