import type { Transform } from 'node:stream';
import { createAnnotateSession } from '../annotate/index.js';
import type { AnnotateStreamOptions } from '../types.js';
import { createTextTransform } from './createTextTransform.js';
import { splitDecodeOptions } from './splitDecodeOptions.js';

/**
 * A Transform whose output equals `annotate()` of all its input, for any
 * chunking: Buffers (UTF-8 by default, see `encoding`) or strings in, UTF-8
 * Buffers out.
 * @example
 * process.stdin.pipe(createAnnotateStream({ select: 'polyphonic' })).pipe(process.stdout);
 */
export function createAnnotateStream(options?: AnnotateStreamOptions): Transform {
  const [decodeOptions, annotateOptions] = splitDecodeOptions('createAnnotateStream', options);
  return createTextTransform(createAnnotateSession(annotateOptions), decodeOptions);
}
