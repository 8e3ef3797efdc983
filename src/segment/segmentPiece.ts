import { isHanCodePoint } from '../internal/isHan.js';
import { readingForm } from '../pinyin/readingForm.js';
import type { Token } from '../types.js';
import { isUserWord } from './addWords.js';
import { isDictionaryWord } from './isDictionaryWord.js';
import { looksLikePersonName, recognizeNames } from './recognizeNames.js';
import { loadJieba } from './loadJieba.js';
import { hasFunctionChar, splitUnknownWord } from './splitUnknownWord.js';

/**
 * Segments one piece of text into tokens covering it exactly, with offsets
 * counted from `offset`, appended to `tokens` (which is returned).
 *
 * Logic:
 * - jieba with HMM (its MixSegment): dictionary words, plus runs of letters,
 *   digits (`3.14`) and unknown words such as names (黄晓庆) kept whole.
 * - Traditional text is cut as its simplified form, character for character
 *   (same offsets): jieba's dictionary is simplified, and would leave 經開區
 *   in single characters or glue them by HMM where 经开区 is a word. `simple`
 *   is that form (`readingForm(text)`), for a caller that has it already.
 * - Unknown words glued to grammar by the HMM (起了) are cut again
 *   (`splitUnknownWord`), unless they look like a person's name (李宝均,
 *   黄有泉: names may hold such characters).
 * - Names are joined and labelled (`recognizeNames`: 郭|少华 → 郭少华,
 *   person; 大湾|区 → 大湾区, place).
 * - Token text is sliced from the input, never taken from jieba: jieba sees
 *   UTF-8, so a lone surrogate comes back as U+FFFD (same length). Should
 *   jieba's words ever not add up to the input, the piece falls back to one
 *   token per code point rather than lose a character.
 */
export function segmentPiece(text: string, offset = 0, tokens: Token[] = [], simple = readingForm(text)): Token[] {
  if (text === '') return tokens;
  const words = loadJieba().cut(simple, true);
  const first = tokens.length;
  // jieba's words are the input's own characters when nothing was simplified
  // and the text has no surrogate (a lone one comes back as U+FFFD): then no
  // slice is made per word.
  const wordsAreText = text === simple && !SURROGATE.test(text);
  let at = 0;
  for (const word of words) {
    const end = at + word.length;
    if (end > text.length) return segmentByCodePoint(text, offset, first, tokens);
    if (word.length >= 2 && isHanAt(text, at) && hasFunctionChar(word) && !isUserWord(word) && !isDictionaryWord(word) && !looksLikePersonName(word)) {
      const lengths = splitUnknownWord(simple.slice(at, end));
      if (lengths) {
        let start = at;
        for (const length of lengths) {
          tokens.push({ text: text.slice(start, start + length), start: offset + start, end: offset + start + length });
          start += length;
        }
        at = end;
        continue;
      }
    }
    tokens.push({ text: wordsAreText ? word : text.slice(at, end), start: offset + at, end: offset + end });
    at = end;
  }
  if (at !== text.length) return segmentByCodePoint(text, offset, first, tokens);
  recognizeNames(text, simple, offset, tokens, first);
  return tokens;
}

const SURROGATE = /[\ud800-\udfff]/;

function isHanAt(text: string, index: number): boolean {
  return isHanCodePoint(text.codePointAt(index)!);
}

function segmentByCodePoint(text: string, offset: number, first: number, tokens: Token[]): Token[] {
  tokens.length = first; // drop what this piece had pushed
  let start = 0;
  for (const char of text) {
    tokens.push({ text: char, start: offset + start, end: offset + start + char.length });
    start += char.length;
  }
  return tokens;
}
