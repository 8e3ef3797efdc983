import { isUtf8 } from 'node:buffer';
import { completeLength } from '../internal/completeLength.js';
import { invalid } from '../internal/createChunkDecoder.js';
import { findInvalidUtf8 } from '../internal/findInvalidUtf8.js';
import { suggestEncoding } from '../internal/suggestEncoding.js';

/** Bytes after the first invalid one that `suggestEncoding` looks at. */
const SAMPLE = 1 << 16;

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
  const readsAs = truncated ? undefined : suggestEncoding(bytes.subarray(Math.max(0, at), Math.max(0, at) + SAMPLE));
  throw invalid('utf-8', offset, undefined, truncated, readsAs);
}
