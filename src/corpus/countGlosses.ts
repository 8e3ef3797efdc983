/**
 * How many glosses `strip` removed or `annotate` added, without a second
 * parse: every gloss holds exactly one closing bracket, `)` or `）`, and the
 * functions only remove (strip) or only insert (inline annotate) glosses, so
 * the change in the number of closing brackets is the number of glosses.
 * Ruby output escapes the input's `<`, so each `</rt>` in it is a gloss.
 */
export function countGlosses(before: string, after: string, ruby = false): number {
  return Math.abs(glossMarks(after, ruby) - (ruby ? 0 : glossMarks(before, false)));
}

/** The marks `countGlosses` compares: closing brackets, or `</rt>` in ruby output. */
export function glossMarks(text: string, ruby = false): number {
  if (ruby) return (text.length - text.replaceAll('</rt>', '').length) / 5;
  // One native pass; a JavaScript loop of indexOf calls costs a call per gloss.
  return text.length - text.replace(CLOSES, '').length;
}

const CLOSES = /[)）]/g;
