import { assertString } from '../internal/assertString.js';
import type { StripOptions } from '../types.js';
import { resolveStripOptions } from './options.js';
import { LOOK_BACK, scanGlosses, type ScanOptions } from './scanGlosses.js';

/** Incremental stripping; see `createStripper`. */
export interface Stripper {
  /** Strips what can be decided so far and returns it. */
  push(text: string): string;
  /** Strips the rest; the stripper can then be reused for a new text. */
  flush(): string;
}

/**
 * Incremental strip(): the concatenated `push()`/`flush()` outputs equal
 * `strip(allInput)` for any chunking, including chunks that end inside a
 * gloss, between a word and its gloss, or inside a surrogate pair.
 *
 * Memory is bounded whatever the input: between calls it keeps the last
 * `LOOK_BACK` (35) code units of stripped text as context and an undecided
 * tail of at most one bracket body (`MAX_GLOSS_LENGTH` = 160 code units,
 * plus the bracket and `MAX_GLOSS_SPACES` spaces).
 */
export function createStripper(options?: StripOptions): Stripper {
  return stripperFor(resolveStripOptions('createStripper', options));
}

/** A stripper for already-checked options. */
export function stripperFor(scan: ScanOptions): Stripper {
  let context = '';
  let pending = '';

  const keepContext = (out: string): void => {
    context = out.length >= LOOK_BACK ? out.slice(-LOOK_BACK) : (context + out).slice(-LOOK_BACK);
  };

  return {
    push(text: string): string {
      assertString(text);
      if (text.length === 0) return '';
      const whole = context + pending + text;
      const result = scanGlosses(whole, context.length, false, scan);
      pending = whole.slice(result.safe);
      keepContext(result.out);
      return result.out;
    },
    flush(): string {
      const result = scanGlosses(context + pending, context.length, true, scan);
      context = '';
      pending = '';
      return result.out;
    },
  };
}
