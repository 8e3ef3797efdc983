import { isCloseBracket, isSyllableSeparator, MAX_GLOSS_LENGTH } from './grammar.js';

/**
 * The body of a candidate gloss, normalised for matching: lowercase letters
 * with `ü` as `v`, the tone mark on each letter, and what stands between
 * letters (a separator or a tone digit). Filled in place by `readGlossBody`
 * and read by `matchGloss` right after: one scratch object, no allocation per
 * candidate (the stripper tries every bracket of a 50 MB text).
 */
export interface GlossBody {
  /** Letter codes (`a`–`z`, `ü` as `v`), `length` of them. */
  readonly letters: Uint8Array;
  /** Tone 1–4 of a mark on the letter (precomposed or NFD), 0 for none. */
  readonly marks: Uint8Array;
  /**
   * What stands before letter `b` (and, at `b = length`, before the closing
   * bracket): 0 nothing, 1 a separator, 2 a tone digit. A syllable may not
   * span a separator or a digit.
   */
  readonly breaks: Uint8Array;
  /** The tone digit at a break of kind 2 (neutral `0`/`5` → 5). */
  readonly digitTones: Uint8Array;
  length: number;
  /**
   * An upper bound on the syllables: every syllable holds a vowel or an
   * `m`, `n` or `r` (`ng`, `hm`, erhua `r`), so at most this many letters of
   * `aeiouvmnr`. Bounds the look-back for characters.
   */
  maxSyllables: number;
  /** Whether any tone mark or tone digit was written: evidence of pinyin. */
  hasTone: boolean;
  /** Offset of the closing bracket in the scanned text (bytes for `readGlossBodyBytes`). */
  close: number;
}

export const body: GlossBody = {
  letters: new Uint8Array(MAX_GLOSS_LENGTH + 1),
  marks: new Uint8Array(MAX_GLOSS_LENGTH + 1),
  breaks: new Uint8Array(MAX_GLOSS_LENGTH + 2),
  digitTones: new Uint8Array(MAX_GLOSS_LENGTH + 2),
  length: 0,
  maxSyllables: 0,
  hasTone: false,
  close: -1,
};

/** `readGlossBody` results. */
export const BODY_OK = 0;
/** Not a gloss body: a character outside the grammar, too long, empty. */
export const BODY_INVALID = 1;
/** The text ended before the closing bracket; more text may make it a gloss. */
export const BODY_INCOMPLETE = 2;

const V = 0x76; // 'v' stands for ü

// Letters that can carry a syllable: vowels (ü as v), and m, n, r.
const NUCLEUS = new Uint8Array(128);
for (const letter of 'aeiouvmnr') NUCLEUS[letter.charCodeAt(0)] = 1;
const U = 0x75;

// Precomposed letters (all below U+1E40) → letter code | tone << 8 |
// (uppercase ? 1 << 12 : 0); 0 for any other character. A typed table: this
// lookup runs for every marked vowel of a 50 MB text.
const PRECOMPOSED = new Uint16Array(0x1e40);
function addLetters(chars: string, letter: string, upper: boolean, tones: readonly number[]): void {
  [...chars].forEach((char, index) => {
    PRECOMPOSED[char.charCodeAt(0)] = letter.charCodeAt(0) | (tones[index]! << 8) | (upper ? 1 << 12 : 0);
  });
}
const FOUR = [1, 2, 3, 4];
addLetters('āáǎà', 'a', false, FOUR);
addLetters('ēéěè', 'e', false, FOUR);
addLetters('īíǐì', 'i', false, FOUR);
addLetters('ōóǒò', 'o', false, FOUR);
addLetters('ūúǔù', 'u', false, FOUR);
addLetters('ǖǘǚǜ', 'v', false, FOUR);
addLetters('ü', 'v', false, [0]);
addLetters('ńňǹ', 'n', false, [2, 3, 4]);
addLetters('ḿ', 'm', false, [2]);
addLetters('ĀÁǍÀ', 'a', true, FOUR);
addLetters('ĒÉĚÈ', 'e', true, FOUR);
addLetters('ĪÍǏÌ', 'i', true, FOUR);
addLetters('ŌÓǑÒ', 'o', true, FOUR);
addLetters('ŪÚǓÙ', 'u', true, FOUR);
addLetters('ǕǗǙǛ', 'v', true, FOUR);
addLetters('Ü', 'v', true, [0]);
addLetters('ŃŇǸ', 'n', true, [2, 3, 4]);
addLetters('Ḿ', 'm', true, [2]);

// Combining tone marks (NFD): macron 1, acute 2, caron 3, grave 4.
function combiningTone(code: number): number {
  switch (code) {
    case 0x304: return 1;
    case 0x301: return 2;
    case 0x30c: return 3;
    case 0x300: return 4;
    default: return 0;
  }
}

// What the previous character of the body was.
const START = 0;
const LETTER = 1;
const DIGIT = 2;
const SEPARATOR = 3;

// The body being read: letters so far, what came last, whether a tone was seen.
let n = 0;
let last = START;
let hasTone = false;
/** `readBodyUnit`: the body goes on. */
const MORE = -1;

/**
 * Reads the body of a candidate gloss starting at `from` (just after the
 * opening bracket) into `body`, up to the closing bracket.
 *
 * Logic (the grammar of a body):
 * - letters `a`–`z`; a capital only first or right after a separator
 *   (`Huáng Xiǎoqìng`, never `GNP` or `OI`);
 * - tone marks precomposed (`ǎ`) or combining (NFD `a` + U+030C), at most
 *   one per letter; `ü`, `v`, `u:` and NFD `u` + U+0308 all mean ü;
 * - a tone digit 1–4, or 0/5 for the neutral tone, right after a letter
 *   (`gai3zao4`, `le5`);
 * - one separator (space `'` `’` `-` `·`) between syllables, never first,
 *   last or doubled;
 * - at most `MAX_GLOSS_LENGTH` code units, at least one letter.
 * Anything else (digits 6–9, commas, Han, other brackets) ends the candidate.
 */
export function readGlossBody(text: string, from: number): number {
  beginBody();
  const limit = Math.min(text.length, from + MAX_GLOSS_LENGTH + 1);
  for (let i = from; i < limit; i++) {
    const status = readBodyUnit(text.charCodeAt(i), i);
    if (status !== MORE) return status;
  }
  // Ran out of text within the length limit: the bracket may close later.
  return limit === text.length && limit <= from + MAX_GLOSS_LENGTH ? BODY_INCOMPLETE : BODY_INVALID;
}

/**
 * `readGlossBody` on UTF-8 bytes (valid UTF-8), for the byte-level stripper:
 * the same grammar, one code unit at a time (`readBodyUnit`), with no string
 * made. `body.close` is then a byte offset.
 */
export function readGlossBodyBytes(bytes: Uint8Array, from: number, end: number): number {
  beginBody();
  let units = 0;
  let i = from;
  while (i < end && units <= MAX_GLOSS_LENGTH) {
    const lead = bytes[i]!;
    let status: number;
    if (lead < 0x80) {
      status = readBodyUnit(lead, i);
      i++;
    } else if (lead < 0xe0) {
      status = readBodyUnit(((lead & 0x1f) << 6) | (bytes[i + 1]! & 0x3f), i);
      i += 2;
    } else if (lead < 0xf0) {
      status = readBodyUnit(((lead & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f), i);
      i += 3;
    } else {
      // Astral: never in a body (a high surrogate ends it), counted as two units.
      status = readBodyUnit(0xd800, i);
      units++;
      i += 4;
    }
    units++;
    if (status !== MORE) return status;
  }
  return i >= end && units <= MAX_GLOSS_LENGTH ? BODY_INCOMPLETE : BODY_INVALID;
}

function beginBody(): void {
  n = 0;
  last = START;
  hasTone = false;
  body.breaks[0] = 0;
}

/** One code unit of the body at offset `at`: `MORE`, or the body's status. */
function readBodyUnit(code: number, at: number): number {
  const { letters, marks, breaks, digitTones } = body;
  let letter = 0;
  let tone = 0;
  if (code >= 0x61 && code <= 0x7a) {
    letter = code;
  } else if (code >= 0x41 && code <= 0x5a) {
    if (last !== START && last !== SEPARATOR) return BODY_INVALID;
    letter = code + 0x20;
  } else if (isCloseBracket(code)) {
    if (last !== LETTER && last !== DIGIT) return BODY_INVALID;
    body.length = n;
    let nuclei = 0;
    for (let k = 0; k < n; k++) if (NUCLEUS[letters[k]!] === 1) nuclei++;
    body.maxSyllables = nuclei;
    body.hasTone = hasTone;
    body.close = at;
    return BODY_OK;
  } else if (code >= 0x30 && code <= 0x35) {
    if (last !== LETTER) return BODY_INVALID;
    breaks[n] = 2;
    digitTones[n] = code === 0x30 ? 5 : code - 0x30;
    hasTone = true;
    last = DIGIT;
    return MORE;
  } else if (isSyllableSeparator(code)) {
    if (last !== LETTER && last !== DIGIT) return BODY_INVALID;
    if (breaks[n] === 0) breaks[n] = 1;
    last = SEPARATOR;
    return MORE;
  } else if (code === 0x3a || code === 0x308) {
    // `u:` and NFD `u` + diaeresis are ü.
    if (last !== LETTER || letters[n - 1] !== U) return BODY_INVALID;
    letters[n - 1] = V;
    return MORE;
  } else if (code >= 0x300 && code <= 0x30c) {
    const combined = combiningTone(code);
    if (combined === 0 || last !== LETTER || marks[n - 1] !== 0) return BODY_INVALID;
    marks[n - 1] = combined;
    hasTone = true;
    return MORE;
  } else {
    const packed = code < PRECOMPOSED.length ? PRECOMPOSED[code]! : 0;
    if (packed === 0) return BODY_INVALID;
    if (packed & (1 << 12) && last !== START && last !== SEPARATOR) return BODY_INVALID;
    letter = packed & 0xff;
    tone = (packed >> 8) & 0xf;
    if (tone !== 0) hasTone = true;
  }
  letters[n] = letter;
  marks[n] = tone;
  n++;
  breaks[n] = 0;
  last = LETTER;
  return MORE;
}
