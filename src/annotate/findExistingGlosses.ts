import { scanGlosses, type FoundGloss, type ScanOptions } from '../strip/scanGlosses.js';

/** The glosses a piece of text already carries, and the piece without them. */
export interface ExistingGlosses {
  /** The piece with its glosses cut out: what is segmented and read. */
  readonly text: string;
  /** Word spans `[start, end)` in `text` that already carry a gloss. */
  readonly spans: readonly (readonly [start: number, end: number])[];
  /**
   * Where each gloss was cut, in order: its offset in `text` (always the end
   * of its word span), and its `[start, end)` in the piece (with the spaces
   * before a spaced gloss).
   */
  readonly cuts: readonly { readonly at: number; readonly start: number; readonly end: number }[];
}

/**
 * What counts as a gloss a word already carries: everything strip() can
 * read, in any of its modes. Toneless and capitalized, so that annotate
 * reads back what it wrote with `tone: 'none'` or capitalized names; spaced,
 * so that a vocabulary entry `小区 (xiǎoqū)` gets no second reading.
 */
const EXISTING: ScanOptions = { toneless: true, spaced: true, capitalized: true };

/**
 * Finds the glosses already in `piece` with strip()'s scanner (the one gloss
 * grammar), so that annotate leaves the words carrying them as they are:
 * `annotate(annotate(x)) === annotate(x)`, and a glossed scrape
 * (`經(jīng)濟(jì)發展`) keeps its glosses while the rest is annotated.
 * `undefined` when there are none (the text is then the piece itself).
 */
export function findExistingGlosses(piece: string): ExistingGlosses | undefined {
  // Fast path: no bracket, no gloss.
  if (piece.indexOf('(') === -1 && piece.indexOf('（') === -1) return undefined;
  const found: FoundGloss[] = [];
  const text = scanGlosses(piece, 0, true, EXISTING, found).out;
  if (found.length === 0) return undefined;
  const spans: [number, number][] = [];
  const cuts: { at: number; start: number; end: number }[] = [];
  let removed = 0; // code units cut before the current gloss
  for (const gloss of found) {
    const at = gloss.cutStart - removed;
    // The word lies before its gloss; glosses inside it were cut already (經(jīng)開(jīngkāi)).
    let inside = 0;
    for (let k = cuts.length - 1; k >= 0 && cuts[k]!.end > gloss.wordStart; k--) inside += cuts[k]!.end - cuts[k]!.start;
    const wordStart = gloss.wordStart - (removed - inside);
    spans.push([wordStart, at]);
    cuts.push({ at, start: gloss.cutStart, end: gloss.end });
    removed += gloss.end - gloss.cutStart;
  }
  return { text, spans, cuts };
}
