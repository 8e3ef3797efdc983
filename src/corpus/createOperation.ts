import { annotate } from '../annotate/index.js';
import { findGlosses, reannotate } from '../find/index.js';
import type { AnnotateOptions, FindGlossesOptions, Gloss, ReannotateOptions } from '../types.js';
import { countGlosses } from './countGlosses.js';
import { createStripOperation } from './createStripOperation.js';
import type { CorpusTask } from './types.js';

/** One text in, its new text (and the glosses counted) or the glosses found. */
export type Operation =
  | { readonly kind: 'rewrite'; apply(text: string): { text: string; glosses: number } }
  | { readonly kind: 'find'; find(text: string): Gloss[] };

/** Binds a task's command to its library function and options. */
export function createOperation(task: Pick<CorpusTask, 'command' | 'options' | 'countGlosses'>): Operation {
  const count = task.countGlosses ?? true;
  const options = (task.options ?? {}) as AnnotateOptions & FindGlossesOptions & ReannotateOptions;
  switch (task.command) {
    case 'strip':
      return createStripOperation(task);
    case 'annotate': {
      const ruby = options.output === 'ruby';
      return {
        kind: 'rewrite',
        apply(text) {
          const next = annotate(text, options);
          return { text: next, glosses: count ? countGlosses(text, next, ruby) : 0 };
        },
      };
    }
    case 'reannotate':
      // Re-rendering keeps the number of glosses; none are removed or added.
      return { kind: 'rewrite', apply: (text) => ({ text: reannotate(text, options), glosses: 0 }) };
    case 'find':
      return { kind: 'find', find: (text) => findGlosses(text, options) };
  }
}
