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
  /** 1 where a neutral-tone dot ˙ stands before letter `b` (zhuyin). */
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
  const { letters, marks, breaks, digitTones } = body;
  const limit = Math.min(text.length, from + MAX_GLOSS_LENGTH + 1);
  let n = 0;
  const { neutralBefore } = body;
  let last = START;
  let hasTone = false;
  let capitalized = false;
  // 0 not yet known, 1 pinyin letters, 2 zhuyin: a body is one or the other.
  let system = 0;
  breaks[0] = 0;
  neutralBefore[0] = 0;
  for (let i = from; i < limit; i++) {
    const code = text.charCodeAt(i);
    let letter = 0;
    let tone = 0;
    if (code >= 0x61 && code <= 0x7a) {
      if (system === 2) return BODY_INVALID;
      system = 1;
      letter = code;
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
      if (breaks[n] === 0 && n > 0) breaks[n] = 1;
      neutralBefore[n] = 1;
      last = NEUTRAL;
      continue;
    } else if (zhuyinTone(code) !== 0) {
      if (system !== 2 || last !== LETTER) return BODY_INVALID;
      breaks[n] = 2;
      digitTones[n] = zhuyinTone(code);
      last = DIGIT;
      continue;
    } else if (isCloseBracket(code)) {
      if (last !== LETTER && last !== DIGIT) return BODY_INVALID;
      body.length = n;
      let nuclei = 0;
      for (let k = 0; k < n; k++) if (NUCLEUS[letters[k]!] === 1) nuclei++;
      body.maxSyllables = nuclei;
      // Bopomofo writes nothing but readings: evidence enough, whatever its tones.
      body.hasTone = hasTone || system === 2;
      body.zhuyin = system === 2;
      body.capitalized = capitalized;
      body.close = i;
      return BODY_OK;
    } else if (code >= 0x30 && code <= 0x35) {
      if (last !== LETTER || system === 2) return BODY_INVALID;
      breaks[n] = 2;
      digitTones[n] = code === 0x30 ? 5 : code - 0x30;
      hasTone = true;
      last = DIGIT;
      continue;
    } else if (isSyllableSeparator(code)) {
      if (last !== LETTER && last !== DIGIT) return BODY_INVALID;
      if (breaks[n] === 0) breaks[n] = 1;
      last = SEPARATOR;
      continue;
    } else if (code === 0x3a || code === 0x308) {
      // `u:` and NFD `u` + diaeresis are ü.
      if (last !== LETTER || letters[n - 1] !== U) return BODY_INVALID;
      letters[n - 1] = V;
      continue;
    } else if (code >= 0x300 && code <= 0x30c) {
      const combined = combiningTone(code);
      if (combined === 0 || last !== LETTER || marks[n - 1] !== 0 || system === 2) return BODY_INVALID;
      marks[n - 1] = combined;
      hasTone = true;
      continue;
    } else {
      const packed = code < PRECOMPOSED.length ? PRECOMPOSED[code]! : 0;
      if (packed === 0 || system === 2) return BODY_INVALID;
      system = 1;
      if (packed & (1 << 12)) {
        if (last !== START && last !== SEPARATOR) return BODY_INVALID;
        capitalized = true;
      }
      letter = packed & 0xff;
      tone = (packed >> 8) & 0xf;
      if (tone !== 0) hasTone = true;
    }
    letters[n] = letter;
    marks[n] = tone;
    n++;
    breaks[n] = 0;
    neutralBefore[n] = 0;
    last = LETTER;
  }
  // Ran out of text within the length limit: the bracket may close later.
  return limit === text.length && limit <= from + MAX_GLOSS_LENGTH ? BODY_INCOMPLETE : BODY_INVALID;
}
