import { readFileSync } from 'node:fs';
import { loadJieba } from '../segment/loadJieba.js';

/**
 * A word is rare when its frequency in jieba's dictionary (about 349,000
 * words, 60 million counts in all) is below this, or when the dictionary does
 * not have it (names, new terms). 1,000 keeps everyday words such as 改造
 * (3,846) or 居民 (6,948) plain and glosses 相邻 (480) or 迭代 (44).
 */
export const RARE_FREQUENCY = 1000;

let frequencies: Map<string, number> | undefined;

// jieba.dict.utf8 lines are `word frequency tag`; read only when 'rare' is used.
function loadFrequencies(): Map<string, number> {
  if (frequencies) return frequencies;
  const map = new Map<string, number>();
  const lines = readFileSync(loadJieba().DEFAULT_DICT, 'utf8').split('\n');
  for (const line of lines) {
    const first = line.indexOf(' ');
    if (first <= 0) continue;
    const second = line.indexOf(' ', first + 1);
    map.set(line.slice(0, first), Number(line.slice(first + 1, second === -1 ? undefined : second)));
  }
  frequencies = map;
  return map;
}

/** Whether `word` is rare (see `RARE_FREQUENCY`). */
export function isRareWord(word: string): boolean {
  const frequency = loadFrequencies().get(word);
  return frequency === undefined || frequency < RARE_FREQUENCY;
}
