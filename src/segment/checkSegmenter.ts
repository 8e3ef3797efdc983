import { PinyinGlossError } from '../errors.js';
import { checkOneOf } from '../internal/options.js';
import type { SegmenterChoice } from '../types.js';

const SEGMENTERS = ['auto', 'nodejieba', 'wasm'] as const;

/** The environment variable that chooses the segmenter when no option does. */
const SEGMENTER_ENV = 'PINYIN_GLOSS_SEGMENTER';

/**
 * The `segmenter` option, else the `PINYIN_GLOSS_SEGMENTER` environment
 * variable (where there is an environment), else `'auto'`.
 */
export function checkSegmenter(fn: string, value: unknown): SegmenterChoice {
  const given = checkOneOf(fn, 'segmenter', value, SEGMENTERS);
  if (given !== undefined) return given;
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[SEGMENTER_ENV];
  if (env === undefined || env === '') return 'auto';
  if (!(SEGMENTERS as readonly string[]).includes(env)) {
    throw new PinyinGlossError(
      'INVALID_OPTION',
      `${fn}: the environment variable ${SEGMENTER_ENV} must be one of ${SEGMENTERS.map((name) => `'${name}'`).join(', ')}, got '${env}'`,
    );
  }
  return env as SegmenterChoice;
}
