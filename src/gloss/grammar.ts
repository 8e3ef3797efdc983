/**
 * The gloss grammar's fixed characters and limits, shared by the reader
 * (`readGlossBody`, `matchGloss`, the stripper) and documented in the README.
 *
 * A gloss is `OPEN body CLOSE` right after the Han characters it covers:
 * OPEN `(` or `（`, CLOSE `)` or `）`.
 */

/**
 * Most syllables one gloss may hold, and so most Han characters it covers.
 * Bounds the look-back before a gloss (16 characters, 32 UTF-16 units when
 * astral) and the work spent on one candidate.
 */
export const MAX_GLOSS_SYLLABLES = 16;

/**
 * Most UTF-16 code units between the brackets (16 syllables of up to 6
 * letters, a combining tone mark, a digit and a separator each fit). A longer
 * bracket is never a gloss, which bounds the text a streaming stripper must
 * hold back while it waits for a closing bracket.
 */
export const MAX_GLOSS_LENGTH = 160;

/**
 * With `spaced: true`, most spaces (U+0020, U+00A0 or U+3000) allowed between
 * a word and its gloss: `小区 (xiǎoqū)`.
 */
export const MAX_GLOSS_SPACES = 3;

export function isOpenBracket(code: number): boolean {
  return code === 0x28 || code === 0xff08;
}

export function isCloseBracket(code: number): boolean {
  return code === 0x29 || code === 0xff09;
}

/** A space that may stand between a word and its gloss with `spaced: true`. */
export function isGlossSpace(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x3000;
}

/**
 * What may stand between the syllables of one gloss: none, space `'` `’` `-`
 * `·`. annotate() and reannotate() write only these, so that strip() reads
 * back and removes whatever they wrote.
 */
export const SEPARATORS = ['', ' ', "'", '’', '-', '·'] as const;

/** A non-empty `SEPARATORS` character (compared by code: the gloss reader calls it per character). */
export function isSyllableSeparator(code: number): boolean {
  return code === 0x20 || code === 0x27 || code === 0x2019 || code === 0x2d || code === 0xb7;
}
