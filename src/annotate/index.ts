import { notImplemented } from '../internal/notImplemented.js';
import type { AnnotateOptions, AnnotatedToken } from '../types.js';
export function annotate(_text: string, _options?: AnnotateOptions): string { return notImplemented('annotate'); }
export function annotateTokens(_text: string, _options?: AnnotateOptions): AnnotatedToken[] { return notImplemented('annotateTokens'); }
export function createAnnotator(_options?: AnnotateOptions): { annotate(text: string): string; annotateTokens(text: string): AnnotatedToken[] } { return notImplemented('createAnnotator'); }
/** Incremental annotation: the concatenated push()/flush() output equals annotate(all input). */
export function createAnnotateSession(_options?: AnnotateOptions): { push(text: string): string; flush(): string } { return notImplemented('createAnnotateSession'); }
