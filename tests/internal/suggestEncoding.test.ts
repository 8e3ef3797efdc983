import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { suggestEncoding } from '../../src/internal/suggestEncoding.js';

describe('suggestEncoding', () => {
  const simplified = '老旧小区改造为起点，居民们都很高兴。';
  const traditional = '老舊小區改造為起點，居民們都很高興。';
  test.each([
    ['GBK', iconv.encode(simplified, 'gbk'), 'gb18030'],
    ['GB18030', iconv.encode(`${simplified}€`, 'gb18030'), 'gb18030'],
    ['traditional text in GBK', iconv.encode(traditional, 'gbk'), 'gb18030'],
    ['Big5', iconv.encode(traditional, 'big5'), 'big5'],
    ['cut in the middle of a character', iconv.encode(simplified, 'gbk').subarray(0, 7), 'gb18030'],
  ])('%s', (_name, bytes, expected) => {
    expect(suggestEncoding(bytes)).toBe(expected);
  });

  test.each([
    ['Latin-1', iconv.encode('naïve café résumé', 'latin1')],
    ['bytes that are no text', new Uint8Array([0xff, 0xfe, 0x41, 0x00])],
    ['broken UTF-8 of Chinese text', Buffer.from('改造(g\xff\xfeǎizào)', 'latin1')],
  ])('none for %s', (_name, bytes) => {
    expect(suggestEncoding(bytes)).toBeUndefined();
  });
});
