import { isCloseBracket, isOpenBracket, MAX_GLOSS_LENGTH } from '../gloss/grammar.js';
import { isHanCodePoint } from './isHan.js';

/**
 * Where text may be cut, for every caller that processes text in parts: the
 * annotator and the segmenter (pieces, `findPieceEnd`), the CLI's find and
 * reannotate on plain text (`splitIntoPieces`), the corpus runner (batches,
 * `CLAUSE_ENDS`). Line ends first, since segmentation, readings and glosses
 * never span a line; in a long line, after a clause end.
 */

/**
 * Chinese punctuation that ends a clause. No gloss (Latin letters and marks
 * in brackets) and no word contains one, so a long line may be cut after it
 * without looking for brackets.
 */
export const CLAUSE_ENDS = '。！？；，、：';

/**
 * Text is processed in pieces so that memory stays bounded and an incremental
 * session (streams) gives exactly what one call over all the text gives: a
 * piece's end depends only on the characters before it, never on how the
 * input arrived.
 *
 * Logic, for a piece starting at `start`, the piece ends at the first
 * position p such that:
 * - p ≥ start + MIN_PIECE and the character before p is a newline
 *   (the normal case: segmentation and readings never span lines);
 * - p ≥ start + MAX_PIECE and the character before p ends a sentence or
 *   clause, or is whitespace (a very long line);
 * - p ≥ start + 2·MAX_PIECE and the character before p is not Han;
 * - p ≥ start + 4·MAX_PIECE and p does not split a surrogate pair.
 * The two middle rules never cut inside a bracket that may be a gloss (an
 * opening bracket at most MAX_GLOSS_LENGTH code units back, not closed
 * since): `改造(gǎi zào)` stays whole, so annotate finds it and adds no
 * second gloss.
 */
export const MIN_PIECE = 4096;
export const MAX_PIECE = 65_536;

// Clause ends, their ASCII forms, the ellipsis and the ideographic space:
// like whitespace, cut points only outside a bracket that may be a gloss.
const SOFT_BREAKS = new Set([...`${CLAUSE_ENDS}!?;,…\u3000`].map((char) => char.charCodeAt(0)));

/**
 * The end of the piece starting at `start`, looking only at `text` (which may
 * be a prefix of the whole input); -1 if it is not known yet. Positions below
 * `from` are known not to end the piece (a caller feeding text bit by bit
 * passes where it stopped last time, so the search stays linear).
 */
export function findPieceEnd(text: string, start: number, from = start): number {
  const newline = text.indexOf('\n', Math.max(start + MIN_PIECE, from) - 1);
  if (newline !== -1 && newline + 1 <= start + MAX_PIECE) return newline + 1;
  const first = Math.max(start + MAX_PIECE, from);
  let open = lastOpenBracket(text, first - 1);
  for (let p = first; p <= text.length; p++) {
    const code = text.charCodeAt(p - 1);
    if (isOpenBracket(code)) open = p - 1;
    else if (isCloseBracket(code)) open = -1;
    const inBracket = open !== -1 && p - 1 - open <= MAX_GLOSS_LENGTH;
    if (!inBracket && isSoftBreak(code)) return p;
    if (!inBracket && p >= start + 2 * MAX_PIECE && (code < 0xd800 || code > 0xdfff) && !isHanCodePoint(code)) return p;
    if (p >= start + 4 * MAX_PIECE && (code < 0xd800 || code > 0xdbff)) return p;
  }
  return -1;
}

/** The last opening bracket in the MAX_GLOSS_LENGTH code units before `end` not closed before it, or -1. */
function lastOpenBracket(text: string, end: number): number {
  for (let i = end - 1; i >= 0 && i >= end - MAX_GLOSS_LENGTH - 1; i--) {
    const code = text.charCodeAt(i);
    if (isCloseBracket(code)) return -1;
    if (isOpenBracket(code)) return i;
  }
  return -1;
}

function isSoftBreak(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || SOFT_BREAKS.has(code);
}

/** Calls `each(piece, pieceStart)` for every piece of a complete text. */
export function forEachPiece(text: string, each: (piece: string, start: number) => void): void {
  let start = 0;
  while (start < text.length) {
    let end = findPieceEnd(text, start);
    if (end === -1) end = text.length;
    each(text.slice(start, end), start);
    start = end;
  }
}

/**
 * Runs `each` on the pieces of a text that arrives bit by bit: on a piece as
 * soon as its end is known (`findPieceEnd`), on the rest at `flush()`. Each
 * call returns the results of the pieces it completed.
 */
export function splitIntoPieces<T>(each: (piece: string) => T): { push(text: string): T[]; flush(): T[] } {
  let buffer = '';
  let scanFrom = 0; // positions below this are known not to end the current piece
  return {
    push(text) {
      buffer += text;
      const results: T[] = [];
      for (;;) {
        const end = findPieceEnd(buffer, 0, scanFrom);
        if (end === -1) break;
        results.push(each(buffer.slice(0, end)));
        buffer = buffer.slice(end);
        scanFrom = 0;
      }
      scanFrom = buffer.length + 1;
      return results;
    },
    flush() {
      const rest = buffer;
      buffer = '';
      scanFrom = 0;
      return rest === '' ? [] : [each(rest)];
    },
  };
}
