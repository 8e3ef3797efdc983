import { assertString } from '../internal/assertString.js';
import type { AnnotateOptions } from '../types.js';
import { annotateText } from './annotateText.js';
import { resolveAnnotateOptions } from './resolveAnnotateOptions.js';

/**
 * Inserts a pinyin gloss after each selected word, read in context. The
 * default is the style of real pages: ASCII parentheses, tone marks,
 * syllables joined. A word that already carries a gloss keeps it as
 * written and gets no second one, so `annotate(annotate(x)) === annotate(x)`.
 * @example
 * annotate('老旧小区改造')
 * //=> '老旧(lǎojiù)小区(xiǎoqū)改造(gǎizào)'
 * annotate('老旧小区改造', { select: ['改造'], tone: 'number', separator: ' ' })
 * //=> '老旧小区改造(gai3 zao4)'
 */
export function annotate(text: string, options?: AnnotateOptions): string {
  assertString(text);
  const resolved = resolveAnnotateOptions('annotate', options);
  return text === '' ? '' : annotateText(text, resolved);
}
