import { PinyinGlossError } from '../errors.js';
import { isHanCodePoint } from '../internal/isHan.js';
import { readingForm } from '../hanzi/readingForm.js';
import type { Token } from '../types.js';
import { isUserWord } from './addWords.js';
import { isDictionaryWord } from './isDictionaryWord.js';
import { looksLikePersonName, PieceCuts, recognizeNames } from './recognizeNames.js';
import type { Jieba } from './createJiebaLoader.js';
import { loadJieba } from './loadJieba.js';
import { hasFunctionChar, splitUnknownWord } from './splitUnknownWord.js';

/**
 * Segments one piece of text into tokens covering it exactly, with offsets
 * counted from `offset`, appended to `tokens` (which is returned), or in an
 * array of their own when `tokens` is not given.
 *
 * Logic:
 * - jieba with HMM (its MixSegment): dictionary words, plus runs of letters,
 *   digits (`3.14`) and unknown words such as names (黄晓庆) kept whole.
 * - Traditional text is cut as its simplified form, character for character
 *   (same offsets): jieba's dictionary is simplified, and would leave 經開區
 *   in single characters or glue them by HMM where 经开区 is a word. `simple`
 *   is that form (`readingForm(text)`), for a caller that has it already;
 *   `jieba` the segmenter (the chosen backend; a test passes its own).
 * - Unknown words glued to grammar by the HMM (起了) are cut again
 *   (`splitUnknownWord`), unless they look like a person's name (李宝均,
 *   黄有泉: names may hold such characters).
 * - Words glued onto a name's edge and titles glued onto an organisation
 *   come off as the words come in (`PieceCuts`: 赵华说 → 赵华|说, 财政部长
 *   → 财政部|长); then names are joined and labelled in place
 *   (`recognizeNames`: 郭|少华 → 郭少华, person; 大湾|区 → 大湾区, place).
 * - Token text is the input's: jieba's word only where it is exactly the
 *   input's characters (no copy made), else sliced from the input (traditional
 *   text; jieba sees UTF-8, so a lone surrogate comes back as U+FFFD, same
 *   length). Should
 *   jieba's words ever not add up to the input, that is a
 *   `SEGMENTER_FAILED` error, never tokens that lose or invent text.
 */
export function segmentPiece(text: string, offset = 0, tokens?: Token[], simple = readingForm(text), jieba: Pick<Jieba, 'cut'> = loadJieba()): Token[] {
  if (text === '') return tokens ?? [];
  const words = jieba.cut(simple, true);
  // The piece's tokens on their own, cut further as they come (`PieceCuts`);
  // the name step then rewrites that array in place: no pass copies it.
  const cuts = new PieceCuts(text, simple, offset, words.length);
  let at = 0;
  for (const word of words) {
    const end = at + word.length;
    if (end > text.length) throw wordsDoNotAddUp(text, words);
    if (word.length >= 2 && isHanAt(text, at) && hasFunctionChar(word) && !isDictionaryWord(word) && !isUserWord(word) && !looksLikePersonName(word)) {
      const lengths = splitUnknownWord(simple.slice(at, end));
      if (lengths) {
        let start = at;
        for (const length of lengths) {
          cuts.add({ text: text.slice(start, start + length), start: offset + start, end: offset + start + length });
          start += length;
        }
        at = end;
        continue;
      }
    }
    // jieba's own string when it is the input's characters (no copy made per token), else a slice.
    cuts.add({ text: isTextAt(word, text, at) ? word : text.slice(at, end), start: offset + at, end: offset + end });
    at = end;
  }
  if (at !== text.length) throw wordsDoNotAddUp(text, words);
  const named = recognizeNames(text, simple, offset, cuts);
  // Without `tokens`, the piece's own array is the result (a fresh one: no copy made).
  if (tokens === undefined) return named;
  for (const token of named) tokens.push(token);
  return tokens;
}

/** Whether `word` is exactly the UTF-16 units of `text` at `at` (jieba's word for the input's own characters). */
function isTextAt(word: string, text: string, at: number): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(at + i)) return false;
  return true;
}

function isHanAt(text: string, index: number): boolean {
  return isHanCodePoint(text.codePointAt(index)!);
}

function wordsDoNotAddUp(text: string, words: readonly string[]): PinyinGlossError {
  const length = words.reduce((sum, word) => sum + word.length, 0);
  return new PinyinGlossError(
    'SEGMENTER_FAILED',
    `The segmenter's words add up to ${length} UTF-16 code units for a text of ${text.length} (${JSON.stringify(text.slice(0, 40))}): a bug of the segmenter backend; try the other one (segmenter: 'nodejieba' or 'wasm').`,
  );
}
