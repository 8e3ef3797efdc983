import { isUtf8 } from 'node:buffer';
import { Transform } from 'node:stream';
import { completeLength } from '../internal/completeLength.js';
import { invalid } from '../internal/createChunkDecoder.js';
import { suggestEncoding } from '../internal/suggestEncoding.js';
import { findInvalidUtf8 } from '../internal/findInvalidUtf8.js';
import { createByteStripper } from '../strip/createByteStripper.js';
import type { ScanOptions } from '../strip/scanGlosses.js';
import { invalidChunk, type TextTransformOptions } from './createTextTransform.js';

/**
 * The strip Transform for UTF-8 input in strict mode (the default of the
 * streams and the CLI): bytes in, bytes out, never decoded to text (see
 * `createByteStripper`). It checks the bytes as the text path's decoder
 * does, with the same errors: `invalid bytes for utf-8 at byte N` at the
 * first bad sequence, `truncated character …` for a character cut by the
 * end; a BOM at the very start of the bytes is dropped. String chunks are encoded to
 * UTF-8 first (a surrogate pair split between two strings is joined).
 */
export function createByteStripTransform(scan: ScanOptions, { onBytes }: Pick<TextTransformOptions, 'onBytes'> = {}): Transform {
  const stripper = createByteStripper(scan);
  let carry: Uint8Array = new Uint8Array(0); // bytes of a character cut by the chunk's end
  let checked = 0; // bytes checked before `carry`
  let started = false;
  let heldSurrogate = '';

  const check = (bytes: Uint8Array, fromText = false): Uint8Array => {
    const all = carry.length === 0 ? bytes : Buffer.concat([carry, bytes]);
    const cut = completeLength(all, 'utf-8');
    carry = all.slice(cut);
    let part = all.subarray(0, cut);
    if (!isUtf8(part)) {
      const at = Math.max(0, findInvalidUtf8(part));
      throw invalid('utf-8', checked + at, undefined, false, suggestEncoding(part.subarray(at)));
    }
    checked += cut;
    if (!started && part.length > 0) {
      started = true;
      // Only a decoded BOM goes, as in the text path: a string's U+FEFF is text.
      if (!fromText && part[0] === 0xef && part[1] === 0xbb && part[2] === 0xbf) part = part.subarray(3);
    }
    return part;
  };

  return new Transform({
    decodeStrings: false,
    transform(chunk: unknown, _encoding, callback) {
      try {
        let part: Uint8Array;
        if (typeof chunk === 'string') {
          let text = heldSurrogate + chunk;
          heldSurrogate = '';
          const last = text.charCodeAt(text.length - 1);
          if (last >= 0xd800 && last <= 0xdbff) {
            heldSurrogate = text.slice(-1);
            text = text.slice(0, -1);
          }
          part = check(Buffer.from(text, 'utf8'), true);
        } else if (chunk instanceof Uint8Array) {
          onBytes?.(chunk.length);
          part = check(chunk);
        } else {
          throw invalidChunk(chunk);
        }
        const out = stripper.push(part);
        callback(null, out.length > 0 ? out : undefined);
      } catch (error) {
        callback(error as Error);
      }
    },
    flush(callback) {
      try {
        if (carry.length > 0) throw invalid('utf-8', checked, undefined, true);
        const rest = heldSurrogate.length > 0 ? stripper.push(check(Buffer.from(heldSurrogate, 'utf8'), true)) : new Uint8Array(0);
        const out = Buffer.concat([rest, stripper.flush()]);
        callback(null, out.length > 0 ? out : undefined);
      } catch (error) {
        callback(error as Error);
      }
    },
  });
}
