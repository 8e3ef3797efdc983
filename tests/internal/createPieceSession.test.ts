import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { createPieceSession, type PiecePosition } from '../../src/cli/createPieceSession.js';
import { findPieceEnd, MAX_PIECE } from '../../src/internal/pieces.js';

/** Runs `chunks` through a piece session that records the pieces and positions it got. */
function run(chunks: readonly string[]) {
  const calls: [string, PiecePosition][] = [];
  const session = createPieceSession((piece, position) => {
    calls.push([piece, position]);
    return piece;
  });
  const out = chunks.map((chunk) => session.push(chunk)).join('') + session.flush();
  return { out, calls };
}

describe('createPieceSession', () => {
  test('sane defaults: nothing in, nothing called', () => {
    expect(run([])).toEqual({ out: '', calls: [] });
  });

  test('cuts where findPieceEnd ends a piece (a line end after MIN_PIECE), with positions', () => {
    const line = `${'字'.repeat(99)}\n`;
    const text = line.repeat(100); // 10,000 code units
    const { out, calls } = run(text.match(/[^]{1,700}/g)!);
    expect(out).toBe(text);
    let start = 0;
    for (const [piece, position] of calls) {
      expect(position).toEqual({ offset: start, line: start / 100 + 1 });
      if (start + piece.length < text.length) expect(start + piece.length).toBe(findPieceEnd(text, start));
      start += piece.length;
    }
    expect(calls.map(([piece]) => piece.length)).toEqual([4100, 4100, 1800]);
  });

  test('a line over MAX_PIECE code units is cut after a clause end', () => {
    const sentence = '小区(xiǎoqū)改造。';
    const line = sentence.repeat(30_000); // 390 000 code units, no newline
    const chunks = line.match(/[^]{1,5000}/g)!;
    const { out, calls } = run(chunks);
    expect(out).toBe(line);
    expect(calls.length).toBeGreaterThan(1);
    for (const [piece] of calls.slice(0, -1)) expect(piece.endsWith('。')).toBe(true);
    for (const [piece] of calls) expect(piece.length).toBeLessThanOrEqual(MAX_PIECE + sentence.length);
  });

  test.prop([fc.array(fc.string({ unit: fc.constantFrom('a', '\n', '。', '字'), maxLength: 2000 }), { maxLength: 20 })])(
    'output = input; each piece starts at its offset and line',
    (chunks) => {
      const all = chunks.join('');
      const { out, calls } = run(chunks);
      expect(out).toBe(all);
      for (const [piece, { offset, line }] of calls) {
        expect(all.slice(offset, offset + piece.length)).toBe(piece);
        expect(line).toBe(all.slice(0, offset).split('\n').length);
      }
    },
  );
});
