import { fc, test } from '@fast-check/vitest';
import iconv from 'iconv-lite';
import { describe, expect } from 'vitest';
import { PinyinGlossError } from '../../src/errors.js';
import { createChunkDecoder } from '../../src/internal/createChunkDecoder.js';
import { findInvalidUtf8 } from '../../src/internal/findInvalidUtf8.js';
import type { DecodeOptions, InputEncoding } from '../../src/types.js';

/** Decodes `bytes` cut at the given sizes (cycled), like a stream would see them. */
function decodeChunked(bytes: Uint8Array, sizes: readonly number[], options: DecodeOptions = {}): string {
  const decoder = createChunkDecoder(options);
  let out = '';
  let i = 0;
  let k = 0;
  while (i < bytes.length) {
    const size = Math.max(1, sizes[k++ % sizes.length] ?? 1);
    out += decoder.write(bytes.subarray(i, i + size));
    i += size;
  }
  return out + decoder.end();
}

function errorOf(run: () => unknown): PinyinGlossError & { byteOffset?: number } {
  try {
    run();
  } catch (error) {
    return error as PinyinGlossError;
  }
  throw new Error('expected an error');
}

const TEXT = '老旧小区改造(gǎizào)，一点儿(yìdiǎnr)\r\n到(dào)(dào) ok';

describe('createChunkDecoder', () => {
  test.each([
    ['', ''],
    ['   ', '   '],
    ['plain latin', 'plain latin'],
    [TEXT, TEXT],
    ['𠮷野家 😀', '𠮷野家 😀'],
  ])('utf-8 round trip of %j in 1-byte chunks', (text, expected) => {
    expect(decodeChunked(Buffer.from(text, 'utf8'), [1])).toBe(expected);
  });

  test('removes a UTF-8 BOM at the start only, even split across chunks', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('小区\uFEFF中', 'utf8')]);
    expect(decodeChunked(bytes, [1])).toBe('小区\uFEFF中');
    expect(decodeChunked(bytes, [2, 5])).toBe('小区\uFEFF中');
  });

  test.each<[string, number[], number]>([
    ['a stray continuation byte', [0x61, 0x62, 0x80, 0x63], 2],
    ['an invalid lead byte', [0x61, 0xff], 1],
    ['an overlong form', [0xe6, 0x94, 0xb9, 0xc0, 0x80], 3],
    ['a UTF-16 surrogate', [0x61, 0xed, 0xa0, 0x80], 1],
    ['a cut sequence before ASCII', [0xe6, 0x94, 0xb9, 0xe6, 0x94, 0x41], 3],
  ])('strict utf-8: %s is reported at its byte offset, for any chunking', (_what, bytes, offset) => {
    for (const sizes of [[1], [2], [3], [100]]) {
      const error = errorOf(() => decodeChunked(Uint8Array.from(bytes), sizes));
      expect(error).toBeInstanceOf(PinyinGlossError);
      expect(error.code).toBe('INVALID_ENCODING');
      expect(error.byteOffset).toBe(offset);
      expect(error.message).toBe(`invalid bytes for utf-8 at byte ${offset}`);
    }
  });

  test('strict utf-8: bytes that read cleanly as GB18030 or Big5 say so', () => {
    // 老旧小区，改造 in GBK, and 老舊小區，改造 in Big5, after ASCII.
    const gbk = Uint8Array.from([0x61, 0xc0, 0xcf, 0xbe, 0xc9, 0xd0, 0xa1, 0xc7, 0xf8, 0xa3, 0xac, 0xb8, 0xc4, 0xd4, 0xec]);
    const big5 = Uint8Array.from([0x61, 0xa6, 0xd1, 0xc2, 0xc2, 0xa4, 0x70, 0xb0, 0xcf, 0xa1, 0x41, 0xa7, 0xef, 0xb3, 0x79]);
    expect(errorOf(() => decodeChunked(gbk, [100])).message).toBe('invalid bytes for utf-8 at byte 1 (they read cleanly as gb18030)');
    expect(errorOf(() => decodeChunked(big5, [100])).message).toBe('invalid bytes for utf-8 at byte 1 (they read cleanly as big5)');
  });

  test('strict utf-8: a character cut by the end of input', () => {
    const error = errorOf(() => decodeChunked(Uint8Array.from([0x61, 0xe6, 0x94]), [1]));
    expect(error.message).toBe('truncated character for utf-8 at byte 1');
  });

  test('replace mode turns bad bytes into U+FFFD and goes on', () => {
    expect(decodeChunked(Uint8Array.from([0x61, 0xff, 0x62, 0xe6, 0x94]), [1], { encodingErrors: 'replace' })).toBe('a\uFFFDb\uFFFD');
  });

  test.each<[InputEncoding, string]>([
    ['gb18030', '老旧小区改造(gǎizào)，一点儿😀€\r\n'],
    ['gbk', '老旧小区改造(gaizao)，一点儿\r\n'],
    ['big5', '老舊小區改造(gaizao)，一點兒\r\n'],
    ['utf-16le', '老旧小区改造(gǎizào)，𠮷😀\r\n'],
  ])('%s round trip in every chunking', (encoding, text) => {
    const bytes = iconv.encode(text, encoding);
    for (const sizes of [[1], [2], [3], [1, 2, 3, 4], [1000]]) {
      expect(decodeChunked(bytes, sizes, { encoding })).toBe(text);
    }
  });

  test('utf-16le and gb18030 BOMs are removed', () => {
    expect(decodeChunked(iconv.encode('小区', 'utf-16le', { addBOM: true }), [1], { encoding: 'utf-16le' })).toBe('小区');
    expect(decodeChunked(iconv.encode('小区', 'gb18030', { addBOM: true }), [1], { encoding: 'gb18030' })).toBe('小区');
  });

  test.each<[InputEncoding, Buffer, number]>([
    ['gbk', Buffer.concat([iconv.encode('小区', 'gbk'), Buffer.from([0xff]), iconv.encode('改造', 'gbk')]), 4],
    ['big5', Buffer.concat([iconv.encode('小區a', 'big5'), Buffer.from([0x80])]), 5],
    ['gb18030', Buffer.concat([iconv.encode('ab', 'gb18030'), Buffer.from([0xff, 0x61])]), 2],
    ['utf-16le', Buffer.from([0x61, 0x00, 0x00, 0xdc, 0x62, 0x00]), 2],
  ])('strict %s: invalid bytes are reported at their offset', (encoding, bytes, offset) => {
    for (const sizes of [[1], [3], [1000]]) {
      const error = errorOf(() => decodeChunked(bytes, sizes, { encoding }));
      expect(error.code).toBe('INVALID_ENCODING');
      expect(error.byteOffset).toBe(offset);
    }
  });

  test('gb18030: a real U+FFFD in the input is not an error', () => {
    const bytes = iconv.encode('改\uFFFD造', 'gb18030');
    expect(decodeChunked(bytes, [1], { encoding: 'gb18030' })).toBe('改\uFFFD造');
  });

  test('utf-16le: an odd trailing byte is a truncated character', () => {
    const error = errorOf(() => decodeChunked(Uint8Array.from([0x61, 0x00, 0x62]), [1], { encoding: 'utf-16le' }));
    expect(error.message).toBe('truncated character for utf-16le at byte 2');
  });

  test.prop([fc.string({ unit: 'grapheme', maxLength: 60 }), fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 8 })])(
    'utf-8, utf-16le and gb18030 decode any text identically for any chunking',
    (text, sizes) => {
      const expected = text.replace(/^\uFEFF/, '');
      expect(decodeChunked(Buffer.from(text, 'utf8'), sizes)).toBe(expected);
      expect(decodeChunked(Buffer.from(text, 'utf16le'), sizes, { encoding: 'utf-16le' })).toBe(expected);
      expect(decodeChunked(iconv.encode(text, 'gb18030'), sizes, { encoding: 'gb18030' })).toBe(expected);
    },
  );
});

describe('findInvalidUtf8', () => {
  test.each<[number[], number]>([
    [[], -1],
    [[0x61], -1],
    [[0xf0, 0x9f, 0x98, 0x80], -1],
    [[0xf0, 0x8f, 0x80, 0x80], 0], // overlong 4-byte
    [[0xf4, 0x90, 0x80, 0x80], 0], // above U+10FFFF
    [[0x61, 0xe6, 0x94], 1], // truncated at the end
  ])('%j → %i', (bytes, expected) => {
    expect(findInvalidUtf8(Uint8Array.from(bytes))).toBe(expected);
  });
});
