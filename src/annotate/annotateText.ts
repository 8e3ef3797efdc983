import { forEachPiece } from '../internal/pieces.js';
import type { AnnotatedToken } from '../types.js';
import { createPieceAnnotator } from './createPieceAnnotator.js';
import type { ResolvedAnnotateOptions } from './resolveAnnotateOptions.js';

/** Annotates a whole text with checked options (piece by piece, like a session). */
export function annotateText(text: string, options: ResolvedAnnotateOptions): string {
  const annotatePiece = createPieceAnnotator(options, false);
  let output = '';
  forEachPiece(text, (piece) => {
    output += annotatePiece(piece).output;
  });
  return output;
}

/** The tokens of a whole text with checked options. */
export function annotateTextTokens(text: string, options: ResolvedAnnotateOptions): AnnotatedToken[] {
  const annotatePiece = createPieceAnnotator(options, true);
  const tokens: AnnotatedToken[] = [];
  forEachPiece(text, (piece) => {
    for (const token of annotatePiece(piece).tokens!) tokens.push(token);
  });
  return tokens;
}
