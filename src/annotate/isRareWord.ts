import { PinyinGlossError } from '../errors.js';
import { readingForm } from '../hanzi/readingForm.js';
import { nodeRequire } from '../internal/nodeRequire.js';

/**
 * A word is rare when its frequency in jieba's dictionary (about 349,000
 * words, 60 million counts in all) is below this, or when the dictionary does
 * not have it (names, new terms). 1,000 keeps everyday words such as 改造
 * (3,846) or 居民 (6,948) plain and glosses 相邻 (480) or 迭代 (44).
 */
const RARE_FREQUENCY = 1000;

let frequencies: Map<string, number> | undefined;

// nodejieba's jieba.dict.utf8, whichever backend segments: its package
// loads the native addon only on its first cut, so the file is there and
// its path known even where the addon was never built (--ignore-scripts).
function readDictionary(): string {
  const require = nodeRequire();
  let path: string;
  try {
    if (!require) throw new Error('there is no file system here (a browser)');
    path = (nodeRequire()!('nodejieba') as { DEFAULT_DICT: string }).DEFAULT_DICT;
  } catch (cause) {
    throw new PinyinGlossError(
      'SEGMENTER_LOAD_FAILED',
      `select: 'rare' reads word frequencies from nodejieba's dictionary file, which cannot be read (${(cause as Error).message}).`,
      { cause },
    );
  }
  return (require!('node:fs') as typeof import('node:fs')).readFileSync(path, 'utf8');
}

// jieba.dict.utf8 lines are `word frequency tag`; read only when 'rare' is used.
function loadFrequencies(): Map<string, number> {
  if (frequencies) return frequencies;
  const map = new Map<string, number>();
  const lines = readDictionary().split('\n');
  for (const line of lines) {
    const first = line.indexOf(' ');
    if (first <= 0) continue;
    const second = line.indexOf(' ', first + 1);
    map.set(line.slice(0, first), Number(line.slice(first + 1, second === -1 ? undefined : second)));
  }
  frequencies = map;
  return map;
}

// Chinese numerals: a learner who knows them knows 六十 or 三十 (whose
// dictionary frequencies, 423 and 747, would call them rare).
const NUMERALS = /^[零〇一二两三四五六七八九十百千万亿]+$/u;
const LONGEST_PART = 8;

/**
 * Whether the word `text` is rare (see `RARE_FREQUENCY`).
 *
 * A word below that frequency (or without one) is still not rare when it is
 * made of common words: jieba's dictionary lists everyday compounds with low
 * counts (六十八岁 4, 聚在一起 3, 一段路 3) that a learner reads from their
 * parts. The parts are cut by forward maximum matching against the frequency
 * list; a word that falls apart into single characters only (小区, a name
 * such as 张晓梅) is a word of its own, and rare.
 */
export function isRareWord(text: string): boolean {
  // Traditional words are judged as their simplified form, as jieba's
  // dictionary holds them (經濟 as 经济).
  const word = readingForm(text);
  const known = loadFrequencies();
  if (NUMERALS.test(word)) return false;
  const frequency = known.get(word);
  if (frequency !== undefined && frequency >= RARE_FREQUENCY) return false;
  const chars = [...word];
  const parts: string[] = [];
  for (let i = 0; i < chars.length; ) {
    // Never the whole word itself: its parts are what is judged.
    let length = Math.min(LONGEST_PART, chars.length - i, chars.length - 1);
    while (length > 1 && !known.has(chars.slice(i, i + length).join(''))) length--;
    parts.push(chars.slice(i, i + Math.max(length, 1)).join(''));
    i += Math.max(length, 1);
  }
  if (parts.length <= 1 || parts.every((part) => [...part].length === 1)) return true;
  return parts.some((part) => isRareWord(part));
}
