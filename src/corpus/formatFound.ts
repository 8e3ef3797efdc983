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

/**
 * The `find` output lines of the glosses found in `text`, a part of the
 * whole input that starts at UTF-16 `offset` on line `line`: offsets and
 * line numbers are those of the whole input. Plain-text `find` in the CLI's
 * streaming session and in a corpus batch both write through here.
 */
export function formatFoundIn(glosses: readonly Gloss[], text: string, file: string | undefined, offset: number, line: number): string {
  let out = '';
  let scanned = 0;
  for (const gloss of glosses) {
    for (let i = text.indexOf('\n', scanned); i !== -1 && i < gloss.start; i = text.indexOf('\n', i + 1)) {
      line++;
      scanned = i + 1;
    }
    out += formatFound(shift(gloss, offset), file, line);
  }
  return out;
}

function shift(gloss: Gloss, by: number): Gloss {
  if (by === 0) return gloss;
  return { ...gloss, start: gloss.start + by, end: gloss.end + by, wordStart: gloss.wordStart + by, wordEnd: gloss.wordEnd + by };
}
