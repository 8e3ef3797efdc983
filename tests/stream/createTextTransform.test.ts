import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { createTextTransform, type TextSession } from '../../src/stream/createTextTransform.js';
import { bytewise, cutAt, runThrough } from './helpers.js';

/** Passes text through, recording what it was given. */
function identity(): TextSession & { pushes: string[] } {
  const pushes: string[] = [];
  return {
    pushes,
    push(text) {
      pushes.push(text);
      return text;
    },
    flush: () => '',
  };
}

const TEXT = '老旧小区改造(gǎizào)\r\n到(dào)(dào) 𠮷';

describe('createTextTransform', () => {
  test('sane defaults: no input, no output', async () => {
    expect(await runThrough(createTextTransform(identity()), [])).toBe('');
  });

  test('bytes one at a time: no character is ever split', async () => {
    const session = identity();
    expect(await runThrough(createTextTransform(session), bytewise(TEXT))).toBe(TEXT);
    expect(session.pushes.join('')).toBe(TEXT);
    for (const piece of session.pushes) expect(piece).not.toMatch(/\uFFFD|[\uD800-\uDBFF]$/);
  });

  test('string chunks are used as they are, a BOM included', async () => {
    expect(await runThrough(createTextTransform(identity()), ['\uFEFF小', '区'])).toBe('\uFEFF小区');
  });

  test('a session flush is emitted at the end', async () => {
    const session: TextSession = { push: () => '', flush: () => 'end' };
    expect(await runThrough(createTextTransform(session), ['abc'])).toBe('end');
  });

  test('invalid UTF-8 fails the stream with the byte offset', async () => {
    const chunks = [Buffer.from('小区', 'utf8'), Buffer.from([0xff])];
    await expect(runThrough(createTextTransform(identity()), chunks)).rejects.toMatchObject({
      code: 'INVALID_ENCODING',
      message: 'invalid bytes for utf-8 at byte 6',
    });
  });

  test('a UTF-8 character cut off by a string chunk is invalid', async () => {
    const chunks = [Buffer.from([0xe5, 0xb0]), 'a'];
    await expect(runThrough(createTextTransform(identity()), chunks)).rejects.toMatchObject({ code: 'INVALID_ENCODING' });
  });

  test('onBytes counts the bytes read', async () => {
    let bytes = 0;
    await runThrough(createTextTransform(identity(), { onBytes: (n) => (bytes += n) }), bytewise(TEXT));
    expect(bytes).toBe(Buffer.byteLength(TEXT));
  });

  test.prop([fc.string({ unit: 'grapheme', maxLength: 80 }), fc.array(fc.nat({ max: 400 }), { maxLength: 12 })])(
    'any text, any byte chunking: output = input',
    async (text, cuts) => {
      const chunks = cutAt(Buffer.from(text, 'utf8'), cuts);
      expect(await runThrough(createTextTransform(identity()), chunks)).toBe(text.replace(/^\uFEFF/, ''));
    },
  );
});
