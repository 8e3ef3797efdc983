import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { createPieceSession, type PiecePosition } from '../../src/cli/createPieceSession.js';

/** Runs `chunks` through a piece session that records the pieces and positions it got. */
function run(chunks: readonly string[], minChars?: number) {
  const calls: [string, PiecePosition][] = [];
  const session = createPieceSession((piece, position) => {
    calls.push([piece, position]);
    return piece;
  }, minChars === undefined ? {} : { minChars });
  const out = chunks.map((chunk) => session.push(chunk)).join('') + session.flush();
  return { out, calls };
}

describe('createPieceSession', () => {
  test('sane defaults: nothing in, nothing called', () => {
    expect(run([])).toEqual({ out: '', calls: [] });
  });

  test('cuts after the last newline once minChars are buffered, with positions', () => {
    const { out, calls } = run(['ab\ncd', 'ef\ngh', 'ij'], 4);
    expect(out).toBe('ab\ncdef\nghij');
    expect(calls).toEqual([
      ['ab\n', { offset: 0, line: 1 }],
      ['cdef\n', { offset: 3, line: 2 }],
      ['ghij', { offset: 8, line: 3 }],
    ]);
  });

  test('minChars Infinity: one call with all the input', () => {
    expect(run(['a\n'.repeat(10), 'b'], Infinity).calls).toEqual([[`${'a\n'.repeat(10)}b`, { offset: 0, line: 1 }]]);
  });

  test('a line over 256 Ki code units is cut after its last sentence end', () => {
    const sentence = '小区(xiǎoqū)改造。';
    const line = sentence.repeat(30_000); // 390 000 code units, no newline
    const chunks = line.match(/[^]{1,5000}/g)!;
    const { out, calls } = run(chunks);
    expect(out).toBe(line);
    expect(calls.length).toBeGreaterThan(1);
    for (const [piece] of calls.slice(0, -1)) expect(piece.endsWith('。')).toBe(true);
    for (const [piece] of calls) expect(piece.length).toBeLessThanOrEqual((1 << 18) + 5000);
  });

  test.prop([fc.array(fc.string({ unit: fc.constantFrom('a', '\n', '。', '字') }), { maxLength: 20 }), fc.integer({ min: 1, max: 8 })])(
    'output = input; each piece starts at its offset and line',
    (chunks, minChars) => {
      const all = chunks.join('');
      const { out, calls } = run(chunks, minChars);
      expect(out).toBe(all);
      for (const [piece, { offset, line }] of calls) {
        expect(all.slice(offset, offset + piece.length)).toBe(piece);
        expect(line).toBe(all.slice(0, offset).split('\n').length);
      }
    },
  );
});
