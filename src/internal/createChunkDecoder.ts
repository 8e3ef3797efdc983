import iconv from 'iconv-lite';
import { PinyinGlossError } from '../errors.js';
import type { DecodeOptions, InputEncoding } from '../types.js';
import { completeLength, dbcsSequenceLength } from './completeLength.js';
import { findInvalidUtf8 } from './findInvalidUtf8.js';
import { suggestEncoding } from './suggestEncoding.js';

export const INPUT_ENCODINGS: readonly InputEncoding[] = ['utf-8', 'gb18030', 'gbk', 'big5', 'utf-16le'];

export const DEFAULT_DECODE_OPTIONS = {
  encoding: 'utf-8',
  encodingErrors: 'strict',
} as const satisfies Required<DecodeOptions>;

/** Incremental bytes → text; `write()` may return '' while a character is incomplete. */
export interface ChunkDecoder {
  write(bytes: Uint8Array): string;
  end(): string;
  /** Bytes handed to `write()` so far. */
  readonly bytesIn: number;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Logic: every chunk is cut at its last character boundary; the complete
 * part is decoded whole (so the decoder keeps no hidden state and an error
 * offset is exact) and the few trailing bytes are carried into the next
 * chunk. A BOM at the very start is removed. Strict mode throws
 * INVALID_ENCODING with the offset of the first byte of the bad sequence.
 */
export function createChunkDecoder(options: DecodeOptions = {}): ChunkDecoder {
  // `??`, not spread: an explicit `undefined` means the default.
  const encoding = options.encoding ?? DEFAULT_DECODE_OPTIONS.encoding;
  const encodingErrors = options.encodingErrors ?? DEFAULT_DECODE_OPTIONS.encodingErrors;
  const strict = encodingErrors === 'strict';
  const utf8 = new TextDecoder('utf-8', { fatal: strict, ignoreBOM: true });
  let carry: Uint8Array = new Uint8Array(0);
  let decodedBytes = 0; // bytes before `carry`
  let bytesIn = 0;
  let started = false;

  function decodePart(part: Uint8Array): string {
    let text: string;
    if (encoding === 'utf-8') {
      try {
        text = utf8.decode(part);
      } catch (cause) {
        const at = Math.max(0, findInvalidUtf8(part));
        throw invalid(encoding, decodedBytes + at, cause, false, suggestEncoding(part.subarray(at)));
      }
    } else if (encoding === 'utf-16le') {
      text = Buffer.from(part.buffer, part.byteOffset, part.byteLength).toString('utf16le');
      if (strict) {
        const bad = LONE_SURROGATE.exec(text);
        if (bad) throw invalid(encoding, decodedBytes + 2 * bad.index);
      } else text = text.replace(LONE_SURROGATES, '\uFFFD');
    } else {
      text = iconv.decode(Buffer.from(part.buffer, part.byteOffset, part.byteLength), encoding, { stripBOM: false });
      if (strict && text.includes('\uFFFD')) {
        const offset = findInvalidDbcs(part, encoding);
        if (offset >= 0) throw invalid(encoding, decodedBytes + offset);
      }
    }
    decodedBytes += part.length;
    if (!started && text.length > 0) {
      started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    return text;
  }

  return {
    get bytesIn() {
      return bytesIn;
    },
    write(bytes) {
      bytesIn += bytes.length;
      const all = carry.length === 0 ? bytes : concat(carry, bytes);
      const cut = completeLength(all, encoding);
      carry = all.slice(cut);
      return cut === 0 ? '' : decodePart(all.subarray(0, cut));
    },
    end() {
      if (carry.length === 0) return '';
      const rest = carry;
      carry = new Uint8Array(0);
      if (strict) throw invalid(encoding, decodedBytes, undefined, true);
      // A truncated character at the end of the input: one replacement character.
      decodedBytes += rest.length;
      return '\uFFFD';
    },
  };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const all = new Uint8Array(a.length + b.length);
  all.set(a, 0);
  all.set(b, a.length);
  return all;
}

// U+FFFD in iconv's output may be a real U+FFFD in the input (GB18030 can
// encode it): only a sequence that does not encode U+FFFD is an error.
function findInvalidDbcs(part: Uint8Array, encoding: InputEncoding): number {
  const gb18030 = encoding === 'gb18030';
  const realReplacement = iconv.encode('\uFFFD', encoding);
  let i = 0;
  while (i < part.length) {
    const length = dbcsSequenceLength(part, i, gb18030) || part.length - i;
    const sequence = Buffer.from(part.subarray(i, i + length));
    if (iconv.decode(sequence, encoding, { stripBOM: false }).includes('\uFFFD') && !sequence.equals(realReplacement)) return i;
    i += length;
  }
  return -1;
}

/**
 * The INVALID_ENCODING error. Invalid UTF-8 that reads cleanly as a legacy
 * Chinese encoding says so (`suggestEncoding`): `invalid bytes for utf-8 at
 * byte 0 (they read cleanly as gb18030)`.
 */
export function invalid(encoding: InputEncoding, offset: number, cause?: unknown, truncated = false, readsAs?: string): PinyinGlossError {
  const what = truncated ? 'truncated character' : 'invalid bytes';
  const hint = readsAs === undefined ? '' : ` (they read cleanly as ${readsAs})`;
  return Object.assign(
    new PinyinGlossError('INVALID_ENCODING', `${what} for ${encoding} at byte ${offset}${hint}`, { cause }),
    { byteOffset: offset },
  );
}
