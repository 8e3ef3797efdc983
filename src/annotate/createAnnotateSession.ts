import { assertString } from '../internal/assertString.js';
import type { AnnotateOptions } from '../types.js';
import { createPieceAnnotator } from './createPieceAnnotator.js';
import { resolveAnnotateOptions, type ResolvedAnnotateOptions } from './resolveAnnotateOptions.js';
import { splitIntoPieces } from '../internal/pieces.js';

export interface AnnotateSession {
  /** Adds text; returns the annotated text of every piece completed so far. */
  push(text: string): string;
  /** Annotates what is left; the session can go on afterwards. */
  flush(): string;
}

/**
 * Incremental annotation, for streams: the concatenated output of `push()`
 * and `flush()` equals `annotate()` of all the input, however it is split
 * (also inside a surrogate pair), with `once` and `{ rate, seed }` too.
 * Text is held back only until the end of its piece (`findPieceEnd`): a
 * newline after 4 KiB, or a break within 64 KiB to 256 KiB on a very long line.
 */
export function createAnnotateSession(options?: AnnotateOptions): AnnotateSession {
  return openAnnotateSession(resolveAnnotateOptions('createAnnotateSession', options));
}

export function openAnnotateSession(options: ResolvedAnnotateOptions): AnnotateSession {
  const annotatePiece = createPieceAnnotator(options, false);
  const pieces = splitIntoPieces((piece) => annotatePiece(piece).output);
  return {
    push(text) {
      assertString(text);
      return pieces.push(text).join('');
    },
    flush: () => pieces.flush().join(''),
  };
}
