import { findPieceEnd } from '../internal/findPieceEnd.js';

/**
 * Hands `each` the pieces of a text that arrives bit by bit: a piece as soon
 * as its end is known (`findPieceEnd`), the rest at `flush()`.
 */
export function splitIntoPieces(each: (piece: string) => void): { push(text: string): void; flush(): void } {
  let buffer = '';
  let scanFrom = 0; // positions below this are known not to end the current piece
  return {
    push(text) {
      buffer += text;
      for (;;) {
        const end = findPieceEnd(buffer, 0, scanFrom);
        if (end === -1) break;
        each(buffer.slice(0, end));
        buffer = buffer.slice(end);
        scanFrom = 0;
      }
      scanFrom = buffer.length + 1;
    },
    flush() {
      const rest = buffer;
      buffer = '';
      scanFrom = 0;
      if (rest !== '') each(rest);
    },
  };
}
