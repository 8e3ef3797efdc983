import { assertString } from '../internal/assertString.js';
import type { StripOptions } from '../types.js';
import { stripperFor } from './createStripper.js';
import { resolveStripOptions } from './options.js';

/**
 * Removes pinyin glosses and nothing else: the result is the input with some
 * `(gloss)` substrings cut out (with `spaced`, also the spaces before them).
 * The rule for what is a gloss is in the README (section "strip").
 *
 * @example
 * strip('老旧小区改造(gǎizào)为起点')
 * //=> '老旧小区改造为起点'
 * strip('党群服务站(fúwùzhàn)(受访者供图)')
 * //=> '党群服务站(受访者供图)'
 */
export function strip(text: string, options?: StripOptions): string {
  assertString(text);
  // The same incremental core as streams, so the two cannot drift.
  const stripper = stripperFor(resolveStripOptions('strip', options));
  return stripper.push(text) + stripper.flush();
}
