import type { Transform } from 'node:stream';
import { openAnnotateSession } from '../annotate/createAnnotateSession.js';
import { resolveAnnotateOptions } from '../annotate/resolveAnnotateOptions.js';
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
  // Checked under this function's own name: a bad option names what the caller called.
  return createTextTransform(openAnnotateSession(resolveAnnotateOptions('createAnnotateStream', annotateOptions)), decodeOptions);
}
