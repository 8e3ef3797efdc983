import { assertString } from '../internal/assertString.js';
import type { AnnotateOptions, AnnotatedToken } from '../types.js';
import { annotateTextTokens } from './annotateText.js';
import { resolveAnnotateOptions } from './resolveAnnotateOptions.js';

/**
 * What `annotate()` does, as data: every token of the text with its
 * syllables (tokens with Han characters) and whether it gets a gloss.
 * @example
 * annotateTokens('行长说')
 * //=> [{ text: '行长', start: 0, end: 2, pinyin: ['háng', 'zhǎng'], glossed: true },
 * //    { text: '说', start: 2, end: 3, pinyin: ['shuō'], glossed: true, hsk: 1 }]
 */
export function annotateTokens(text: string, options?: AnnotateOptions): AnnotatedToken[] {
  assertString(text);
  const resolved = resolveAnnotateOptions('annotateTokens', options);
  return text === '' ? [] : annotateTextTokens(text, resolved);
}
