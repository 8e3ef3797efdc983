import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { createStripper, strip } from '../../src/strip/index.js';
import { chunked, glossyText, stripOptions } from './arbitraries.js';

function stripChunks(chunks: readonly string[], options?: Parameters<typeof strip>[1]): string {
  const stripper = createStripper(options);
  let out = '';
  for (const chunk of chunks) out += stripper.push(chunk);
  return out + stripper.flush();
}

const TEXT = '党群服务站(fúwùzhàn)(受访者供图) 到(dào)(dào)拆墙 經(jīng)開(kāi)區(qū) 小区 (xiǎoqū) 𠮷改造（gai3 zao4）\r\n一点儿(yìdiǎnr)';

describe('createStripper', () => {
  test('sane defaults', () => {
    expect(stripChunks([])).toBe('');
    expect(stripChunks(['', ''])).toBe('');
    expect(stripChunks(['plain', ' text'])).toBe('plain text');
  });

  test('one code unit at a time equals strip()', () => {
    for (const options of [{}, { spaced: true }, { toneless: true }]) {
      expect(stripChunks(TEXT.split(''), options)).toBe(strip(TEXT, options));
    }
  });

  test.each([
    ['inside a gloss', ['改造(gǎi', 'zào)为']],
    ['between word and gloss', ['改造', '(gǎizào)为']],
    ['between repeated glosses', ['到(dào)', '(dào)拆']],
    ['inside a repeated gloss', ['到(dào)(d', 'ào)拆']],
    ['before the spaces of a spaced gloss', ['小区', ' (xiǎoqū)']],
    ['inside the spaces of a spaced gloss', ['小区 ', ' (xiǎoqū)']],
    ['inside a surrogate pair before a bracket', ['\uD842', '\uDFB7(jí)']],
  ])('chunk boundary %s', (_where, chunks) => {
    for (const options of [{}, { spaced: true }]) {
      expect(stripChunks(chunks, options)).toBe(strip(chunks.join(''), options));
    }
  });

  test('the stripped text so far is returned as soon as it is decided', () => {
    const stripper = createStripper();
    expect(stripper.push('改造(gǎizào)为起点，到(dà')).toBe('改造为起点，到');
    expect(stripper.push('o)结束')).toBe('结束');
    expect(stripper.flush()).toBe('');
  });

  test('memory is bounded: what is held back never exceeds one gloss body', () => {
    const stripper = createStripper({ spaced: true });
    // One long line whose every chunk ends inside an unclosed bracket after spaces.
    const chunk = `${'改造(gǎizào)小区 '.repeat(2000)}   (${'a'.repeat(150)}`;
    let input = '';
    let out = '';
    for (let i = 0; i < 20; i++) {
      input += chunk;
      out += stripper.push(chunk);
      const held = strip(input, { spaced: true }).length - out.length;
      // Spaces (3) + bracket (1) + body (≤ 160 code units).
      expect(held).toBeLessThanOrEqual(3 + 1 + 160);
    }
    expect(out + stripper.flush()).toBe(strip(input, { spaced: true }));
  });

  test.prop([glossyText, fc.array(fc.nat(), { maxLength: 8 }), stripOptions])(
    'any chunking gives strip() of the whole',
    (text, cuts, options) => {
      expect(stripChunks(chunked(text, cuts), options)).toBe(strip(text, options));
    },
  );

  test('a stripper is reusable after flush()', () => {
    const stripper = createStripper();
    expect(stripper.push('改造(gǎi') + stripper.flush()).toBe('改造(gǎi');
    expect(stripper.push('(le)') + stripper.flush()).toBe('(le)');
  });

  test('errors', () => {
    expect(() => createStripper({ spaced: 1 } as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(() => createStripper().push(3 as never)).toThrow(expect.objectContaining({ code: 'INVALID_TYPE' }));
  });
});
