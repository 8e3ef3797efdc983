import { notImplemented } from '../internal/notImplemented.js';
import type { AnnotateOptions } from '../types.js';
export function annotateHtml(_text: string, _options?: AnnotateOptions): string { return notImplemented('annotateHtml'); }
