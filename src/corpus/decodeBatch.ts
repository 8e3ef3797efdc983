import { isUtf8 } from 'node:buffer';
import { PinyinGlossError } from '../errors.js';
import { completeLength } from '../internal/completeLength.js';
import { findInvalidUtf8 } from '../internal/findInvalidUtf8.js';

/**
 * Decodes a batch of UTF-8 bytes in the worker that processes it, so the
 * main thread only cuts bytes at `\n` (a byte that never occurs inside a
 * multi-byte character). Each batch decodes exactly as the whole input
 * would: `strict` fails like the CLI's decoder, naming the byte offset in
 * the whole input (`byteOffset` is the batch's); `replace` writes U+FFFD as
 * WHATWG's decoder does.
 */
export function decodeBatch(bytes: Uint8Array, byteOffset: number, strict: boolean, last: boolean): string {
  if (!strict) return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  // Fast path: a SIMD validity check, then the plain decoder.
  if (isUtf8(bytes)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const at = findInvalidUtf8(bytes);
  const truncated = last && at === completeLength(bytes, 'utf-8') && at < bytes.length;
  const offset = byteOffset + Math.max(0, at);
  throw Object.assign(
    new PinyinGlossError('INVALID_ENCODING', `${truncated ? 'truncated character' : 'invalid bytes'} for utf-8 at byte ${offset}`),
    { byteOffset: offset },
  );
}
