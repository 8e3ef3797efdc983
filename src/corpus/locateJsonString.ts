import { BACKSLASH, CLOSE_BRACE, CLOSE_BRACKET, COLON, COMMA, OPEN_BRACE, OPEN_BRACKET, QUOTE } from './jsonCodes.js';

/**
 * Finds the raw JSON string token (quotes included) of the field at `path` in
 * a JSON object text that is already known to be valid JSON, so the line can
 * be rewritten in place and every byte outside that token kept as it was.
 *
 * Logic:
 * - Walks the object keys of each level; when a key repeats, the last one
 *   wins, as in `JSON.parse`, so the token found is the value that was parsed.
 * - Strings are skipped with `indexOf('"')` and a count of the backslashes
 *   before the quote: long text fields are crossed at native speed.
 * - Returns `undefined` when the path is absent or its value is not a string;
 *   the caller has the parsed value and says which.
 */
export function locateJsonString(
  json: string,
  path: readonly string[],
): { start: number; end: number } | undefined {
  let pos = skipWhitespace(json, 0);
  for (let depth = 0; depth < path.length; depth++) {
    if (json.charCodeAt(pos) !== OPEN_BRACE) return undefined;
    const valueStart = lastValueOfKey(json, pos, path[depth]!);
    if (valueStart === undefined) return undefined;
    pos = valueStart;
  }
  if (json.charCodeAt(pos) !== QUOTE) return undefined;
  return { start: pos, end: skipString(json, pos) };
}


function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function skipWhitespace(json: string, pos: number): number {
  while (pos < json.length && isWhitespace(json.charCodeAt(pos))) pos++;
  return pos;
}

/** `pos` is at `"`; returns the position just after the closing quote. */
function skipString(json: string, pos: number): number {
  let from = pos + 1;
  for (;;) {
    const quote = json.indexOf('"', from);
    if (quote < 0) return json.length; // cannot happen in valid JSON
    let backslashes = 0;
    while (json.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

/** Skips one value of any type starting at `pos` (no leading whitespace). */
function skipValue(json: string, pos: number): number {
  const c = json.charCodeAt(pos);
  if (c === QUOTE) return skipString(json, pos);
  if (c === OPEN_BRACE || c === OPEN_BRACKET) {
    let depth = 0;
    while (pos < json.length) {
      const d = json.charCodeAt(pos);
      if (d === QUOTE) {
        pos = skipString(json, pos);
        continue;
      }
      if (d === OPEN_BRACE || d === OPEN_BRACKET) depth++;
      else if (d === CLOSE_BRACE || d === CLOSE_BRACKET) {
        depth--;
        if (depth === 0) return pos + 1;
      }
      pos++;
    }
    return pos;
  }
  // A number, true, false or null runs until a delimiter.
  while (pos < json.length) {
    const d = json.charCodeAt(pos);
    if (d === COMMA || d === CLOSE_BRACE || d === CLOSE_BRACKET || isWhitespace(d)) break;
    pos++;
  }
  return pos;
}

/** `pos` is at `{`; returns where the value of the last `key` member starts. */
function lastValueOfKey(json: string, pos: number, key: string): number | undefined {
  let found: number | undefined;
  pos = skipWhitespace(json, pos + 1);
  while (pos < json.length && json.charCodeAt(pos) === QUOTE) {
    const keyEnd = skipString(json, pos);
    const raw = json.slice(pos + 1, keyEnd - 1);
    // Keys are compared decoded: `"t\u0065xt"` is the key `text`.
    const name = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
    pos = skipWhitespace(json, keyEnd);
    if (json.charCodeAt(pos) !== COLON) return undefined;
    pos = skipWhitespace(json, pos + 1);
    if (name === key) found = pos;
    pos = skipWhitespace(json, skipValue(json, pos));
    if (json.charCodeAt(pos) !== COMMA) break;
    pos = skipWhitespace(json, pos + 1);
  }
  return found;
}
