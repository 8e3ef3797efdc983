import { assertString } from '../internal/assertString.js';
import type { AnnotateOptions, AnnotatedToken } from '../types.js';
import { createPieceAnnotator } from './createPieceAnnotator.js';
import { resolveAnnotateOptions } from './resolveAnnotateOptions.js';
import { splitIntoPieces } from '../internal/pieces.js';

/** Incremental annotateTokens(); see `createTokenSession`. */
export interface TokenSession {
  /** Adds text; returns the tokens of every piece completed so far. */
  push(text: string): AnnotatedToken[];
  /** The tokens of what is left. */
  flush(): AnnotatedToken[];
}

/**
 * Incremental `annotateTokens()` (for `annotate --json`): the concatenated
 * tokens of `push()` and `flush()` equal `annotateTokens()` of all the input,
 * offsets counted from its start, however it is split.
 */
export function createTokenSession(options?: AnnotateOptions): TokenSession {
  const annotatePiece = createPieceAnnotator(resolveAnnotateOptions('createTokenSession', options), true);
  const pieces = splitIntoPieces((piece) => annotatePiece(piece).tokens!);
  return {
    push(text) {
      assertString(text);
      return pieces.push(text).flat();
    },
    flush: () => pieces.flush().flat(),
  };
}
