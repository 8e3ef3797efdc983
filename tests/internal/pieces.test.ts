import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { findPieceEnd, forEachPiece, MAX_PIECE, MIN_PIECE } from '../../src/internal/pieces.js';

const pieces = (text: string) => {
  const out: [string, number][] = [];
  forEachPiece(text, (piece, start) => out.push([piece, start]));
  return out;
};

describe('findPieceEnd', () => {
  test('short text has no end yet; forEachPiece gives it whole', () => {
    expect(findPieceEnd('第一行\n第二行\n', 0)).toBe(-1);
    expect(pieces('第一行\n第二行\n')).toEqual([['第一行\n第二行\n', 0]]);
    expect(pieces('')).toEqual([]);
  });

  test('a piece ends at the first newline after MIN_PIECE characters', () => {
    const line = `${'字'.repeat(99)}\n`;
    const text = line.repeat(100); // 10,000 characters
    expect(findPieceEnd(text, 0)).toBe(4100); // first newline at or after 4,096
    expect(findPieceEnd(text, 4100)).toBe(8200);
    expect(findPieceEnd(text, 8200)).toBe(-1);
    expect(pieces(text).map(([piece, start]) => [piece.length, start])).toEqual([[4100, 0], [4100, 4100], [1800, 8200]]);
  });

  test('a long line ends at a clause break after MAX_PIECE', () => {
    const text = `${'字'.repeat(MAX_PIECE + 10)}，${'字'.repeat(100)}`;
    expect(findPieceEnd(text, 0)).toBe(MAX_PIECE + 11);
  });

  test('never inside a bracket that may be a gloss: after it closes, or past its longest body', () => {
    // The first space after MAX_PIECE is inside 改造(gǎi zào): the piece ends after the gloss.
    const glossed = `${'字'.repeat(MAX_PIECE - 4)}改造(gǎi zào) 字`;
    expect(findPieceEnd(glossed, 0)).toBe(MAX_PIECE + 8);
    // An opening bracket further back than the longest gloss body does not hold the cut.
    const unclosed = `${'字'.repeat(MAX_PIECE - 10)}(${' '.repeat(300)}`;
    expect(findPieceEnd(unclosed, 0)).toBe(MAX_PIECE - 10 + 162); // 160 code units of body, then the next space
  });

  test('a long Han run ends at a non-Han character after 2·MAX_PIECE', () => {
    const text = `${'字'.repeat(2 * MAX_PIECE + 5)}x${'字'.repeat(10)}`;
    expect(findPieceEnd(text, 0)).toBe(2 * MAX_PIECE + 6);
  });

  test('only Han: cut at 4·MAX_PIECE, never inside a surrogate pair', () => {
    expect(findPieceEnd('字'.repeat(4 * MAX_PIECE + 3), 0)).toBe(4 * MAX_PIECE);
    // 𠮷 is two code units; with an odd start the pair straddles 4·MAX_PIECE.
    const astral = `字${'𠮷'.repeat(2 * MAX_PIECE + 2)}`;
    const end = findPieceEnd(astral, 0);
    expect(end).toBe(4 * MAX_PIECE + 1);
    expect(astral.charCodeAt(end - 1)).toBeGreaterThanOrEqual(0xdc00);
  });

  test('`from` skips positions already rejected, with the same answer', () => {
    const text = `${'字'.repeat(MIN_PIECE + 10)}\n尾`;
    expect(findPieceEnd(text.slice(0, MIN_PIECE + 5), 0)).toBe(-1);
    expect(findPieceEnd(text, 0, MIN_PIECE + 6)).toBe(MIN_PIECE + 11);
  });
});

// A piece end depends only on what comes before it: feeding the text bit by
// bit (as a session does) finds the same ends as scanning all of it.
propTest.prop(
  [
    fc.array(fc.constantFrom('字', '𠮷', '，', 'x', '\n', ' '), { minLength: 1, maxLength: 30 }),
    fc.integer({ min: 1, max: 40_000 }),
    fc.array(fc.integer({ min: 1, max: 90_000 }), { maxLength: 8 }),
  ],
  { numRuns: 25 },
)('incremental search finds the same ends', (alphabet, repeat, cuts) => {
  const text = Array.from({ length: 300_000 }, (_, i) => alphabet[(i * 7919 + Math.floor(i / repeat)) % alphabet.length]).join('');
  const whole: number[] = [];
  forEachPiece(text, (piece, start) => whole.push(start + piece.length));
  const incremental: number[] = [];
  let start = 0;
  let from = 0;
  const points = [...new Set(cuts.map((cut) => Math.min(cut * 3, text.length)))].sort((a, b) => a - b).concat(text.length);
  for (const point of points) {
    const seen = text.slice(0, point);
    for (;;) {
      const end = findPieceEnd(seen, start, Math.max(from, start));
      if (end === -1) break;
      incremental.push(end);
      start = end;
      from = end;
    }
    from = seen.length + 1;
  }
  if (start < text.length) incremental.push(text.length);
  expect(incremental).toEqual(whole);
});
