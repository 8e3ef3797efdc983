import { PinyinGlossError } from '../errors.js';

/**
 * Splits a `--field` path into keys: `meta.body` → `['meta', 'body']`.
 *
 * Logic: a dot separates keys; `\.` is a literal dot and `\\` a literal
 * backslash, for the rare key that holds a dot (`'a\\.b'` → `['a.b']`).
 * Paths walk objects only: JSON Lines corpora keep their text in an object
 * field, and a numeric key such as `0` names an object key, not an index.
 */
export function parseFieldPath(field: string): string[] {
  const keys: string[] = [];
  let key = '';
  for (let i = 0; i < field.length; i++) {
    const c = field[i];
    if (c === '\\' && (field[i + 1] === '.' || field[i + 1] === '\\')) {
      key += field[++i];
    } else if (c === '.') {
      keys.push(key);
      key = '';
    } else {
      key += c;
    }
  }
  keys.push(key);
  if (keys.some((k) => k === '')) {
    throw new PinyinGlossError(
      'INVALID_OPTION',
      `--field must be a key or a dotted path of keys such as \`text\` or \`meta.body\`, got '${field}'`,
    );
  }
  return keys;
}
