import { charReadings, type BareReading } from '../pinyin/charReadings.js';
import { MAX_GLOSS_LENGTH, MAX_GLOSS_SYLLABLES } from '../gloss/grammar.js';
import { body } from '../gloss/readGlossBody.js';

/**
 * The syllables of a matched gloss, filled in place by `matchGloss`. Index
 * `i` counts from the right: syllable `i` reads the `i`-th Han character
 * before the gloss (0 = the nearest).
 */
export interface GlossMatch {
  /** Number of syllables = Han characters covered. */
  count: number;
  /** First letter of syllable `i` in `body.letters`. */
  readonly starts: Int32Array;
  /** End (exclusive) of syllable `i` in `body.letters`. */
  readonly ends: Int32Array;
  /** Written tone of syllable `i`: 1–4, 5 for an explicit neutral digit, 0 unmarked. */
  readonly tones: Uint8Array;
  /** The reading of the character that syllable `i` matched. */
  readonly readings: BareReading[];
}

export const match: GlossMatch = {
  count: 0,
  starts: new Int32Array(MAX_GLOSS_SYLLABLES),
  ends: new Int32Array(MAX_GLOSS_SYLLABLES),
  tones: new Uint8Array(MAX_GLOSS_SYLLABLES),
  readings: [],
};

// Memo of failed (character, letter offset) states, valid while stamp matches.
const WIDTH = MAX_GLOSS_LENGTH + 1;
const failed = new Uint32Array((MAX_GLOSS_SYLLABLES + 1) * WIDTH);
let stamp = 0;

let hanCount = 0;

/**
 * Decides whether the body just read by `readGlossBody` glosses the Han
 * characters before it, and how: `chars` are their code points, nearest
 * first (`chars[0]` is the character right before the bracket).
 *
 * Logic: the body is split right to left into syllables, each a possible
 * reading (tone ignored) of the character it stands over: the last syllable
 * must be a reading of the nearest character, the one before of the next,
 * and so on, until the letters run out; that many characters are covered.
 * This splits joined syllables by the characters' own readings (`xian` after
 * `西安` is `xi`+`an`, after `先` it is `xian`) instead of a generic syllable
 * splitter. A written `u` also matches a reading's `ü` (`女(nu3)`).
 * Separators and tone digits must fall between syllables; a
 * syllable carries at most one tone (a mark or a digit). When `neutral` is
 * set (a body without tone marks or digits), every syllable must be a
 * neutral-tone reading (`了(le)`, `们(men)`), not only erhua `r`.
 *
 * A zhuyin body is matched the same way against the readings' zhuyin
 * letters, its tones as zhuyin writes them (see `readGlossBody`).
 *
 * Returns the number of characters covered (0: not a gloss) and fills
 * `match`. Memoised on (character, letter offset), so at most
 * 16 × 161 states per candidate.
 */
export function matchGloss(chars: ArrayLike<number>, charCount: number, neutral: boolean): number {
  hanCount = Math.min(charCount, MAX_GLOSS_SYLLABLES);
  stamp++;
  if (stamp === 0xffffffff) {
    failed.fill(0);
    stamp = 1;
  }
  match.count = 0;
  if (body.length === 0 || hanCount === 0 || !(firstPath(chars, neutral) || solve(chars, neutral))) return 0;
  if (neutral) {
    let erhuaOnly = true;
    for (let i = 0; i < match.count; i++) if (!match.readings[i]!.erhua) erhuaOnly = false;
    if (erhuaOnly) return 0;
  }
  return match.count;
}

// The body's arrays, fixed objects: read them without going through `body`.
const LETTERS = body.letters;
const MARKS = body.marks;
const BREAKS = body.breaks;
const DIGIT_TONES = body.digitTones;
const NEUTRAL_BEFORE = body.neutralBefore;
const ITERATION_MARK = 0x3005;

// The search's stack, one level per character: the letters [0, levelEnd[i])
// still to read, and the next reading to try (levelNext[i]; past the
// character's own readings, those of the character before 々).
const levelEnd = new Int32Array(MAX_GLOSS_SYLLABLES + 1);
const levelNext = new Int32Array(MAX_GLOSS_SYLLABLES + 1);

/**
 * Can all the letters be read as characters 0, 1, … (right to left)? A
 * depth-first search, first reading first, written as a loop over an
 * explicit stack (a call per step cost more than the step): level `i`
 * tries the readings of character `i` on the letters before `levelEnd[i]`;
 * a reading that fits opens level `i + 1` on the letters before it; a level
 * whose readings all fail is remembered in `failed` and gives its turn back.
 */
function solve(han: ArrayLike<number>, neutralOnly: boolean): boolean {
  const zhuyin = body.zhuyin;
  let i = 0;
  levelEnd[0] = body.length;
  levelNext[0] = 0;
  for (;;) {
    const end = levelEnd[i]!;
    const char = han[i]!;
    const own = charReadings(char);
    const ownCount = own === undefined ? 0 : own.length;
    // The iteration mark 々 repeats the character before it (好々 hǎohǎo).
    const repeated = char === ITERATION_MARK && i + 1 < hanCount ? charReadings(han[i + 1]!) : undefined;
    const total = ownCount + (repeated === undefined ? 0 : repeated.length);
    let fitted = -1; // the letters before the reading that fits
    while (levelNext[i]! < total) {
      const k = levelNext[i]!;
      levelNext[i] = k + 1;
      const readings = k < ownCount ? own! : repeated!;
      const count = readings.length;
      // Zhuyin writes 儿's erhua and ér with the same letter ㄦ: an untoned ㄦ is
      // tried as the erhua first (the erhua reading comes last in the list).
      let index = k < ownCount ? k : k - ownCount;
      if (zhuyin && readings[count - 1]!.erhua) index = index === 0 ? count - 1 : index - 1;
      const reading = readings[index]!;
      if (neutralOnly && !reading.neutral) continue;
      const bare = zhuyin ? reading.zhuyin : reading.bare;
      const start = end - bare.length;
      if (start < 0 || bare.length === 0) continue;
      const tone = syllableTone(start, end, bare);
      if (tone < 0) continue;
      // Zhuyin's erhua ㄦ carries no tone of its own.
      if (zhuyin && reading.erhua && tone !== 1) continue;
      match.starts[i] = start;
      match.ends[i] = end;
      match.tones[i] = tone;
      match.readings[i] = reading;
      if (start === 0) {
        match.count = i + 1;
        return true;
      }
      // A level that cannot be opened (no character left, or known to fail): the next reading.
      if (i + 1 < hanCount && failed[(i + 1) * WIDTH + start] !== stamp) {
        fitted = start;
        break;
      }
    }
    if (fitted >= 0) {
      i++;
      levelEnd[i] = fitted;
      levelNext[i] = 0;
      continue;
    }
    failed[i * WIDTH + end] = stamp;
    if (i === 0) return false;
    i--;
  }
}

/**
 * The search's first path alone, without its bookkeeping: at each character
 * the first reading that fits, as `solve` tries first. When it reads all
 * the letters it is `solve`'s answer; when a character has no fitting
 * reading (or the characters run out), `solve` searches from the start.
 * Most glosses are read on the first path.
 */
function firstPath(han: ArrayLike<number>, neutralOnly: boolean): boolean {
  if (body.zhuyin) return false;
  let end = body.length;
  for (let i = 0; i < hanCount; i++) {
    const char = han[i]!;
    if (char === ITERATION_MARK) return false;
    const readings = charReadings(char);
    if (readings === undefined) return false;
    let start = -1;
    for (let k = 0; k < readings.length; k++) {
      const reading = readings[k]!;
      if (neutralOnly && !reading.neutral) continue;
      const bare = reading.bare;
      const from = end - bare.length;
      if (from < 0 || bare.length === 0) continue;
      const tone = syllableTone(from, end, bare);
      if (tone < 0) continue;
      match.starts[i] = from;
      match.ends[i] = end;
      match.tones[i] = tone;
      match.readings[i] = reading;
      start = from;
      break;
    }
    if (start < 0) return false;
    if (start === 0) {
      match.count = i + 1;
      return true;
    }
    end = start;
  }
  return false;
}

// The written tone of letters [start, end) read as `bare`, or -1 if they
// are not that syllable (other letters, a break inside, two tones). Compared
// from the end, where readings of one character differ most.
function syllableTone(start: number, end: number, bare: string): number {
  let tone = 0;
  for (let k = end - 1; k >= start; k--) {
    const letter = LETTERS[k]!;
    const expected = bare.charCodeAt(k - start);
    // ü is often typed as a plain u (`nu3` for 女 nǚ): accept u for ü.
    if (letter !== expected && !(letter === 0x75 && expected === 0x76)) return -1;
    if (k > start && BREAKS[k] !== 0) return -1;
    const mark = MARKS[k]!;
    if (mark !== 0) {
      if (tone !== 0) return -1;
      tone = mark;
    }
  }
  if (BREAKS[end] === 2) {
    if (tone !== 0) return -1;
    tone = DIGIT_TONES[end]!;
  }
  if (body.zhuyin) {
    // ˙ before the syllable: neutral; no mark at all: the first tone.
    if (NEUTRAL_BEFORE[start] === 1) {
      if (tone !== 0) return -1;
      tone = 5;
    }
    if (tone === 0) tone = 1;
  }
  return tone;
}
