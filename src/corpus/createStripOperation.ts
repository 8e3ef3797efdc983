import { strip } from '../strip/strip.js';
import type { StripOptions } from '../types.js';
import { countGlosses } from './countGlosses.js';
import type { Operation } from './createOperation.js';
import type { CorpusTask } from './types.js';

/**
 * The `strip` operation of `createOperation`, in a module of its own: a
 * worker thread that strips imports only this, not annotate's and find's
 * code and tables (which cost each worker about 40 ms and 7 MB to load).
 */
export function createStripOperation(task: Pick<CorpusTask, 'options' | 'countGlosses'>): Operation {
  const count = task.countGlosses ?? true;
  const options = (task.options ?? {}) as StripOptions;
  return {
    kind: 'rewrite',
    apply(text) {
      const next = strip(text, options);
      return { text: next, glosses: count ? countGlosses(text, next) : 0 };
    },
  };
}
