import { PinyinGlossError } from '../errors.js';

/** Names the received type the way a person would: `null`, `array`, `number`. */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Throws `INVALID_TYPE` unless `value` is a string. */
export function assertString(value: unknown, what = 'text'): asserts value is string {
  if (typeof value !== 'string') {
    throw new PinyinGlossError(
      'INVALID_TYPE',
      `Expected ${what} to be a string, got \`${describeType(value)}\``,
    );
  }
}
