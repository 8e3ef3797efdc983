import { checkBoolean, checkOptionKeys } from '../internal/options.js';
import type { StripOptions } from '../types.js';
import type { ScanOptions } from './scanGlosses.js';

/** Defaults of strip(), createStripper(), findGlosses() and reannotate(). */
const DEFAULT_STRIP_OPTIONS: Required<StripOptions> = {
  toneless: false,
  spaced: false,
  capitalized: false,
};

export const STRIP_OPTION_KEYS: readonly string[] = ['toneless', 'spaced', 'capitalized'];

/** Checks the options every stripping function shares; `known` lists all keys `fn` accepts. */
export function resolveStripOptions(fn: string, options: unknown, known: readonly string[] = STRIP_OPTION_KEYS): ScanOptions {
  checkOptionKeys(fn, options, known);
  const given = (options ?? {}) as Record<string, unknown>;
  return {
    toneless: checkBoolean(fn, 'toneless', given.toneless) ?? DEFAULT_STRIP_OPTIONS.toneless,
    spaced: checkBoolean(fn, 'spaced', given.spaced) ?? DEFAULT_STRIP_OPTIONS.spaced,
    capitalized: checkBoolean(fn, 'capitalized', given.capitalized) ?? DEFAULT_STRIP_OPTIONS.capitalized,
  };
}
