import { isCloseBracket, isSyllableSeparator, MAX_GLOSS_LENGTH } from './grammar.js';
import { combiningTone, TONE_MARKED_LETTERS } from './tones.js';

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
  /** Whether any tone mark or tone digit was written, or the body is zhuyin: evidence of a reading. */
  hasTone: boolean;
  /**
   * Whether a letter was written as a capital (`Hànzì`, `Hànyǔ Pīnyīn`): how
   * dictionaries and learner material write a reading, which strip() keeps
   * unless asked (`isRemovedGloss`).
   */
  capitalized: boolean;
  /**
   * Whether the body is zhuyin (bopomofo): its letters are coded 0x80 + (letter − U+3100),
   * its tone marks ˊ ˇ ˋ ˉ stand after a syllable like a tone digit, and the
   * neutral ˙ before one (`neutralBefore`); a syllable without a mark is in the first tone.
   */
  zhuyin: boolean;
  /** 1 where a neutral-tone dot ˙ stands before letter `b`; set only for a zhuyin body (read it only then). */
  readonly neutralBefore: Uint8Array;
  /** Offset of the closing bracket in the scanned text. */
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
  capitalized: false,
  zhuyin: false,
  neutralBefore: new Uint8Array(MAX_GLOSS_LENGTH + 2),
  close: -1,
};

/** `readGlossBody` results. */
export const BODY_OK = 0;
/** Not a gloss body: a character outside the grammar, too long, empty. */
export const BODY_INVALID = 1;
/** The text ended before the closing bracket; more text may make it a gloss. */
export const BODY_INCOMPLETE = 2;

const V = 0x76; // 'v' stands for ü
// Bopomofo letters ㄅ (U+3105) to ㄯ (U+312F), coded 0x80 + (code − U+3100).
const BOPOMOFO_FIRST = 0x3105;
const BOPOMOFO_LAST = 0x312f;
const NEUTRAL_DOT = 0x2d9; // ˙

/** A zhuyin tone mark written after a syllable: ˉ 1, ˊ 2, ˇ 3, ˋ 4; 0 for any other character. */
function zhuyinTone(code: number): number {
  switch (code) {
    case 0x2c9: return 1;
    case 0x2ca: return 2;
    case 0x2c7: return 3;
    case 0x2cb: return 4;
    default: return 0;
  }
}

// Letters that can carry a syllable: vowels (ü as v), and m, n, r; every
// bopomofo letter (a syllable has at least one, so counting them all bounds the syllables).
const NUCLEUS = new Uint8Array(256);
for (const letter of 'aeiouvmnr') NUCLEUS[letter.charCodeAt(0)] = 1;
for (let code = BOPOMOFO_FIRST; code <= BOPOMOFO_LAST; code++) NUCLEUS[0x80 + code - 0x3100] = 1;
const U = 0x75;

// Precomposed letters (all below U+1E40) → letter code | tone << 8 |
// (uppercase ? 1 << 12 : 0); 0 for any other character. A typed table: this
// lookup runs for every marked vowel of a 50 MB text.
const PRECOMPOSED = new Uint16Array(0x1e40);
function addLetter(char: string, letter: string, tone: number): void {
  const code = letter === 'ü' ? V : letter.charCodeAt(0);
  PRECOMPOSED[char.charCodeAt(0)] = code | (tone << 8);
  PRECOMPOSED[char.toUpperCase().charCodeAt(0)] = code | (tone << 8) | (1 << 12);
}
for (const [char, [letter, tone]] of Object.entries(TONE_MARKED_LETTERS)) addLetter(char, letter, tone);
addLetter('ü', 'ü', 0);

// What the previous character of the body was.
const START = 0;
const LETTER = 1;
const DIGIT = 2;
const SEPARATOR = 3;
const NEUTRAL = 4; // zhuyin's ˙, which a letter must follow

// The body's arrays, fixed objects: read without going through `body`.
const LETTERS = body.letters;
const MARKS = body.marks;
const BREAKS = body.breaks;
const DIGIT_TONES = body.digitTones;
const NEUTRAL_BEFORE = body.neutralBefore;
const NO_BYTES = new Uint8Array(0);

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
 * - or zhuyin instead of letters (never both): bopomofo letters, a tone mark
 *   ˊ ˇ ˋ (or ˉ) right after a syllable, the neutral ˙ right before one
 *   (`ㄕˊ˙ㄏㄡ`), the same separators;
 * - at most `MAX_GLOSS_LENGTH` code units, at least one letter.
 * Anything else (digits 6–9, commas, Han, other brackets) ends the candidate.
 */
export function readGlossBody(text: string, from: number): number {
  return readBody(text, NO_BYTES, from, text.length);
}

/**
 * `readGlossBody` on UTF-8 bytes, never decoded to a string: the body starts
 * at `bytes[from]` and the bytes end at `end`; `body.close` is then the byte
 * offset of the closing bracket (`)` one byte, `）` three). Every character
 * a body may hold is in the BMP, so its code point is its one UTF-16 code
 * unit and the grammar and the length limit read the same as on text (a
 * 4-byte character is never a body's). A character cut by `end` is
 * incomplete, like the end of a text. The bytes must be valid UTF-8.
 */
export function readGlossBodyBytes(bytes: Uint8Array, from: number, end: number): number {
  return readBody(null, bytes, from, end);
}

/**
 * The one reader of both: code units of `text`, or code points decoded from
 * `bytes` when `text` is null (one function, so the grammar is written once
 * and its state stays in local variables).
 */
function readBody(text: string | null, bytes: Uint8Array, from: number, end: number): number {
  let n = 0;
  let last = START;
  let hasTone = false;
  let capitalized = false;
  // 0 not yet known, 1 pinyin letters, 2 zhuyin: a body is one or the other.
  let system = 0;
  // Letters that can carry a syllable (bounds the syllables).
  let nuclei = 0;
  // Code units read (the length limit counts them, as on text).
  let units = 0;
  BREAKS[0] = 0;
  NEUTRAL_BEFORE[0] = 0;
  let i = from;
  while (i < end) {
    if (units > MAX_GLOSS_LENGTH) return BODY_INVALID;
    let code: number;
    let width = 1;
    if (text !== null) code = text.charCodeAt(i);
    else {
      code = bytes[i]!;
      if (code >= 0x80) {
        // Only 2- and 3-byte characters can be a body's.
        if (code >= 0xf0 || code < 0xc0) return BODY_INVALID;
        width = code >= 0xe0 ? 3 : 2;
        if (i + width > end) break;
        code = width === 3 ? ((code & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f) : ((code & 0x1f) << 6) | (bytes[i + 1]! & 0x3f);
      }
    }
    units++;
    i += width;
    let letter = 0;
    let tone = 0;
    if (code >= 0x61 && code <= 0x7a) {
      if (system === 2) return BODY_INVALID;
      system = 1;
      letter = code;
    } else if (code < PRECOMPOSED.length && PRECOMPOSED[code] !== 0) {
      // A letter with a tone mark, ü, or a capital (`ǎ`, `ü`, `Ā`): tested
      // early, they are common (no other character of the grammar is in the table).
      const packed = PRECOMPOSED[code]!;
      if (system === 2) return BODY_INVALID;
      system = 1;
      if (packed & (1 << 12)) {
        if (last !== START && last !== SEPARATOR) return BODY_INVALID;
        capitalized = true;
      }
      letter = packed & 0xff;
      tone = (packed >> 8) & 0xf;
      if (tone !== 0) hasTone = true;
    } else if (isCloseBracket(code)) {
      if (last !== LETTER && last !== DIGIT) return BODY_INVALID;
      body.length = n;
      // (`u:` turns a counted `u` into `v`, also a nucleus: the count holds.)
      body.maxSyllables = nuclei;
      // Bopomofo writes nothing but readings: evidence enough, whatever its tones.
      body.hasTone = hasTone || system === 2;
      body.zhuyin = system === 2;
      body.capitalized = capitalized;
      body.close = i - width;
      return BODY_OK;
    } else if (code >= 0x41 && code <= 0x5a) {
      if ((last !== START && last !== SEPARATOR) || system === 2) return BODY_INVALID;
      system = 1;
      letter = code + 0x20;
      capitalized = true;
    } else if (code >= BOPOMOFO_FIRST && code <= BOPOMOFO_LAST) {
      if (system === 1) return BODY_INVALID;
      system = 2;
      letter = 0x80 + code - 0x3100;
    } else if (code === NEUTRAL_DOT) {
      // Before a zhuyin syllable: first, after a separator, a tone mark or a syllable.
      if (system === 1 || last === NEUTRAL) return BODY_INVALID;
      system = 2;
      if (BREAKS[n] === 0 && n > 0) BREAKS[n] = 1;
      NEUTRAL_BEFORE[n] = 1;
      last = NEUTRAL;
      continue;
    } else if (zhuyinTone(code) !== 0) {
      if (system !== 2 || last !== LETTER) return BODY_INVALID;
      BREAKS[n] = 2;
      DIGIT_TONES[n] = zhuyinTone(code);
      last = DIGIT;
      continue;
    } else if (code >= 0x30 && code <= 0x35) {
      if (last !== LETTER || system === 2) return BODY_INVALID;
      BREAKS[n] = 2;
      DIGIT_TONES[n] = code === 0x30 ? 5 : code - 0x30;
      hasTone = true;
      last = DIGIT;
      continue;
    } else if (isSyllableSeparator(code)) {
      if (last !== LETTER && last !== DIGIT) return BODY_INVALID;
      if (BREAKS[n] === 0) BREAKS[n] = 1;
      last = SEPARATOR;
      continue;
    } else if (code === 0x3a || code === 0x308) {
      // `u:` and NFD `u` + diaeresis are ü.
      if (last !== LETTER || LETTERS[n - 1] !== U) return BODY_INVALID;
      LETTERS[n - 1] = V;
      continue;
    } else if (code >= 0x300 && code <= 0x30c) {
      const combined = combiningTone(code);
      if (combined === 0 || last !== LETTER || MARKS[n - 1] !== 0 || system === 2) return BODY_INVALID;
      MARKS[n - 1] = combined;
      hasTone = true;
      continue;
    } else {
      return BODY_INVALID;
    }
    LETTERS[n] = letter;
    MARKS[n] = tone;
    nuclei += NUCLEUS[letter]!;
    n++;
    BREAKS[n] = 0;
    // Read only for zhuyin (whose letters all come with system 2).
    if (system === 2) NEUTRAL_BEFORE[n] = 0;
    last = LETTER;
  }
  // Ran out of input within the length limit: the bracket may close later.
  return units <= MAX_GLOSS_LENGTH ? BODY_INCOMPLETE : BODY_INVALID;
}
