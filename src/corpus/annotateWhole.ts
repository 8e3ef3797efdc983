import { createAnnotateSession } from '../annotate/index.js';
import type { AnnotateOptions } from '../types.js';
import { glossMarks } from './countGlosses.js';
import { countLines } from './processBatch.js';
import type { CorpusTask } from './types.js';

/** Whether an annotate task must see the whole text at once: `once` and `{rate, seed}` decide a word's gloss from what came before in the text. */
export function carriesState(options: AnnotateOptions): boolean {
  const select = options.select;
  return options.once === true || (typeof select === 'object' && select !== null && 'rate' in select);
}

export async function* annotateWhole(
  input: AsyncIterable<string>,
  task: CorpusTask,
  stats: { lines: number; records: number; glosses: number },
): AsyncGenerator<string> {
  const options: AnnotateOptions = task.options ?? {};
  const session = createAnnotateSession(options);
  const ruby = options.output === 'ruby';
  // Counted over the whole text: the session holds back a tail between chunks.
  let marksIn = 0;
  let marksOut = 0;
  let last = '';
  for await (const chunk of input) {
    stats.lines += countLines(chunk, false);
    if (chunk.length > 0) last = chunk;
    if (!ruby) marksIn += glossMarks(chunk);
    const out = session.push(chunk);
    marksOut += glossMarks(out, ruby);
    if (out.length > 0) yield out;
  }
  const out = session.flush();
  marksOut += glossMarks(out, ruby);
  if (last.length > 0 && !last.endsWith('\n')) stats.lines++;
  stats.records = 1;
  stats.glosses = marksOut - marksIn;
  if (out.length > 0) yield out;
}

