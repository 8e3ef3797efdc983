import { assertString } from '../internal/assertString.js';
import { forEachPiece } from '../internal/pieces.js';
import { checkOptionKeys } from '../internal/options.js';
import type { SegmentOptions, Token } from '../types.js';
import { addWords } from './addWords.js';
import { checkSegmenter } from './checkSegmenter.js';
import { checkWords } from './checkWords.js';
import { withSegmenter } from './loadJieba.js';
import { segmentPiece } from './segmentPiece.js';

const DEFAULT_SEGMENT_OPTIONS: Required<SegmentOptions> = { words: [], segmenter: 'auto' };

const SEGMENT_OPTION_KEYS = Object.keys(DEFAULT_SEGMENT_OPTIONS);

/**
 * Splits text into words with UTF-16 offsets. The tokens cover the whole
 * input: joining their `text` gives it back exactly (Latin, digits, spaces,
 * punctuation, emoji, astral Han, lone surrogates included). The segmenter
 * (nodejieba or jieba-wasm, see `segmenter`) is loaded on the first call.
 * @example
 * segment('黄晓庆在银行工作').map((token) => token.text)
 * //=> ['黄晓庆', '在', '银行', '工作']
 */
export function segment(text: string, options?: SegmentOptions): Token[] {
  assertString(text);
  checkOptionKeys('segment', options, SEGMENT_OPTION_KEYS);
  const words = checkWords('segment', 'words', options?.words);
  const segmenter = checkSegmenter('segment', options?.segmenter);
  if (text === '') return [];
  return withSegmenter(segmenter, () => {
    addWords(words);
    const pieces: Token[][] = [];
    forEachPiece(text, (piece, start) => pieces.push(segmentPiece(piece, start)));
    return concatPieces(pieces);
  });
}

/** How many pieces' arrays go to one `concat` call (its argument list stays short). */
const CONCAT_BATCH = 1024;

/**
 * The pieces' tokens in one array. `concat` copies each piece's array in
 * bulk, several times faster than pushing token by token onto one array
 * that grows to the whole text (measured: bench/names.bench.mjs).
 */
function concatPieces(pieces: Token[][]): Token[] {
  if (pieces.length === 1) return pieces[0]!;
  let tokens: Token[] = [];
  for (let i = 0; i < pieces.length; i += CONCAT_BATCH) tokens = tokens.concat(...pieces.slice(i, i + CONCAT_BATCH));
  return tokens;
}
