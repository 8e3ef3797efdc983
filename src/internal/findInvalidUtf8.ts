/**
 * Logic (WHATWG UTF-8): returns the offset of the first byte that starts an
 * invalid or truncated sequence in `bytes[0, end)`, or -1 when all is valid.
 * Overlong forms, surrogates (ED A0..) and code points above U+10FFFF are
 * invalid. Only called on the error path, to name the byte in the message.
 */
export function findInvalidUtf8(bytes: Uint8Array, end = bytes.length): number {
  let i = 0;
  while (i < end) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let trail: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) trail = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      trail = 2;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      trail = 3;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k <= trail; k++) {
      if (i + k >= end) return i;
      const byte = bytes[i + k]!;
      // Only the first continuation byte has the narrowed range.
      if (k === 1 ? byte < low || byte > high : byte < 0x80 || byte > 0xbf) return i;
    }
    i += trail + 1;
  }
  return -1;
}
