/**
 * Writes `next` as a JSON string token that keeps the escapes of `raw` (the
 * token `previous` was parsed from) wherever a character survived, so that
 * cleaning `"caf\u00e9 改造(gǎizào)"` gives `"caf\u00e9 改造"`, not `"café 改造"`.
 *
 * Logic:
 * - Unchanged text keeps its token byte for byte.
 * - Fast paths: a token without a backslash holds no escapes to keep, and
 *   `JSON.stringify` writes every character that needs no escape as itself;
 *   a token written exactly as `JSON.stringify` or Python's `json.dumps`
 *   (`ensure_ascii`) writes its text is rewritten by the same writer.
 * - Otherwise the token is read as one piece per code point (an escape such
 *   as `\u00e9` or `\ud83d\ude00`, or a plain character). When `next` only
 *   removed characters (strip) or only inserted some (annotate), a greedy walk
 *   aligns the pieces with `next` in linear time, copying runs of kept pieces
 *   raw and escaping inserted text with `JSON.stringify`; nothing is
 *   allocated per character, which matters at corpus scale. Any alignment
 *   decodes to exactly `next`; greedy may only attribute an escape to a
 *   different equal character.
 * - Anything else (ruby output, corrected glosses) keeps the raw common prefix
 *   and suffix and re-escapes the middle.
 */
export function rewriteJsonString(raw: string, previous: string, next: string): string {
  if (next === previous) return raw;
  // Fast paths: the token is written the way JSON.stringify (or Python's
  // json.dumps with its default ensure_ascii) writes it, as most corpora
  // are, so the same writer keeps every surviving escape as it was.
  if (!raw.includes('\\')) return JSON.stringify(next);
  const plain = JSON.stringify(previous);
  if (raw === plain) return JSON.stringify(next);
  if (ASCII.test(raw) && raw === escapeNonAscii(plain)) return escapeNonAscii(JSON.stringify(next));
  const aligned = next.length <= previous.length ? keepSubsequence(raw, next) : insertAround(raw, next);
  return aligned ?? keepPrefixAndSuffix(splitPieces(raw), next);
}

const BACKSLASH = 0x5c;
const ASCII = /^[\x00-\x7f]*$/;
const NON_ASCII = /[\u0080-\uffff]/g;

/** `\u6539` for every non-ASCII code unit, as Python's `ensure_ascii` writes it. */
function escapeNonAscii(json: string): string {
  return json.replace(NON_ASCII, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
const ESCAPED: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** Where the piece (one code point, plain or escaped) starting at `i` of the token ends. */
function pieceEnd(raw: string, i: number): number {
  const unit = raw.charCodeAt(i);
  if (unit !== BACKSLASH) return isHighSurrogate(unit) && isLowSurrogate(raw.charCodeAt(i + 1)) ? i + 2 : i + 1;
  if (raw[i + 1] !== 'u') return i + 2;
  // A high surrogate escape followed by a low one is one code point.
  if (isHighSurrogate(parseInt(raw.slice(i + 2, i + 6), 16)) && raw.startsWith('\\u', i + 6)) {
    if (isLowSurrogate(parseInt(raw.slice(i + 8, i + 12), 16))) return i + 12;
  }
  return i + 6;
}

/** The decoded text of the piece `raw[i, end)`. */
function pieceText(raw: string, i: number, end: number): string {
  if (raw.charCodeAt(i) !== BACKSLASH) return raw.slice(i, end);
  if (raw[i + 1] !== 'u') return ESCAPED[raw[i + 1]!]!;
  const high = parseInt(raw.slice(i + 2, i + 6), 16);
  return end - i === 12 ? String.fromCharCode(high, parseInt(raw.slice(i + 8, i + 12), 16)) : String.fromCharCode(high);
}

/** How many code units of `next` at `j` the piece `raw[i, end)` matches, or -1. */
function matchPiece(raw: string, i: number, end: number, next: string, j: number): number {
  if (raw.charCodeAt(i) !== BACKSLASH) {
    for (let k = i; k < end; k++) if (raw.charCodeAt(k) !== next.charCodeAt(j + k - i)) return -1;
    return end - i;
  }
  const text = pieceText(raw, i, end);
  return next.startsWith(text, j) ? text.length : -1;
}

function escapeInner(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}

/** `next` is the token's text with some pieces removed: copy the rest raw. */
function keepSubsequence(raw: string, next: string): string | undefined {
  // Escaped surrogates need whole code points (pieces), so that one half is
  // never written escaped beside the other half raw.
  if (ESCAPED_SURROGATE.test(raw)) return keepPieces(raw, next);
  // Fast path, one code unit at a time: with no escaped surrogate, a kept
  // plain surrogate always lands beside its plain partner.
  const last = raw.length - 1;
  let out = '"';
  let run = 1; // start of the current run of kept characters
  let j = 0;
  let i = 1;
  while (i < last) {
    const unit = raw.charCodeAt(i);
    if (unit !== BACKSLASH) {
      if (next.charCodeAt(j) === unit) j++;
      else {
        if (run < i) out += raw.slice(run, i);
        run = i + 1;
      }
      i++;
      continue;
    }
    const end = pieceEnd(raw, i);
    const matched = j < next.length ? matchPiece(raw, i, end, next, j) : -1;
    if (matched >= 0) j += matched;
    else {
      if (run < i) out += raw.slice(run, i);
      run = end;
    }
    i = end;
  }
  return j === next.length ? `${out}${raw.slice(run, last)}"` : undefined;
}

const ESCAPED_SURROGATE = /\\u[dD][89a-fA-F]/;

/** `keepSubsequence` by whole code points. */
function keepPieces(raw: string, next: string): string | undefined {
  const last = raw.length - 1;
  let out = '"';
  let run = 1;
  let j = 0;
  for (let i = 1; i < last; ) {
    const end = pieceEnd(raw, i);
    const matched = j < next.length ? matchPiece(raw, i, end, next, j) : -1;
    if (matched >= 0) j += matched;
    else {
      out += raw.slice(run, i);
      run = end;
    }
    i = end;
  }
  return j === next.length ? `${out}${raw.slice(run, last)}"` : undefined;
}

/** `next` is the token's text with text inserted: copy the pieces raw, escape the rest. */
function insertAround(raw: string, next: string): string | undefined {
  const last = raw.length - 1;
  let out = '"';
  let inserted = 0; // start of the pending inserted text in `next`
  let j = 0;
  let i = 1;
  while (i < last && j < next.length) {
    const end = pieceEnd(raw, i);
    const matched = matchPiece(raw, i, end, next, j);
    if (matched >= 0) {
      if (inserted < j) out += escapeInner(next.slice(inserted, j));
      out += raw.slice(i, end);
      j += matched;
      inserted = j;
      i = end;
    } else {
      j += isHighSurrogate(next.charCodeAt(j)) && isLowSurrogate(next.charCodeAt(j + 1)) ? 2 : 1;
    }
  }
  if (i < last) return undefined;
  return `${out}${escapeInner(next.slice(inserted))}"`;
}

interface Piece {
  /** The decoded UTF-16 text of the piece (one code point). */
  readonly text: string;
  /** How it was written in the token. */
  readonly raw: string;
}

/** One piece per code point of the token between its quotes. */
function splitPieces(raw: string): Piece[] {
  const pieces: Piece[] = [];
  for (let i = 1; i < raw.length - 1; ) {
    const end = pieceEnd(raw, i);
    pieces.push({ text: pieceText(raw, i, end), raw: raw.slice(i, end) });
    i = end;
  }
  return pieces;
}

function keepPrefixAndSuffix(pieces: readonly Piece[], next: string): string {
  let head = 0;
  let j = 0;
  while (head < pieces.length && next.startsWith(pieces[head]!.text, j)) {
    j += pieces[head]!.text.length;
    head++;
  }
  let tail = pieces.length;
  let k = next.length;
  while (tail > head && k - pieces[tail - 1]!.text.length >= j && next.endsWith(pieces[tail - 1]!.text, k)) {
    k -= pieces[tail - 1]!.text.length;
    tail--;
  }
  const rawOf = (from: number, to: number) => pieces.slice(from, to).map((p) => p.raw).join('');
  return `"${rawOf(0, head)}${escapeInner(next.slice(j, k))}${rawOf(tail, pieces.length)}"`;
}
