import type { Transform } from 'node:stream';
import { stripperFor } from '../strip/createStripper.js';
import { resolveStripOptions } from '../strip/options.js';
import type { StripStreamOptions } from '../types.js';
import { createTextTransform } from './createTextTransform.js';
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
  // Checked under this function's own name: a bad option names what the caller called.
  return createTextTransform(stripperFor(resolveStripOptions('createStripStream', stripOptions)), decodeOptions);
}
