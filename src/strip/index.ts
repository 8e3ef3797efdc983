import { notImplemented } from '../internal/notImplemented.js';
import type { FindGlossesOptions, Gloss, ReannotateOptions, StripOptions } from '../types.js';
export function strip(_text: string, _options?: StripOptions): string { return notImplemented('strip'); }
export function findGlosses(_text: string, _options?: FindGlossesOptions): Gloss[] { return notImplemented('findGlosses'); }
export function reannotate(_text: string, _options?: ReannotateOptions): string { return notImplemented('reannotate'); }
/** Incremental stripping: the concatenated push()/flush() output equals strip(all input). */
export function createStripper(_options?: StripOptions): { push(text: string): string; flush(): string } { return notImplemented('createStripper'); }
