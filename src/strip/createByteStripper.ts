import { isGlossSpace, MAX_GLOSS_LENGTH, MAX_GLOSS_SPACES, MAX_GLOSS_SYLLABLES } from '../gloss/grammar.js';
import { matchGloss } from './matchGloss.js';
import { BODY_OK, body, readGlossBody } from '../gloss/readGlossBody.js';
import { isHanCodePoint } from '../internal/isHan.js';
import type { ScanOptions } from './scanGlosses.js';
import { isRemovedGloss } from '../gloss/isRemovedGloss.js';

/** Incremental strip() on UTF-8 bytes; see `createByteStripper`. */
export interface ByteStripper {
  /** Strips what can be decided so far of `bytes` (valid UTF-8, cut anywhere). */
  push(bytes: Uint8Array): Uint8Array;
  /** Strips the rest; the stripper can then be reused for a new text. */
  flush(): Uint8Array;
  /**
   * Strips `bytes`, a whole text, where they are (stripping only removes, so
   * the output never overtakes the input) and returns the length of the
   * result, which starts at `bytes[0]`. The stripper must hold nothing
   * (new, or just flushed). For a giant JSON record: no copy of it is made.
   */
  stripInPlace(bytes: Uint8Array): number;
  /** Glosses removed so far. */
  readonly glosses: number;
}

// Bytes of stripped text kept for the look-back: the Han characters of the
// longest gloss and the spaces before it, 4 bytes each at most.
const LOOK_BACK_BYTES = 4 * (MAX_GLOSS_SYLLABLES + MAX_GLOSS_SPACES + 1);
// A gloss body is at most MAX_GLOSS_LENGTH UTF-16 code units, each at most 3
// bytes of UTF-8: no closing bracket within this many bytes, no gloss.
const MAX_BODY_BYTES = 3 * (MAX_GLOSS_LENGTH + 1);

const OPEN = 0x28;
const CLOSE = 0x29;
const NEWLINE = 0x0a;
// `（` and `）` are EF BC 88 and EF BC 89.
const FULL_LEAD = 0xef;
const FULL_MID = 0xbc;
const FULL_OPEN_END = 0x88;
const FULL_CLOSE_END = 0x89;

// Scratch for the characters before a candidate, nearest first.
const hanChars = new Int32Array(MAX_GLOSS_SYLLABLES);

/**
 * strip() on UTF-8 bytes, without decoding the text: the concatenated
 * `push()`/`flush()` outputs are the UTF-8 bytes of `strip(text)` for any
 * chunking of the bytes of `text` (property-tested against strip()).
 *
 * The gloss grammar stays in `gloss/`: the bytes are searched for `(` and
 * `（` only; at each, the body up to its closing bracket is read by
 * `readGlossBodyBytes` (the grammar of `readGlossBody`, fed code units
 * decoded from the few bytes of the body), the Han characters before it are
 * read back from the stripped output, and `matchGloss` decides, as in
 * `scanGlosses`. Everything else is copied as bytes. (Decoding each body to
 * a string for `readGlossBody` took a quarter of the time: measured.)
 *
 * Logic of the look-back, the same as `scanGlosses` (which jumps over the
 * cuts of the text; here the output already has them removed): with
 * `spaced`, up to `MAX_GLOSS_SPACES` spaces right before the bracket (cut
 * with the gloss), then as many Han characters as the body may have
 * syllables; `々` lets one more in.
 *
 * Memory: between calls it keeps `LOOK_BACK_BYTES` of output, trailing
 * spaces a spaced gloss could still remove, and an undecided tail of input
 * (a candidate whose closing bracket has not arrived, at most
 * `MAX_BODY_BYTES`, or a cut character).
 */
export function createByteStripper(options: ScanOptions): ByteStripper {
  let carry: Uint8Array = new Uint8Array(0); // input not yet decided
  let kept: Uint8Array = new Uint8Array(0); // output already returned, for the look-back
  let held: Uint8Array = new Uint8Array(0); // output not yet returned (trailing spaces)
  let glosses = 0;

  function run(input: Uint8Array, final: boolean, inPlace = false): Uint8Array {
    const out = inPlace ? input : new Uint8Array(kept.length + held.length + input.length);
    if (!inPlace) {
      out.set(kept, 0);
      out.set(held, kept.length);
    }
    const base = kept.length;
    let length = kept.length + held.length;
    let copied = 0; // input before this is in `out`
    let from = 0;
    let stopped = input.length; // where undecided input starts
    const end = input.length;
    let nextAscii = input.indexOf(OPEN);
    let nextFull = findFullOpen(input, 0);

    while (from < end) {
      // The next opening bracket: `(` by the typed array's native search;
      // `（` (rare in most texts) searched once and kept until passed.
      if (nextAscii !== -1 && nextAscii < from) nextAscii = input.indexOf(OPEN, from);
      if (nextFull !== -1 && nextFull < from) nextFull = findFullOpen(input, from);
      let open = nextAscii;
      let openLength = 1;
      if (nextFull !== -1 && (open === -1 || nextFull < open)) {
        open = nextFull;
        openLength = 3;
      }
      if (open === -1) break;
      // Before it in the output: only a Han character (3 or 4 bytes) or,
      // with `spaced`, a space can stand there. A cheap first test.
      length = copy(input, copied, open, out, length);
      copied = open;
      from = open + openLength;
      const before = length > 0 ? out[length - 1]! : 0;
      if (before < 0x80 && !(options.spaced && before === 0x20)) continue;

      // The closing bracket, searched in bytes; the body is decoded only up to it.
      let close = -1;
      let closeLength = 1;
      let refused = false; // a byte no body holds came first
      const limit = Math.min(end, from + MAX_BODY_BYTES);
      for (let i = from; i < limit; i++) {
        const byte = input[i]!;
        if (byte === CLOSE) {
          close = i;
          break;
        }
        if (byte === FULL_LEAD && input[i + 1] === FULL_MID && input[i + 2] === FULL_CLOSE_END) {
          close = i;
          closeLength = 3;
          break;
        }
        if (byte === NEWLINE || byte === OPEN) {
          refused = true;
          break;
        }
      }
      if (close === -1) {
        // The input ended before the body could close: wait for more.
        if (!final && !refused && limit === end && end < from + MAX_BODY_BYTES) {
          stopped = open;
          break;
        }
        continue;
      }
      if (readGlossBody(Buffer.from(input.buffer, input.byteOffset + from, close + closeLength - from).toString('utf8'), 0) !== BODY_OK) continue;

      // The Han characters before it, read back from the output.
      let limitChars = Math.min(MAX_GLOSS_SYLLABLES, body.maxSyllables);
      let q = length;
      let cutStart = length;
      let spaces = 0;
      let count = 0;
      while (count < limitChars && q > 0) {
        let start = q - 1;
        while (start > 0 && (out[start]! & 0xc0) === 0x80 && q - start < 4) start--;
        const codePoint = decodeAt(out, start, q);
        if (count === 0 && options.spaced && isGlossSpace(codePoint)) {
          q = start;
          cutStart = q;
          if (++spaces > MAX_GLOSS_SPACES) break;
          continue;
        }
        if (codePoint < 0 || !isHanCodePoint(codePoint)) break;
        q = start;
        hanChars[count++] = codePoint;
        if (codePoint === 0x3005 && limitChars < MAX_GLOSS_SYLLABLES) limitChars++;
      }
      if (count === 0 || spaces > MAX_GLOSS_SPACES) continue;
      if (matchGloss(hanChars, count, !body.hasTone && !options.toneless) === 0) continue;
      // A reading written with a capital letter stays unless `capitalized` (the one rule, isRemovedGloss).
      if (!isRemovedGloss(body, options)) continue;

      // A gloss: cut it, and the spaces before it.
      glosses++;
      length = cutStart;
      copied = close + closeLength;
      from = copied;
    }

    if (stopped === input.length && !final) {
      // A character cut by the end of the chunk waits for its other bytes.
      stopped = end - incompleteTail(input);
      if (stopped < copied) stopped = copied;
    }
    length = copy(input, copied, stopped, out, length);
    carry = input.slice(stopped);

    // Trailing spaces that a spaced gloss may still remove are held back.
    let ready = length;
    if (options.spaced && !final) {
      let run = ready;
      let spaces = 0;
      while (run > base && spaces <= MAX_GLOSS_SPACES) {
        let start = run - 1;
        while (start > base && (out[start]! & 0xc0) === 0x80 && run - start < 4) start--;
        if (!isGlossSpace(decodeAt(out, start, run))) break;
        run = start;
        spaces++;
      }
      if (spaces <= MAX_GLOSS_SPACES) ready = run;
    }
    held = out.slice(ready, length);
    const result = out.subarray(base, ready);
    kept = out.slice(Math.max(0, ready - LOOK_BACK_BYTES), ready);
    return result;
  }

  return {
    push(bytes) {
      if (bytes.length === 0) return new Uint8Array(0);
      const input = carry.length === 0 ? bytes : concat(carry, bytes);
      return run(input, false);
    },
    stripInPlace(bytes) {
      if (carry.length + kept.length + held.length > 0) throw new Error('stripInPlace: the stripper holds text; flush() it first');
      const length = run(bytes, true, true).length;
      kept = new Uint8Array(0);
      return length;
    },
    flush() {
      const result = run(carry, true);
      carry = new Uint8Array(0);
      kept = new Uint8Array(0);
      held = new Uint8Array(0);
      return result;
    },
    get glosses() {
      return glosses;
    },
  };
}

/** The first `（` (EF BC 88) at or after `from`, or -1. */
function findFullOpen(bytes: Uint8Array, from: number): number {
  for (let at = bytes.indexOf(FULL_LEAD, from); at !== -1; at = bytes.indexOf(FULL_LEAD, at + 1)) {
    if (bytes[at + 1] === FULL_MID && bytes[at + 2] === FULL_OPEN_END) return at;
  }
  return -1;
}

/** Copies `input[from, to)` to `out` at `at`; returns the new end. Short runs by hand: no subarray object. */
function copy(input: Uint8Array, from: number, to: number, out: Uint8Array, at: number): number {
  if (to - from < 32) {
    // Forward, so also right when `out` is `input` (`at` ≤ `from`).
    for (let i = from; i < to; i++) out[at++] = input[i]!;
    return at;
  }
  // The same array (in place): a move, not `set`, which would copy the source first.
  if (out === input) out.copyWithin(at, from, to);
  else out.set(input.subarray(from, to), at);
  return at + to - from;
}

/** The code point of the UTF-8 sequence `bytes[start, end)`, or -1 if it is not one whole character. */
function decodeAt(bytes: Uint8Array, start: number, end: number): number {
  const lead = bytes[start]!;
  const length = end - start;
  if (lead < 0x80) return length === 1 ? lead : -1;
  if (lead >= 0xf0) return length === 4 ? ((lead & 0x07) << 18) | ((bytes[start + 1]! & 0x3f) << 12) | ((bytes[start + 2]! & 0x3f) << 6) | (bytes[start + 3]! & 0x3f) : -1;
  if (lead >= 0xe0) return length === 3 ? ((lead & 0x0f) << 12) | ((bytes[start + 1]! & 0x3f) << 6) | (bytes[start + 2]! & 0x3f) : -1;
  if (lead >= 0xc0) return length === 2 ? ((lead & 0x1f) << 6) | (bytes[start + 1]! & 0x3f) : -1;
  return -1;
}

/** Bytes at the end of `bytes` that start a character not yet complete (0–3). */
function incompleteTail(bytes: Uint8Array): number {
  const end = bytes.length;
  let p = end;
  while (p > 0 && end - p < 3 && (bytes[p - 1]! & 0xc0) === 0x80) p--;
  if (p === 0) return 0;
  const lead = bytes[p - 1]!;
  if (lead < 0xc0) return 0;
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
  return end - (p - 1) < need ? end - (p - 1) : 0;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const all = new Uint8Array(a.length + b.length);
  all.set(a, 0);
  all.set(b, a.length);
  return all;
}
