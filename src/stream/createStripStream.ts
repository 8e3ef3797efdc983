import type { Transform } from 'node:stream';
import type { StripStreamOptions } from '../types.js';
import { createStripTransform } from './createStripTransform.js';
import { splitDecodeOptions } from './splitDecodeOptions.js';

/**
 * A Transform whose output equals `strip()` of all its input, for any
 * chunking: Buffers (UTF-8 by default, see `encoding`) or strings in, UTF-8
 * Buffers out.
 * @example
 * fs.createReadStream('scrape.txt').pipe(createStripStream()).pipe(process.stdout);
 */
export function createStripStream(options?: StripStreamOptions): Transform {
  const [decodeOptions, stripOptions] = splitDecodeOptions('createStripStream', options);
  return createStripTransform(stripOptions, decodeOptions);
}
