import { isGlossSpace, MAX_GLOSS_SPACES, MAX_GLOSS_SYLLABLES } from '../gloss/grammar.js';
import { isRemovedGloss } from '../gloss/isRemovedGloss.js';
import { match, matchGloss } from './matchGloss.js';
import { BODY_INCOMPLETE, BODY_INVALID, BODY_OK, body, readGlossBody } from '../gloss/readGlossBody.js';
import { isHanCodePoint } from '../internal/isHan.js';

export interface ScanOptions {
  readonly toneless: boolean;
  readonly spaced: boolean;
  /** Also remove glosses written with a capital letter (`isRemovedGloss`). */
  readonly capitalized: boolean;
}

/** One syllable of a found gloss, as written: letters (`ü` as `v`; a zhuyin syllable's pinyin) and tone. */
interface FoundSyllable {
  readonly bare: string;
  /** 1–4, 5 for an explicit neutral digit (zhuyin's ˙), 0 for no tone written (zhuyin: 1). */
  readonly tone: number;
  /** The erhua `r` covering `儿`. */
  readonly erhua: boolean;
}

/** A gloss found by `scanGlosses`, offsets in the scanned text. */
export interface FoundGloss {
  /** Start of what strip() removes: the gloss, and with `spaced` the spaces before it. */
  readonly cutStart: number;
  /** The bracketed gloss itself. */
  readonly start: number;
  readonly end: number;
  /** The covered Han characters (they may enclose earlier glosses: `經(jīng)開(jīngkāi)`). */
  readonly wordStart: number;
  readonly wordEnd: number;
  readonly word: string;
  readonly syllables: readonly FoundSyllable[];
  /** Written with a capital letter (`汉字(Hànzì)`). */
  readonly capitalized: boolean;
  /**
   * Whether strip() removes it (`isRemovedGloss`). A gloss kept as content
   * stays in the text: it covers no later gloss's word (`汉字(Hànzì)(hànzì)`
   * keeps both).
   */
  readonly removed: boolean;
}

export interface ScanResult {
  /** The text from `start` to `safe` with its glosses removed. */
  readonly out: string;
  /** How far the scan decided: everything before it is final. */
  readonly safe: number;
}

/**
 * How much of the stripped text before `start` a scan may look back into:
 * the Han characters of the longest gloss (astral ones take two code units)
 * and the spaces before a spaced gloss.
 */
export const LOOK_BACK = 2 * MAX_GLOSS_SYLLABLES + MAX_GLOSS_SPACES;

const CUT_BATCH = 4096;

// Runs of cuts remembered for the look-back: more than the 16 + 1 it can cross.
const RING = 32;
const RING_MASK = RING - 1;

// Scratch for the characters before a candidate, nearest first.
const hanChars = new Int32Array(MAX_GLOSS_SYLLABLES);
const hanStarts = new Int32Array(MAX_GLOSS_SYLLABLES);

/**
 * The stripper's core, shared by strip(), createStripper() and
 * findGlosses() so they cannot drift.
 *
 * Scans `text` from `start`; `text` before `start` is already-stripped
 * context (at least `LOOK_BACK` code units of it, when there is that much).
 * With `final` false, stops at the first bracket that more text could still
 * turn into a gloss, and before trailing spaces that a spaced gloss could
 * remove; `safe` says where.
 *
 * Logic, for each opening bracket (found by a charCodeAt loop and indexOf,
 * no regex):
 * 1. Read the body up to the closing bracket (`readGlossBody`).
 * 2. Look back through the stripped text (jumping over glosses already cut,
 *    so `到(dào)(dào)` glosses 到 twice and strip() is idempotent): with
 *    `spaced`, skip up to `MAX_GLOSS_SPACES` spaces; then collect as many
 *    Han characters as the body may have syllables (at most
 *    `MAX_GLOSS_SYLLABLES`). None: not a gloss.
 * 3. Match it against the characters' readings (`matchGloss`); a body
 *    without tone marks or digits must be neutral-tone readings unless
 *    `toneless`.
 * 4. Cut it, unless it is a reading written with a capital letter and
 *    `capitalized` is off (`isRemovedGloss`): then it is reported (`found`)
 *    and left in the text.
 * Every step is bounded, so the scan is linear in the text.
 */
export function scanGlosses(
  text: string,
  start: number,
  final: boolean,
  options: ScanOptions,
  found?: FoundGloss[],
): ScanResult {
  const cuts = new CutLog(text, start);
  const brackets = new BracketFinder(text, start);
  let from = start;
  for (let open = brackets.next(from); open !== -1; open = brackets.next(from)) {
    from = open + 1;
    // Fast path: only a Han character (>= U+2E80), the end of a cut or a
    // space (spaced) can stand before a gloss; most brackets in plain text
    // follow Latin letters, digits or punctuation.
    if (open === 0) continue;
    const before = text.charCodeAt(open - 1);
    if (before < 0x2e80 && !cuts.lastRunEndsAt(open) && !(options.spaced && isGlossSpace(before))) continue;

    // 1. Read the body.
    const status = readGlossBody(text, open + 1);
    if (status === BODY_INVALID) continue;

    // 2. The Han characters before it, no more than the body can have syllables.
    const limit = status === BODY_OK ? Math.min(MAX_GLOSS_SYLLABLES, body.maxSyllables) : MAX_GLOSS_SYLLABLES;
    const count = lookBack(text, open, limit, options.spaced, cuts);
    if (count === 0) continue;
    if (status === BODY_INCOMPLETE) {
      if (final) continue;
      // More text may close this bracket: stop here, before its spaces.
      return { out: cuts.finish(back.cutStart), safe: back.cutStart };
    }

    // 3. Match the readings.
    const covered = matchGloss(hanChars, count, !body.hasTone && !options.toneless);
    if (covered === 0) continue;

    // 4. Cut it, or report it as content and read on after it.
    const end = body.close + 1;
    from = end;
    const removed = isRemovedGloss(body, options);
    if (removed) cuts.add(back.cutStart, end);
    if (found) found.push(describeGloss(back.cutStart, open, end, covered, removed));
  }
  const safe = final || !options.spaced ? text.length : beforeTrailingSpaces(text, cuts.emitFrom);
  return { out: cuts.finish(safe), safe };
}

/**
 * Finds opening brackets. Glossed text has one every few characters, where
 * a plain loop beats indexOf's per-call cost; past 64 code units without
 * one, indexOf takes over (fast on plain text).
 */
class BracketFinder {
  // Next full-width bracket at or after the search, or -1: found with indexOf
  // and kept until passed (most texts have none, so it is searched once).
  private nextFull: number;

  constructor(private readonly text: string, start: number) {
    this.nextFull = text.indexOf('（', start);
  }

  /** The first `(` or `（` at or after `from`, or -1. */
  next(from: number): number {
    const text = this.text;
    const stop = Math.min(text.length, from + 64);
    for (let i = from; i < stop; i++) {
      const code = text.charCodeAt(i);
      if (code === 0x28 || code === 0xff08) return i;
    }
    if (stop >= text.length) return -1;
    if (this.nextFull !== -1 && this.nextFull < stop) this.nextFull = text.indexOf('（', stop);
    const ascii = text.indexOf('(', stop);
    return ascii === -1 ? this.nextFull : this.nextFull === -1 ? ascii : Math.min(ascii, this.nextFull);
  }
}

/** What `lookBack` found besides the count: where the cut starts (spaces included). */
const back = { cutStart: 0 };

/**
 * Looks back from the bracket at `open` through the stripped text, jumping
 * over glosses already cut (so `到(dào)(dào)` glosses 到 twice and strip()
 * is idempotent): with `spaced`, over up to `MAX_GLOSS_SPACES` spaces; then
 * collects up to `limit` Han characters into `hanChars`/`hanStarts`, nearest
 * first. Returns how many (0: not a gloss); `back.cutStart` says where the
 * cut would start.
 */
function lookBack(text: string, open: number, limit: number, spaced: boolean, cuts: CutLog): number {
  let q = open;
  let cutStart = open;
  let spaces = 0;
  let count = 0;
  let jumped = false;
  let run = cuts.runs - 1;
  const oldest = Math.max(0, cuts.runs - RING);
  while (count < limit) {
    if (run >= oldest && cuts.runEnds[run & RING_MASK] === q) {
      q = cuts.runStarts[run & RING_MASK]!;
      run--;
      jumped = true;
      continue;
    }
    if (q === 0) break;
    const code = text.charCodeAt(q - 1);
    if (count === 0 && spaced && isGlossSpace(code)) {
      q--;
      if (!jumped) cutStart = q;
      if (++spaces > MAX_GLOSS_SPACES) return 0;
      continue;
    }
    let codePoint = code;
    let width = 1;
    if (code >= 0xdc00 && code <= 0xdfff && q >= 2) {
      const high = text.charCodeAt(q - 2);
      if (high >= 0xd800 && high <= 0xdbff) {
        codePoint = (high - 0xd800) * 0x400 + (code - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    if (!isHanCodePoint(codePoint)) break;
    q -= width;
    hanChars[count] = codePoint;
    hanStarts[count] = q;
    count++;
    // 々 reads as the character before it: matching it needs that one too.
    if (codePoint === 0x3005 && limit < MAX_GLOSS_SYLLABLES) limit++;
  }
  back.cutStart = cutStart;
  return count;
}

/**
 * The cuts made so far. The last ones, merged into runs of adjacent cuts (a
 * gloss and its repeats), for the look-back: it crosses at most one run per
 * Han character it collects, so a small ring is enough. And what to cut, in
 * order: every CUT_BATCH cuts the text so far is assembled into `parts`, so
 * memory and cache footprint stay flat on a text with millions of glosses.
 */
class CutLog {
  readonly runStarts = new Int32Array(RING);
  readonly runEnds = new Int32Array(RING);
  runs = 0;
  private readonly cutStarts = new Int32Array(CUT_BATCH);
  private readonly cutEnds = new Int32Array(CUT_BATCH);
  private cuts = 0;
  private readonly parts: string[] = [];
  private partStart: number;
  /** The end of the last cut (or the scan's start): text before it is decided. */
  emitFrom: number;

  constructor(private readonly text: string, start: number) {
    this.partStart = start;
    this.emitFrom = start;
  }

  /** Whether the last run of cuts ends at `at`. */
  lastRunEndsAt(at: number): boolean {
    return this.runs > 0 && this.runEnds[(this.runs - 1) & RING_MASK] === at;
  }

  /** Cuts `[cutStart, end)`. */
  add(cutStart: number, end: number): void {
    if (this.lastRunEndsAt(cutStart)) {
      this.runEnds[(this.runs - 1) & RING_MASK] = end;
    } else {
      this.runStarts[this.runs & RING_MASK] = cutStart;
      this.runEnds[this.runs & RING_MASK] = end;
      this.runs++;
    }
    this.cutStarts[this.cuts] = cutStart;
    this.cutEnds[this.cuts] = end;
    this.cuts++;
    if (this.cuts === CUT_BATCH) {
      this.parts.push(assemble(this.text, this.partStart, end, this.cutStarts, this.cutEnds, this.cuts));
      this.partStart = end;
      this.cuts = 0;
    }
    this.emitFrom = end;
  }

  /** The text from the scan's start to `end` without the cuts. */
  finish(end: number): string {
    this.parts.push(assemble(this.text, this.partStart, end, this.cutStarts, this.cutEnds, this.cuts));
    return this.parts.length === 1 ? this.parts[0]! : this.parts.join('');
  }
}

/**
 * The end of the text less its trailing spaces (at most MAX_GLOSS_SPACES of
 * them, after `emitFrom`): a gloss that follows in more text may take them
 * along (`spaced`).
 */
function beforeTrailingSpaces(text: string, emitFrom: number): number {
  const safe = text.length;
  let run = 0;
  while (run <= MAX_GLOSS_SPACES && safe - run > emitFrom && isGlossSpace(text.charCodeAt(safe - run - 1))) run++;
  return run <= MAX_GLOSS_SPACES ? safe - run : safe;
}

// Uint16Array holds code units in the platform's byte order; 'utf16le' needs little-endian.
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

// Node's global Buffer, not imported: a browser bundle of strip has none and joins slices.
const NodeBuffer = (globalThis as { Buffer?: typeof Buffer }).Buffer;

/**
 * `text[start, end)` without the cuts. Few cuts: slices joined. Many (a
 * densely glossed text): the kept code units are copied into one buffer and
 * decoded once, which avoids a string object per piece and is several times
 * faster. Buffer's UTF-16 decoding keeps lone surrogates as they are
 * (TextDecoder would replace them).
 */
function assemble(text: string, start: number, end: number, cutStarts: Int32Array, cutEnds: Int32Array, cuts: number): string {
  if (cuts === 0) return text.slice(start, end);
  if (cuts * 64 < end - start || !LITTLE_ENDIAN || !NodeBuffer) {
    const pieces: string[] = [];
    let from = start;
    for (let i = 0; i < cuts; i++) {
      pieces.push(text.slice(from, cutStarts[i]!));
      from = cutEnds[i]!;
    }
    pieces.push(text.slice(from, end));
    return pieces.join('');
  }
  const units = new Uint16Array(end - start);
  let length = 0;
  let from = start;
  for (let i = 0; i <= cuts; i++) {
    const to = i < cuts ? cutStarts[i]! : end;
    for (let k = from; k < to; k++) units[length++] = text.charCodeAt(k);
    from = cutEnds[i]!;
  }
  return NodeBuffer.from(units.buffer, 0, length * 2).toString('utf16le');
}

// Copies the scratch match into a record (findGlosses only).
function describeGloss(cutStart: number, start: number, end: number, covered: number, removed: boolean): FoundGloss {
  const syllables: FoundSyllable[] = [];
  let word = '';
  for (let i = covered - 1; i >= 0; i--) {
    word += String.fromCodePoint(hanChars[i]!);
    let bare = '';
    // A zhuyin syllable is described by the pinyin of the reading it matched.
    if (body.zhuyin) bare = match.readings[i]!.bare;
    else for (let k = match.starts[i]!; k < match.ends[i]!; k++) bare += String.fromCharCode(body.letters[k]!);
    syllables.push({ bare, tone: match.tones[i]!, erhua: match.readings[i]!.erhua === true });
  }
  const nearest = hanChars[0]!;
  return {
    cutStart,
    start,
    end,
    wordStart: hanStarts[covered - 1]!,
    wordEnd: hanStarts[0]! + (nearest > 0xffff ? 2 : 1),
    word,
    syllables,
    capitalized: body.capitalized,
    removed,
  };
}
