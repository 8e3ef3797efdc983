import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { createStripStream } from '../../src/stream/index.js';
import { strip } from '../../src/strip/index.js';
import { byteOffsetsOf, CLEAN, FRAGMENTS, GLOSSED } from './fixtures.js';
import { bytewise, cutAt, runThrough } from './helpers.js';

const bytes = Buffer.from(GLOSSED, 'utf8');

describe('createStripStream', () => {
  test('sane defaults: empty, spaces, Latin', async () => {
    expect(await runThrough(createStripStream(), [])).toBe('');
    expect(await runThrough(createStripStream(), ['  \n'])).toBe('  \n');
    expect(await runThrough(createStripStream(), [Buffer.from('plain (text)')])).toBe('plain (text)');
  });

  test('whole input at once equals strip() and the gold text', async () => {
    expect(strip(GLOSSED)).toBe(CLEAN);
    expect(await runThrough(createStripStream(), [bytes])).toBe(CLEAN);
  });

  test.each<[string, number[]]>([
    ['between a word and its gloss', byteOffsetsOf(GLOSSED, '(')],
    ['inside a gloss', [...byteOffsetsOf(GLOSSED, '(', 2), ...byteOffsetsOf(GLOSSED, '（', 4)]],
    ['inside a UTF-8 character', [...byteOffsetsOf(GLOSSED, 'ǎ', 1), ...byteOffsetsOf(GLOSSED, '小', 2), ...byteOffsetsOf(GLOSSED, '𠮷', 3)]],
    ['inside \\r\\n', byteOffsetsOf(GLOSSED, '\r\n', 1)],
    ['between repeated glosses', byteOffsetsOf(GLOSSED, ')(', 1)],
  ])('chunks split %s', async (_where, cuts) => {
    expect(cuts.length).toBeGreaterThan(0);
    expect(await runThrough(createStripStream(), cutAt(bytes, cuts))).toBe(CLEAN);
  });

  test('one byte at a time', async () => {
    expect(await runThrough(createStripStream(), bytewise(GLOSSED))).toBe(CLEAN);
  });

  test('one UTF-16 code unit at a time, as strings', async () => {
    expect(await runThrough(createStripStream(), GLOSSED.split(''))).toBe(CLEAN);
  });

  test('options reach strip(): toneless', async () => {
    const text = '小区(xiaoqu)改造';
    expect(await runThrough(createStripStream({ toneless: true }), bytewise(text))).toBe(strip(text, { toneless: true }));
  });

  test('options reach strip(): capitalized', async () => {
    const text = '汉字(Hànzì)和拼音(pīnyīn)，中国(Zhōngguó)(zhōngguó)';
    expect(await runThrough(createStripStream(), bytewise(text))).toBe('汉字(Hànzì)和拼音，中国(Zhōngguó)(zhōngguó)');
    expect(await runThrough(createStripStream({ capitalized: true }), bytewise(text))).toBe('汉字和拼音，中国');
  });

  test('gb18030 input', async () => {
    const iconv = (await import('iconv-lite')).default;
    const chunks = [...iconv.encode(GLOSSED, 'gb18030')].map((b) => Buffer.from([b]));
    expect(await runThrough(createStripStream({ encoding: 'gb18030' }), chunks)).toBe(CLEAN);
  });

  test('bad options: INVALID_OPTION naming the option', () => {
    expect(() => createStripStream({ encoding: 'latin1' as never })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', message: expect.stringContaining('encoding') }));
    expect(() => createStripStream({ bogus: true } as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', message: expect.stringContaining('bogus') }));
  });

  test.prop([fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }), fc.array(fc.nat({ max: 300 }), { maxLength: 15 })])(
    'for any text and any byte chunking, stream = strip()',
    async (fragments, cuts) => {
      const text = fragments.join('');
      expect(await runThrough(createStripStream(), cutAt(Buffer.from(text, 'utf8'), cuts))).toBe(strip(text));
    },
  );
});
