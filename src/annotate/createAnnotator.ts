import { assertString } from '../internal/assertString.js';
import type { AnnotateOptions, AnnotatedToken } from '../types.js';
import { annotateText, annotateTextTokens } from './annotateText.js';
import { resolveAnnotateOptions } from './resolveAnnotateOptions.js';

export interface Annotator {
  annotate(text: string): string;
  annotateTokens(text: string): AnnotatedToken[];
}

/**
 * Checks the options once and returns `annotate` / `annotateTokens` bound to
 * them, for annotating many texts the same way. Each call is independent
 * (`once` and occurrences count within one text).
 * @example
 * const annotator = createAnnotator({ select: 'polyphonic' });
 * annotator.annotate('银行行长')
 * //=> '银行行长(yínhánghángzhǎng)'
 */
export function createAnnotator(options?: AnnotateOptions): Annotator {
  const resolved = resolveAnnotateOptions('createAnnotator', options);
  return {
    annotate(text) {
      assertString(text);
      return text === '' ? '' : annotateText(text, resolved);
    },
    annotateTokens(text) {
      assertString(text);
      return text === '' ? [] : annotateTextTokens(text, resolved);
    },
  };
}
