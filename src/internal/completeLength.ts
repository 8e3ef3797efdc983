import type { InputEncoding } from '../types.js';

/**
 * Length of the longest prefix of `bytes` that ends on a character boundary,
 * so a chunked decoder can decode it whole and carry the rest (at most 3
 * bytes) into the next chunk, split2 style. Invalid bytes count as complete:
 * the decoder then reports them.
 */
export function completeLength(bytes: Uint8Array, encoding: InputEncoding): number {
  switch (encoding) {
    case 'utf-8':
      return utf8CompleteLength(bytes);
    case 'utf-16le':
      return utf16CompleteLength(bytes);
    default:
      return dbcsCompleteLength(bytes, encoding === 'gb18030');
  }
}

// Fast path: UTF-8 is self-synchronising, so only the last 4 bytes matter.
function utf8CompleteLength(bytes: Uint8Array): number {
  const end = bytes.length;
  let p = end;
  while (p > 0 && end - p < 3 && (bytes[p - 1]! & 0xc0) === 0x80) p--;
  if (p === 0) return end;
  const lead = bytes[p - 1]!;
  if (lead < 0xc2 || lead > 0xf4) return end; // ASCII, or a byte that never leads: decode it now
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
  return end - (p - 1) < need ? p - 1 : end;
}

// A high surrogate at the end waits for its low half.
function utf16CompleteLength(bytes: Uint8Array): number {
  let end = bytes.length - (bytes.length % 2);
  if (end >= 2) {
    const unit = bytes[end - 2]! | (bytes[end - 1]! << 8);
    if (unit >= 0xd800 && unit <= 0xdbff) end -= 2;
  }
  return end;
}

/**
 * GBK, Big5 and GB18030 are not self-synchronising (a trail byte can look
 * like a lead byte), so the boundary is found by a forward scan: a byte
 * 0x81–0xFE leads a 2-byte character, or in GB18030 a 4-byte one when the
 * next byte is a digit 0x30–0x39.
 */
function dbcsCompleteLength(bytes: Uint8Array, gb18030: boolean): number {
  const end = bytes.length;
  let i = 0;
  while (i < end) {
    const length = dbcsSequenceLength(bytes, i, gb18030);
    if (length === 0) return i;
    i += length;
  }
  return end;
}

/** Length of the character starting at `i`, or 0 when the bytes end before we know. */
export function dbcsSequenceLength(bytes: Uint8Array, i: number, gb18030: boolean): number {
  const lead = bytes[i]!;
  if (lead < 0x81 || lead === 0xff) return 1;
  if (i + 1 >= bytes.length) return 0;
  const second = bytes[i + 1]!;
  const length = gb18030 && second >= 0x30 && second <= 0x39 ? 4 : 2;
  return i + length > bytes.length ? 0 : length;
}
