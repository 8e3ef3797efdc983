import type { TextSession } from '../stream/createTextTransform.js';

/** Where a piece starts in the whole input: UTF-16 offset and 1-based line. */
export interface PiecePosition {
  readonly offset: number;
  readonly line: number;
}

const LONG_LINE = 1 << 18;
const SENTENCE_END = new Set(['。', '！', '？']);

/** The last 。！？ at or after `from`, or -1. */
function lastSentenceEnd(text: string, from: number): number {
  for (let i = text.length - 1; i >= from; i--) if (SENTENCE_END.has(text[i]!)) return i;
  return -1;
}

/**
 * Adapts a whole-text function to the incremental session contract by
 * cutting the input after a newline once `minChars` are buffered (glosses
 * and the context of a reading never cross a line), or on a line longer than
 * 256 Ki code units after its last 。！？, so memory stays bounded.
 * `minChars: Infinity` runs `fn` once on all input.
 */
export function createPieceSession(
  fn: (piece: string, position: PiecePosition) => string,
  { minChars = 1 << 16 }: { minChars?: number } = {},
): TextSession {
  let buffer = '';
  let offset = 0;
  let line = 1;
  let scanned = 0; // the buffer before this holds no newline and no sentence end

  function run(piece: string): string {
    const out = fn(piece, { offset, line });
    offset += piece.length;
    for (let i = piece.indexOf('\n'); i !== -1; i = piece.indexOf('\n', i + 1)) line++;
    return out;
  }

  return {
    push(text) {
      buffer += text;
      if (buffer.length < minChars) return '';
      let cut = buffer.lastIndexOf('\n') + 1;
      // A very long line (scraped pages can be one line): cut after the end
      // of a sentence instead; no gloss spans 。！？ (a gloss follows Han).
      if (cut === 0 && buffer.length >= LONG_LINE) {
        cut = lastSentenceEnd(buffer, scanned) + 1;
        scanned = buffer.length;
      }
      if (cut === 0) return '';
      scanned = 0;
      const piece = buffer.slice(0, cut);
      buffer = buffer.slice(cut);
      return run(piece);
    },
    flush() {
      const piece = buffer;
      buffer = '';
      scanned = 0;
      return piece.length > 0 ? run(piece) : '';
    },
  };
}
