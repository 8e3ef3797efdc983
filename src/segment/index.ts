import { notImplemented } from '../internal/notImplemented.js';
import type { SegmentOptions, Token } from '../types.js';
export function segment(_text: string, _options?: SegmentOptions): Token[] { return notImplemented('segment'); }
