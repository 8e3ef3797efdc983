import { BACKSLASH, CLOSE_BRACE, CLOSE_BRACKET, COLON, COMMA, OPEN_BRACE, OPEN_BRACKET, QUOTE } from './jsonCodes.js';

/**
 * The byte range of the string token (quotes included) of the field at
 * `path` in one JSON Lines record given as UTF-8 bytes (already known to be
 * valid UTF-8), or `undefined` when this fast path cannot vouch for it.
 *
 * It answers only when the whole line is valid JSON (checked here, byte by
 * byte, by the grammar of RFC 8259, which is what `JSON.parse` accepts), the
 * root is an object, and the field (the last of repeated keys, as
 * `JSON.parse` keeps it) is a string holding no `\u` escape; keys along the
 * path must be written without escapes. Everything else, valid or not,
 * answers `undefined`, and the caller takes the text path (`readJsonRecord`),
 * which decides and reports exactly as before. So this function may refuse
 * valid JSON, but must never accept invalid JSON.
 *
 * @param path the keys, each as its UTF-8 bytes
 */
export function locateJsonFieldBytes(
  line: Uint8Array,
  path: readonly Uint8Array[],
): { start: number; end: number } | undefined {
  bytes = line;
  keys = path;
  found = undefined;
  pos = skipSpace(0);
  if (bytes[pos] !== OPEN_BRACE) return undefined;
  if (!value(0, true) || skipSpace(pos) !== bytes.length) return undefined;
  return found;
}

const MAX_DEPTH = 512;

// The parse in progress (one line at a time, no allocation per value).
let bytes: Uint8Array = new Uint8Array(0);
let keys: readonly Uint8Array[] = [];
let pos = 0;
let found: { start: number; end: number } | undefined;
// Set by `string()`: whether the token just read held a backslash / a `\u`.
let escaped = false;
let unicodeEscape = false;

function skipSpace(at: number): number {
  for (;;) {
    const c = bytes[at];
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) at++;
    else return at;
  }
}

/**
 * Reads one value at `pos` (no leading space); false if invalid. `depth` is
 * the nesting depth; `onPath` says that this value is reached by the first
 * `depth` keys of the path.
 */
function value(depth: number, onPath: boolean): boolean {
  if (depth > MAX_DEPTH) return false;
  const c = bytes[pos];
  if (c === QUOTE) {
    const start = pos;
    if (!string()) return false;
    if (onPath && depth === keys.length && !unicodeEscape) found = { start, end: pos };
    return true;
  }
  if (c === OPEN_BRACE) return object(depth, onPath && depth < keys.length);
  if (c === OPEN_BRACKET) return array(depth);
  if (c === 0x74) return literal('true');
  if (c === 0x66) return literal('false');
  if (c === 0x6e) return literal('null');
  return number();
}

function object(depth: number, onPath: boolean): boolean {
  pos = skipSpace(pos + 1);
  if (bytes[pos] === CLOSE_BRACE) {
    pos++;
    return true;
  }
  const key = onPath ? keys[depth]! : undefined;
  for (;;) {
    if (bytes[pos] !== QUOTE) return false;
    const keyStart = pos + 1;
    if (!string()) return false;
    const matches = key !== undefined && !escaped && equals(keyStart, pos - 1, key);
    // A repeated key replaces the value found under the earlier one.
    if (matches) found = undefined;
    pos = skipSpace(pos);
    if (bytes[pos] !== COLON) return false;
    pos = skipSpace(pos + 1);
    if (!value(depth + 1, matches)) return false;
    pos = skipSpace(pos);
    const c = bytes[pos];
    if (c === CLOSE_BRACE) {
      pos++;
      return true;
    }
    if (c !== COMMA) return false;
    pos = skipSpace(pos + 1);
  }
}

function array(depth: number): boolean {
  pos = skipSpace(pos + 1);
  if (bytes[pos] === CLOSE_BRACKET) {
    pos++;
    return true;
  }
  for (;;) {
    if (!value(depth + 1, false)) return false;
    pos = skipSpace(pos);
    const c = bytes[pos];
    if (c === CLOSE_BRACKET) {
      pos++;
      return true;
    }
    if (c !== COMMA) return false;
    pos = skipSpace(pos + 1);
  }
}

/** A string token at `pos` (`"`); leaves `pos` after its closing quote. */
function string(): boolean {
  escaped = false;
  unicodeEscape = false;
  let at = pos + 1;
  for (;;) {
    const c = bytes[at];
    if (c === undefined || c < 0x20) return false; // the line ended, or a raw control character
    if (c === QUOTE) {
      pos = at + 1;
      return true;
    }
    if (c === BACKSLASH) {
      escaped = true;
      const e = bytes[at + 1];
      if (e === 0x75) {
        for (let k = 2; k < 6; k++) if (!isHex(bytes[at + k])) return false;
        unicodeEscape = true;
        at += 6;
        continue;
      }
      if (e !== QUOTE && e !== BACKSLASH && e !== 0x2f && e !== 0x62 && e !== 0x66 && e !== 0x6e && e !== 0x72 && e !== 0x74) return false;
      at += 2;
      continue;
    }
    at++;
  }
}

/** `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?` */
function number(): boolean {
  let at = pos;
  if (bytes[at] === 0x2d) at++;
  if (bytes[at] === 0x30) at++;
  else if (isDigit(bytes[at]) && bytes[at] !== 0x30) while (isDigit(bytes[at])) at++;
  else return false;
  if (bytes[at] === 0x2e) {
    at++;
    if (!isDigit(bytes[at])) return false;
    while (isDigit(bytes[at])) at++;
  }
  if (bytes[at] === 0x65 || bytes[at] === 0x45) {
    at++;
    if (bytes[at] === 0x2b || bytes[at] === 0x2d) at++;
    if (!isDigit(bytes[at])) return false;
    while (isDigit(bytes[at])) at++;
  }
  pos = at;
  return true;
}

function literal(word: string): boolean {
  for (let k = 0; k < word.length; k++) if (bytes[pos + k] !== word.charCodeAt(k)) return false;
  pos += word.length;
  return true;
}

function equals(start: number, end: number, key: Uint8Array): boolean {
  if (end - start !== key.length) return false;
  for (let k = 0; k < key.length; k++) if (bytes[start + k] !== key[k]) return false;
  return true;
}

function isDigit(c: number | undefined): boolean {
  return c !== undefined && c >= 0x30 && c <= 0x39;
}

function isHex(c: number | undefined): boolean {
  return c !== undefined && ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66));
}
