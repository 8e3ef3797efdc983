import type { Transform } from 'node:stream';
import { notImplemented } from '../internal/notImplemented.js';
import type { AnnotateOptions, StripOptions } from '../types.js';
export function createStripStream(_options?: StripOptions): Transform { return notImplemented('createStripStream'); }
export function createAnnotateStream(_options?: AnnotateOptions): Transform { return notImplemented('createAnnotateStream'); }
