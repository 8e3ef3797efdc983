import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { annotate } from '../../src/annotate/index.js';
import { createAnnotateStream } from '../../src/stream/index.js';
import { byteOffsetsOf, CLEAN, FRAGMENTS } from './fixtures.js';
import { bytewise, cutAt, runThrough } from './helpers.js';

const bytes = Buffer.from(CLEAN, 'utf8');

describe('createAnnotateStream', () => {
  test('sane defaults: empty, spaces, Latin', async () => {
    expect(await runThrough(createAnnotateStream(), [])).toBe('');
    expect(await runThrough(createAnnotateStream(), ['  \n'])).toBe('  \n');
    expect(await runThrough(createAnnotateStream(), [Buffer.from('plain text')])).toBe('plain text');
  });

  test('gold: a short sentence', async () => {
    expect(await runThrough(createAnnotateStream(), bytewise('老旧小区改造'))).toBe('老旧(lǎojiù)小区(xiǎoqū)改造(gǎizào)');
  });

  test.each<[string, number[]]>([
    ['one byte at a time', [...bytes.keys()]],
    ['inside UTF-8 characters', [...byteOffsetsOf(CLEAN, '小', 1), ...byteOffsetsOf(CLEAN, '𠮷', 2)]],
    ['inside a word', byteOffsetsOf(CLEAN, '区')],
    ['inside \\r\\n', byteOffsetsOf(CLEAN, '\r\n', 1)],
  ])('chunks split %s: stream = annotate()', async (_where, cuts) => {
    expect(await runThrough(createAnnotateStream(), cutAt(bytes, cuts))).toBe(annotate(CLEAN));
  });

  test('options reach annotate(): tone numbers, full-width brackets, once', async () => {
    const options = { tone: 'number', brackets: 'fullwidth', once: true } as const;
    expect(await runThrough(createAnnotateStream(options), bytewise(CLEAN))).toBe(annotate(CLEAN, options));
  });

  test.prop(
    [fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 30 }), fc.array(fc.nat({ max: 300 }), { maxLength: 12 })],
    { numRuns: 50 },
  )('for any text and any byte chunking, stream = annotate()', async (fragments, cuts) => {
    const text = fragments.join('');
    expect(await runThrough(createAnnotateStream({ select: 'polyphonic' }), cutAt(Buffer.from(text, 'utf8'), cuts))).toBe(
      annotate(text, { select: 'polyphonic' }),
    );
  });
});
