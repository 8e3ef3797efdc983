import { describe, expect, test } from 'vitest';
import { CharPairTable } from '../../src/segment/charPairTable.js';

describe('CharPairTable', () => {
  test('gives back what was stored for a pair of units, 0 for a pair never stored', () => {
    const table = new CharPairTable();
    table.set('北'.charCodeAt(0), '京'.charCodeAt(0), 2);
    expect(table.getAt('北京', 0)).toBe(2);
    expect(table.getAt('在北京', 1)).toBe(2);
    expect(table.getAt('京北', 0)).toBe(0);
    // The pair (0, 0) is a key like any other, not the empty slot.
    expect(table.get(0, 0)).toBe(0);
    table.set(0, 0, 7);
    expect(table.get(0, 0)).toBe(7);
  });

  test('keeps every pair as it grows, and a second set replaces the value', () => {
    const table = new CharPairTable(4);
    for (let i = 0; i < 5000; i++) table.set(0x4e00 + (i % 100), 0x4e00 + Math.floor(i / 100), (i % 255) + 1);
    expect(table.size).toBe(5000);
    for (let i = 0; i < 5000; i++) expect(table.get(0x4e00 + (i % 100), 0x4e00 + Math.floor(i / 100))).toBe((i % 255) + 1);
    table.set(0x4e00, 0x4e00, 9);
    expect(table.size).toBe(5000);
    expect(table.get(0x4e00, 0x4e00)).toBe(9);
    expect(table.get(0x4e00, 0x5e00)).toBe(0);
  });

  test('a value outside 1…255 is refused (0 means absent)', () => {
    expect(() => new CharPairTable().set(1, 2, 0)).toThrow(RangeError);
    expect(() => new CharPairTable().set(1, 2, 256)).toThrow(RangeError);
  });
});
