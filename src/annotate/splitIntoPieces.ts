import { findPieceEnd } from '../internal/findPieceEnd.js';

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
