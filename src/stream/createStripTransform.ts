import type { Transform } from 'node:stream';
import { DEFAULT_DECODE_OPTIONS } from '../internal/createChunkDecoder.js';
import { stripperFor } from '../strip/createStripper.js';
import { resolveStripOptions } from '../strip/options.js';
import type { StripOptions } from '../types.js';
import { createByteStripTransform } from './createByteStripTransform.js';
import { createTextTransform, type TextTransformOptions } from './createTextTransform.js';

/**
 * The strip Transform of the streams and the CLI: UTF-8 in strict mode (the
 * default) is stripped as bytes, never decoded (`createByteStripTransform`);
 * other encodings, and `encodingErrors: 'replace'`, are decoded to text and
 * stripped there. Both give the bytes of `strip()` of the decoded input.
 */
export function createStripTransform(options: StripOptions | undefined, decode: TextTransformOptions = {}): Transform {
  const scan = resolveStripOptions('createStripStream', options);
  const encoding = decode.encoding ?? DEFAULT_DECODE_OPTIONS.encoding;
  const encodingErrors = decode.encodingErrors ?? DEFAULT_DECODE_OPTIONS.encodingErrors;
  if (encoding === 'utf-8' && encodingErrors === 'strict') return createByteStripTransform(scan, decode);
  return createTextTransform(stripperFor(scan), decode);
}
