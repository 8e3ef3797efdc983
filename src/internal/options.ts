import { PinyinGlossError } from '../errors.js';
import { describeType } from './assertString.js';

/**
 * Shared option checking, so every function reports bad options the same way:
 * `PinyinGlossError` with code `INVALID_OPTION` naming the function, the
 * option, what was expected and what came.
 */
export function invalidOption(fn: string, name: string, expected: string, got: unknown): PinyinGlossError {
  const shown = typeof got === 'string' ? `'${got}'` : typeof got === 'number' ? String(got) : `\`${describeType(got)}\``;
  return new PinyinGlossError('INVALID_OPTION', `${fn}: option \`${name}\` must be ${expected}, got ${shown}`, { option: name });
}

/** Checks that `options` is undefined or a plain object whose keys are all known. */
export function checkOptionKeys(fn: string, options: unknown, known: readonly string[]): void {
  if (options === undefined) return;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new PinyinGlossError(
      'INVALID_OPTION',
      `${fn}: options must be an object, got \`${describeType(options)}\``,
    );
  }
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      throw new PinyinGlossError(
        'INVALID_OPTION',
        `${fn}: unknown option \`${key}\`; known options are ${known.map((k) => `\`${k}\``).join(', ')}`,
      );
    }
  }
}

/** Checks a string-literal option (`tone: 'mark' | 'number' | 'none'`). */
export function checkOneOf<T extends string>(fn: string, name: string, value: unknown, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw invalidOption(fn, name, `one of ${allowed.map((a) => `'${a}'`).join(', ')}`, value);
  }
  return value as T;
}

export function checkBoolean(fn: string, name: string, value: unknown): boolean | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') throw invalidOption(fn, name, 'a boolean', value);
  return value;
}
