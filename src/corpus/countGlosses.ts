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
  if (ruby) return countOf(text, '</rt>');
  return countOf(text, ')') + countOf(text, '）');
}

function countOf(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) count++;
  return count;
}
