import { splitIntoPieces } from '../internal/pieces.js';
import type { TextSession } from '../stream/createTextTransform.js';

/** Where a piece starts in the whole input: UTF-16 offset and 1-based line. */
export interface PiecePosition {
  readonly offset: number;
  readonly line: number;
}

/**
 * Adapts a whole-text function to the incremental session contract: `fn`
 * runs on each piece of the input as the annotator cuts it (`findPieceEnd`:
 * after a line end, or in a very long line after a clause end), with where
 * the piece starts, so memory stays bounded.
 */
export function createPieceSession(fn: (piece: string, position: PiecePosition) => string): TextSession {
  let offset = 0;
  let line = 1;
  const pieces = splitIntoPieces((piece) => {
    const out = fn(piece, { offset, line });
    offset += piece.length;
    for (let i = piece.indexOf('\n'); i !== -1; i = piece.indexOf('\n', i + 1)) line++;
    return out;
  });
  return {
    push: (text) => pieces.push(text).join(''),
    flush: () => pieces.flush().join(''),
  };
}
