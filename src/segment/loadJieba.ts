import type { SegmenterChoice } from '../types.js';
import type { Jieba } from './createJiebaLoader.js';
import { resolveSegmenter } from './resolveSegmenter.js';

// The `segmenter` choice of the call running now (all of it is synchronous),
// so that the code below the public functions needs no backend parameter.
let current: SegmenterChoice = 'auto';

/** Runs `run` with `choice` as the segmenter that `loadJieba()` gives. */
export function withSegmenter<T>(choice: SegmenterChoice, run: () => T): T {
  const outer = current;
  current = choice;
  try {
    return run();
  } finally {
    current = outer;
  }
}

/**
 * The raw jieba cut and dictionary of the running call's `segmenter` choice
 * (see `withSegmenter`), loaded on first use.
 */
export function loadJieba(): Jieba {
  return resolveSegmenter(current);
}
