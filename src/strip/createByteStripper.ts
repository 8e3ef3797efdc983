import { isGlossSpace, MAX_GLOSS_SPACES, MAX_GLOSS_SYLLABLES } from '../gloss/grammar.js';
import { matchGloss } from './matchGloss.js';
import { BODY_INCOMPLETE, BODY_INVALID, body, readGlossBodyBytes } from '../gloss/readGlossBody.js';
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

const OPEN = 0x28;
const CLOSE = 0x29;
// `（` is EF BC 88.
const FULL_LEAD = 0xef;
const FULL_MID = 0xbc;
const FULL_OPEN_END = 0x88;

// Scratch for the characters before a candidate, nearest first.
const hanChars = new Int32Array(MAX_GLOSS_SYLLABLES);

/**
 * strip() on UTF-8 bytes, without decoding the text: the concatenated
 * `push()`/`flush()` outputs are the UTF-8 bytes of `strip(text)` for any
 * chunking of the bytes of `text` (property-tested against strip()).
 *
 * The gloss grammar stays in `gloss/`: the bytes are searched for `(` and
 * `（` only; at each, the body up to its closing bracket is read by
 * `readGlossBodyBytes` (the reader of `readGlossBody`, fed code points
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
 * Each call strips in place, in one buffer holding the look-back, the held
 * spaces, the undecided input and the new bytes (`stripInPlace`: the caller's
 * own buffer).
 *
 * Memory: between calls it keeps `LOOK_BACK_BYTES` of output, trailing
 * spaces a spaced gloss could still remove, and an undecided tail of input
 * (a candidate whose closing bracket has not arrived: at most
 * `MAX_GLOSS_LENGTH` body characters of up to 3 bytes, or a cut character).
 */
export function createByteStripper(options: ScanOptions): ByteStripper {
  let carry: Uint8Array = EMPTY; // input not yet decided
  let kept: Uint8Array = EMPTY; // output already returned, for the look-back
  let held: Uint8Array = EMPTY; // output not yet returned (trailing spaces)
  let glosses = 0;

  /**
   * Strips `buffer` from `start` where it is: before `start` it holds the
   * look-back (`kept`, already returned) and the held spaces, and the
   * output is written from there on (it never overtakes the input).
   */
  function run(buffer: Uint8Array, start: number, final: boolean): Uint8Array {
    const base = kept.length;
    scanBytes(buffer, start, final, options);
    glosses += scan.glosses;
    const length = scan.length;
    carry = scan.stopped < buffer.length ? buffer.slice(scan.stopped) : EMPTY;

    // Trailing spaces that a spaced gloss may still remove are held back.
    let ready = length;
    if (options.spaced && !final) {
      let run = ready;
      let spaces = 0;
      while (run > base && spaces <= MAX_GLOSS_SPACES) {
        let first = run - 1;
        while (first > base && (buffer[first]! & 0xc0) === 0x80 && run - first < 4) first--;
        if (!isGlossSpace(decodeAt(buffer, first, run))) break;
        run = first;
        spaces++;
      }
      if (spaces <= MAX_GLOSS_SPACES) ready = run;
    }
    held = ready < length ? buffer.slice(ready, length) : EMPTY;
    const result = buffer.subarray(base, ready);
    kept = buffer.slice(Math.max(0, ready - LOOK_BACK_BYTES), ready);
    return result;
  }

  /** One new buffer: the look-back, held spaces, undecided input, then `bytes`. */
  function join(bytes: Uint8Array): { buffer: Uint8Array; start: number } {
    const start = kept.length + held.length;
    const buffer = new Uint8Array(start + carry.length + bytes.length);
    buffer.set(kept, 0);
    buffer.set(held, kept.length);
    buffer.set(carry, start);
    buffer.set(bytes, start + carry.length);
    return { buffer, start };
  }

  return {
    push(bytes) {
      if (bytes.length === 0) return EMPTY;
      const { buffer, start } = join(bytes);
      return run(buffer, start, false);
    },
    stripInPlace(bytes) {
      if (carry.length + kept.length + held.length > 0) throw new Error('stripInPlace: the stripper holds text; flush() it first');
      // One kind of array for the scan (a Buffer is a subclass): its element loads stay monomorphic.
      const length = run(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), 0, true).length;
      kept = EMPTY;
      return length;
    },
    flush() {
      const { buffer, start } = join(EMPTY);
      const result = run(buffer, start, true);
      carry = EMPTY;
      kept = EMPTY;
      held = EMPTY;
      return result;
    },
    get glosses() {
      return glosses;
    },
  };
}

const EMPTY = new Uint8Array(0);

/** What `scanBytes` returns (one scratch object: no allocation per call). */
const scan = { length: 0, stopped: 0, glosses: 0 };

/**
 * The scan, in place: strips `buffer` from `start` on, writing the output
 * from `start` too, after the look-back and held spaces before it (the
 * output never overtakes the input). Sets `scan.length` (the end of the
 * output), `scan.stopped` (where the undecided input starts: a candidate
 * not yet closed, or a character cut by the end; the end when `final`) and
 * `scan.glosses`.
 */
function scanBytes(buffer: Uint8Array, start: number, final: boolean, options: ScanOptions): void {
  let length = start;
  const end = buffer.length;
  const spaced = options.spaced;
  // A character cut by the end of the chunk waits for its other bytes (it
  // holds no `(`; a cut `（` is not found below either).
  const scanEnd = final ? end : end - incompleteTail(buffer, start);
  let copied = start; // input before this is in the output
  let from = start;
  let stopped = scanEnd; // where undecided input starts
  let glosses = 0;

  while (from < scanEnd) {
    // The bracket of a candidate that was not a gloss.
    while (copied < from) buffer[length++] = buffer[copied++]!;
    // Copy up to the next opening bracket, `(` or `（` (EF BC 88), in the
    // same pass that finds it: dense glossed text has one every few bytes,
    // where this loop beats a native search's per-call cost. A 3-byte
    // character (Han, CJK punctuation) is one step: its last two bytes are
    // never a bracket's.
    let open = -1;
    let openLength = 1;
    let i = from;
    while (i < scanEnd) {
      const byte = buffer[i]!;
      if (byte < 0x80) {
        if (byte === OPEN) {
          open = i;
          break;
        }
        buffer[length++] = byte;
        i++;
      } else if (byte >= 0xe0 && byte < 0xf0 && i + 3 <= scanEnd) {
        const second = buffer[i + 1]!;
        const third = buffer[i + 2]!;
        if (byte === FULL_LEAD && second === FULL_MID && third === FULL_OPEN_END) {
          open = i;
          openLength = 3;
          break;
        }
        buffer[length] = byte;
        buffer[length + 1] = second;
        buffer[length + 2] = third;
        length += 3;
        i += 3;
      } else {
        // Other characters byte by byte (their bytes are never a bracket's).
        buffer[length++] = byte;
        i++;
      }
    }
    copied = i;
    if (open === -1) break;
    from = open + openLength;
    // Before it in the output: only a Han character (3 or 4 bytes) or,
    // with `spaced`, a space can stand there. A cheap first test.
    const before = length > 0 ? buffer[length - 1]! : 0;
    if (before < 0x80 && !(spaced && before === 0x20)) continue;

    const status = readGlossBodyBytes(buffer, from, end);
    if (status === BODY_INVALID) continue;
    if (status === BODY_INCOMPLETE) {
      if (final) continue;
      // The input ended before the body could close: wait for more.
      stopped = open;
      break;
    }
    const close = body.close;
    const closeLength = buffer[close] === CLOSE ? 1 : 3;
    // The Han characters before it, read back from the output.
    let limitChars = Math.min(MAX_GLOSS_SYLLABLES, body.maxSyllables);
    let q = length;
    let cutStart = length;
    let spaces = 0;
    let count = 0;
    while (count < limitChars && q > 0) {
      // The character ending at q, decoded backwards (the output is valid
      // UTF-8, but the look-back kept from the last call may start inside a
      // character: such a torn one matches no pattern and ends the look-back).
      const lastByte = buffer[q - 1]!;
      let codePoint = -1;
      let width = 1;
      if (lastByte < 0x80) codePoint = lastByte;
      else if (q >= 3 && (buffer[q - 3]! & 0xf0) === 0xe0) {
        codePoint = ((buffer[q - 3]! & 0x0f) << 12) | ((buffer[q - 2]! & 0x3f) << 6) | (lastByte & 0x3f);
        width = 3;
      } else if (q >= 4 && (buffer[q - 4]! & 0xf8) === 0xf0) {
        codePoint = ((buffer[q - 4]! & 0x07) << 18) | ((buffer[q - 3]! & 0x3f) << 12) | ((buffer[q - 2]! & 0x3f) << 6) | (lastByte & 0x3f);
        width = 4;
      } else if (q >= 2 && (buffer[q - 2]! & 0xe0) === 0xc0) {
        codePoint = ((buffer[q - 2]! & 0x1f) << 6) | (lastByte & 0x3f);
        width = 2;
      }
      if (count === 0 && spaced && isGlossSpace(codePoint)) {
        q -= width;
        cutStart = q;
        if (++spaces > MAX_GLOSS_SPACES) break;
        continue;
      }
      if (codePoint < 0 || !isHanCodePoint(codePoint)) break;
      q -= width;
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

  // What is left: the bracket of a last candidate that was not a gloss.
  while (copied < stopped) buffer[length++] = buffer[copied++]!;
  scan.length = length;
  scan.stopped = stopped;
  scan.glosses = glosses;
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

/** Bytes at the end of `bytes` (after `start`) that start a character not yet complete (0–3). */
function incompleteTail(bytes: Uint8Array, start: number): number {
  const end = bytes.length;
  let p = end;
  while (p > start && end - p < 3 && (bytes[p - 1]! & 0xc0) === 0x80) p--;
  if (p === start) return 0;
  const lead = bytes[p - 1]!;
  if (lead < 0xc0) return 0;
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
  return end - (p - 1) < need ? end - (p - 1) : 0;
}
