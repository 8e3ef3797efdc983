import { checkOneOf } from '../internal/options.js';
import { INPUT_ENCODINGS } from '../internal/createChunkDecoder.js';
import type { DecodeOptions } from '../types.js';

/**
 * Separates the stream's own decoding options from the library options, which
 * go on to the session (and its own unknown-option check).
 */
export function splitDecodeOptions<T extends DecodeOptions>(
  fn: string,
  options: T | undefined,
): [DecodeOptions, Omit<T, keyof DecodeOptions> | undefined] {
  if (options === undefined || options === null || typeof options !== 'object') {
    return [{}, options as Omit<T, keyof DecodeOptions> | undefined];
  }
  const { encoding, encodingErrors, ...rest } = options;
  const decode: DecodeOptions = {
    encoding: checkOneOf(fn, 'encoding', encoding, INPUT_ENCODINGS),
    encodingErrors: checkOneOf(fn, 'encodingErrors', encodingErrors, ['strict', 'replace'] as const),
  };
  return [decode, rest];
}
