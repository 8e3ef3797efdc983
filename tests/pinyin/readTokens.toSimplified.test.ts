import { describe, expect, test } from 'vitest';
import { simplifiedTable } from '../../src/pinyin/simplifiedTable.js';
import { toSimplified } from '../../src/pinyin/toSimplified.js';

describe('toSimplified', () => {
  const simplified = simplifiedTable();
  test.each([
    ['', ''],
    ['abc 123', 'abc 123'],
    ['银行行长', '银行行长'],
    ['銀行行長', '银行行长'],
    ['圖書館(túshūguǎn)開放', '图书馆(túshūguǎn)开放'],
    ['𠮷銀\uD800行', '𠮷银\uD800行'],
  ])('%j → %j', (text, expected) => {
    const result = toSimplified(text, simplified);
    expect(result).toBe(expected);
    expect(result.length).toBe(text.length);
  });
  test('a simplified character with a reading of its own is kept (骼 gé is no form of 胳 gē)', () => {
    expect(toSimplified('骨骼', simplified)).toBe('骨骼');
  });
  test('returns the very string when there is nothing to convert', () => {
    const text = '老旧小区改造';
    expect(toSimplified(text, simplified)).toBe(text);
  });
});
