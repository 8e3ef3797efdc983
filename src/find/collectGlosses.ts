import { parseDictionary } from '../annotate/parseDictionary.js';
import { markTone } from '../gloss/tones.js';
import { bareSyllable } from '../gloss/tones.js';
import { readingFormWithReadings } from '../hanzi/readingForm.js';
import { defaultPolyphones } from '../pinyin/model/loadPolyphoneModel.js';
import { readTokens } from '../pinyin/readTokens.js';
import { splitTone } from '../gloss/tones.js';
import { checkBoolean } from '../internal/options.js';
import { checkNeutralTone, checkPolyphones, DEFAULT_ANNOTATE_OPTIONS } from '../annotate/resolveAnnotateOptions.js';
import type { Gloss, Token } from '../types.js';
import { resolveStripOptions, STRIP_OPTION_KEYS } from '../strip/options.js';
import { scanGlosses, type FoundGloss } from '../strip/scanGlosses.js';

/** A found gloss with everything findGlosses() and reannotate() need. */
export interface CollectedGloss extends Gloss {
  /** Start of what strip() removes (the spaces before a spaced gloss, then the gloss). */
  readonly cutStart: number;
  /** The written syllables, tone-marked NFC, lowercase, erhua as `r`. */
  readonly written: readonly string[];
  /** The reading in context, one tone-marked syllable per character. */
  readonly reading: readonly string[];
  /** Whether strip() removes it (a capitalized reading stays unless `capitalized: true`). */
  readonly removed: boolean;
}

export const READING_OPTION_KEYS: readonly string[] = ['toneSandhi', 'neutralTone', 'polyphones', 'dict'];

/**
 * Finds the glosses of `text` (the scan strip() makes) and reads each
 * covered word in the context of the stripped text: the word spans are
 * handed to the reading engine as tokens, so no segmenter is loaded.
 */
export function collectGlosses(
  fn: string,
  text: string,
  options: unknown,
  known: readonly string[] = [...STRIP_OPTION_KEYS, ...READING_OPTION_KEYS],
): CollectedGloss[] {
  const scan = resolveStripOptions(fn, options, known);
  const given = (options ?? {}) as Record<string, unknown>;
  const toneSandhi = checkBoolean(fn, 'toneSandhi', given.toneSandhi) ?? false;
  const neutralTone = checkNeutralTone(fn, given.neutralTone) ?? DEFAULT_ANNOTATE_OPTIONS.neutralTone;
  const polyphones = checkPolyphones(fn, given.polyphones) ?? defaultPolyphones();
  const dict = parseDictionary(fn, given.dict);

  const found: FoundGloss[] = [];
  const stripped = scanGlosses(text, 0, true, scan, found).out;
  if (found.length === 0) return [];

  // Offsets of each word in the stripped text: subtract what was cut before
  // (a gloss kept as content, `removed: false`, cuts nothing)
  // (binary search over the cuts, which end in order; a word may enclose
  // earlier cuts, as in `經(jīng)開(jīngkāi)`, or start before the previous
  // word, as in `两个(gè)(liǎnggè)`).
  const cutEnds = found.map((gloss) => gloss.end);
  const removedUpTo = [0];
  for (const gloss of found) removedUpTo.push(removedUpTo.at(-1)! + (gloss.removed ? gloss.end - gloss.cutStart : 0));
  const toStripped = (offset: number): number => {
    let low = 0;
    let high = cutEnds.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cutEnds[mid]! <= offset) low = mid + 1;
      else high = mid;
    }
    return offset - removedUpTo[low]!;
  };
  const tokens: Token[] = [];
  const tokenOf = new Map<string, number>();
  const tokenIndex: number[] = [];
  for (const gloss of found) {
    const start = toStripped(gloss.wordStart);
    const end = toStripped(gloss.wordEnd);
    const key = `${start}:${end}`;
    let index = tokenOf.get(key);
    if (index === undefined) {
      index = tokens.length;
      tokens.push({ text: stripped.slice(start, end), start, end });
      tokenOf.set(key, index);
    }
    tokenIndex.push(index);
  }
  // The glossed spans are read as spans, not words; the reading form is made once for both readings.
  const engineInput = { spans: true, form: readingFormWithReadings(stripped) };
  const readings = readTokens(stripped, tokens, { toneSandhi, neutralTone, polyphones }, engineInput);

  const collected = found.map((gloss, i) => {
    const written = gloss.syllables.map((s) => (s.erhua ? 'r' : markTone(s.bare, s.tone)));
    const reading = readAsWritten(gloss, dict.get(gloss.word) ?? readings[tokenIndex[i]!], written);
    return {
      cutStart: gloss.cutStart,
      start: gloss.start,
      end: gloss.end,
      wordStart: gloss.wordStart,
      wordEnd: gloss.wordEnd,
      word: gloss.word,
      pinyin: text.slice(gloss.start + 1, gloss.end - 1),
      expected: reading.join(''),
      agrees: sameReading(gloss, reading),
      capitalized: gloss.capitalized,
      written,
      reading,
      removed: gloss.removed,
    };
  });

  // A gloss also agrees with the other neutralTone policy (认识 rènshi and
  // rènshí are both right): the words of the glosses that disagree, and only
  // those, are read again that way.
  const recheck = collected.flatMap((gloss, i) => (gloss.agrees || dict.has(gloss.word) ? [] : [i]));
  if (recheck.length > 0) {
    const otherPolicy = neutralTone === 'particles' ? 'dictionary' : 'particles';
    const again = readTokens(stripped, recheck.map((i) => tokens[tokenIndex[i]!]!), { toneSandhi, neutralTone: otherPolicy, polyphones }, engineInput);
    recheck.forEach((i, k) => {
      if (sameReading(found[i]!, readAsWritten(found[i]!, again[k], collected[i]!.written))) collected[i]!.agrees = true;
    });
  }
  return collected;
}

/** The reading in context, or the written one when the engine has none. */
function readAsWritten(gloss: FoundGloss, inContext: readonly string[] | undefined, written: readonly string[]): readonly string[] {
  // Erhua written as `r` is read as `r` (the engine may say `ér`).
  return inContext
    ? inContext.map((syllable, k) => (gloss.syllables[k]?.erhua && /^(ē|é|ě|è|e)?r$/.test(syllable) ? 'r' : syllable))
    : written;
}

// 一 and 不 change tone by context (一点儿 yìdiǎnr, 不对 búduì): a gloss may
// write either tone, so their tones are not compared.
const SANDHI_CHARS = '一不';

// Tones compared: a syllable written without tone is neutral.
function sameReading(gloss: FoundGloss, reading: readonly string[]): boolean {
  if (reading.length !== gloss.syllables.length) return false;
  const chars = [...gloss.word];
  return gloss.syllables.every((syllable, k) => {
    const expected = reading[k]!;
    if (syllable.erhua) return expected === 'r';
    if (bareSyllable(expected) !== syllable.bare) return false;
    if (SANDHI_CHARS.includes(chars[k]!)) return true;
    return splitTone(expected.normalize('NFC')).tone === (syllable.tone === 0 ? 5 : syllable.tone);
  });
}
