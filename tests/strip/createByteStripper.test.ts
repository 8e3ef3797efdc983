import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { strip } from '../../src/strip/index.js';
import { createByteStripper } from '../../src/strip/createByteStripper.js';
import { glossyText, stripOptions } from './arbitraries.js';
import { splitAt } from '../support/splitAt.js';

// The byte path must give exactly the bytes of strip() on the decoded text,
// for any text and any chunking of its bytes (cuts inside characters,
// brackets and glosses included).
function stripBytes(chunks: readonly Uint8Array[], options: { toneless: boolean; spaced: boolean; capitalized?: boolean }): { bytes: Buffer; glosses: number } {
  const stripper = createByteStripper({ capitalized: false, ...options });
  const out = chunks.map((chunk) => Buffer.from(stripper.push(chunk)));
  out.push(Buffer.from(stripper.flush()));
  return { bytes: Buffer.concat(out), glosses: stripper.glosses };
}

/** Texts long enough to cross the look-back kept between chunks: pieces repeated. */
const longText = fc.array(glossyText, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(parts[0]!.repeat(3)));
const anyText = fc.oneof(glossyText, longText, fc.string({ unit: 'binary', maxLength: 60 }));

describe('createByteStripper', () => {
  test('sane defaults', () => {
    const options = { toneless: false, spaced: false };
    expect(stripBytes([], options).bytes.toString()).toBe('');
    expect(stripBytes([Buffer.from('abc (x)')], options).bytes.toString()).toBe('abc (x)');
    expect(stripBytes([Buffer.from('老旧小区改造(gǎizào)为起点，到(dào)(dào)')], options)).toEqual({
      bytes: Buffer.from('老旧小区改造为起点，到'),
      glosses: 3,
    });
  });

  prop.prop([anyText, stripOptions, fc.array(fc.nat(), { maxLength: 8 })], { numRuns: 1500 })(
    'equals strip() of the text, bytes cut anywhere',
    (raw, options, cuts) => {
      const bytes = Buffer.from(raw); // lone surrogates become U+FFFD, as UTF-8 output does
      const text = bytes.toString('utf8');
      const { bytes: out } = stripBytes(splitAt(bytes, cuts), options);
      expect(out.toString('utf8')).toBe(strip(text, options));
      expect(out.equals(Buffer.from(strip(text, options)))).toBe(true);
    },
  );

  prop.prop([anyText, stripOptions], { numRuns: 300 })('one byte at a time', (raw, options) => {
    const bytes = Buffer.from(raw);
    const chunks = Array.from(bytes, (byte) => Buffer.from([byte]));
    expect(stripBytes(chunks, options).bytes.toString('utf8')).toBe(strip(bytes.toString('utf8'), options));
  });

  test('counts the glosses it removes', () => {
    const text = '小区 (xiǎoqū)改造(gǎizào)（gǎizào）(受访者供图)了(le)';
    expect(stripBytes([Buffer.from(text)], { toneless: false, spaced: true }).glosses).toBe(4);
  });
});
