import { isHanCodePoint } from './isHan.js';

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
 */
export const MIN_PIECE = 4096;
export const MAX_PIECE = 65_536;

const SOFT_BREAKS = new Set([...'。！？!?；;，,、…\u3000'].map((char) => char.charCodeAt(0)));

/**
 * The end of the piece starting at `start`, looking only at `text` (which may
 * be a prefix of the whole input); -1 if it is not known yet. Positions below
 * `from` are known not to end the piece (a caller feeding text bit by bit
 * passes where it stopped last time, so the search stays linear).
 */
export function findPieceEnd(text: string, start: number, from = start): number {
  const newline = text.indexOf('\n', Math.max(start + MIN_PIECE, from) - 1);
  if (newline !== -1 && newline + 1 <= start + MAX_PIECE) return newline + 1;
  for (let p = Math.max(start + MAX_PIECE, from); p <= text.length; p++) {
    const code = text.charCodeAt(p - 1);
    if (isSoftBreak(code)) return p;
    if (p >= start + 2 * MAX_PIECE && (code < 0xd800 || code > 0xdfff) && !isHanCodePoint(code)) return p;
    if (p >= start + 4 * MAX_PIECE && (code < 0xd800 || code > 0xdbff)) return p;
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
