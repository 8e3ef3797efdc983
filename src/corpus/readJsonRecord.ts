import { describeType } from '../internal/assertString.js';
import { locateJsonString } from './locateJsonString.js';
import { rewriteJsonString } from './rewriteJsonString.js';

/** A JSON Lines record whose text field was found. */
export interface JsonRecord {
  readonly ok: true;
  /** The decoded value of the field. */
  readonly text: string;
  /**
   * The line with the field's value replaced by `next`; every byte outside
   * the field's string token is kept, and so are the escapes of the
   * characters that survive inside it (see `rewriteJsonString`).
   */
  rewrite(next: string): string;
}

/** A line that cannot be processed, and why (for the bad-line report). */
export interface BadRecord {
  readonly ok: false;
  readonly reason: string;
}

/**
 * Reads one JSON Lines record (without its `\n`) and the string field at
 * `path`. `JSON.parse` decides validity, so what counts as a bad line is
 * exactly what every JSON reader rejects; the raw token is located only
 * when the text changed.
 */
export function readJsonRecord(line: string, path: readonly string[]): JsonRecord | BadRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    if (line.trim() === '') return { ok: false, reason: 'empty line, expected a JSON object' };
    return { ok: false, reason: `not valid JSON (${(error as Error).message})` };
  }
  for (let depth = 0; depth < path.length; depth++) {
    const key = path[depth]!;
    const where = depth === 0 ? 'the record' : `\`${path.slice(0, depth).join('.')}\``;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return { ok: false, reason: `${where} is ${article(describeType(value))}, not an object with the field \`${path.join('.')}\`` };
    }
    // Own keys only: `constructor` or `toString` must not be found on the prototype.
    if (!Object.hasOwn(value, key)) {
      return { ok: false, reason: `missing field \`${path.slice(0, depth + 1).join('.')}\`` };
    }
    value = (value as Record<string, unknown>)[key];
  }
  if (typeof value !== 'string') {
    return { ok: false, reason: `field \`${path.join('.')}\` is ${article(describeType(value))}, expected a string` };
  }
  const text = value;
  return {
    ok: true,
    text,
    rewrite(next: string): string {
      if (next === text) return line;
      const token = locateJsonString(line, path)!;
      const raw = line.slice(token.start, token.end);
      return line.slice(0, token.start) + rewriteJsonString(raw, text, next) + line.slice(token.end);
    },
  };
}

function article(type: string): string {
  return type === 'null' ? 'null' : /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
