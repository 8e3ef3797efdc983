import type { Gloss } from '../types.js';
import type { FoundGloss } from './types.js';

/** One `find` output line, the same fields as the CLI's plain-text `find`. */
export function formatFound(gloss: Gloss, file: string | undefined, line: number): string {
  const record: FoundGloss = {
    ...(file === undefined ? {} : { file }),
    line,
    start: gloss.start,
    end: gloss.end,
    wordStart: gloss.wordStart,
    wordEnd: gloss.wordEnd,
    word: gloss.word,
    pinyin: gloss.pinyin,
    expected: gloss.expected,
    agrees: gloss.agrees,
    capitalized: gloss.capitalized,
  };
  return `${JSON.stringify(record)}\n`;
}
