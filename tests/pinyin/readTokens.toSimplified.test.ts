import { test as propTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { readingForm, readingFormWithReadings } from '../../src/hanzi/readingForm.js';
import { anyText } from '../hardening/arbitraries.js';
import { simplifiedTable } from '../../src/hanzi/simplifiedTable.js';
import { toSimplified } from '../../src/hanzi/toSimplified.js';

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
    expect(toSimplified('乾隆', simplified)).toBe('乾隆');
  });
  test("regional forms OpenCC knows: Taiwan's and Hong Kong's (車, 説, 祕), and 於 as 于", () => {
    expect(toSimplified('汽車說明書説祕密', simplified)).toBe('汽车说明书说秘密');
    expect(toSimplified('由於關於', simplified)).toBe('由于关于');
  });
  test('returns the very string when there is nothing to convert', () => {
    const text = '老旧小区改造';
    expect(toSimplified(text, simplified)).toBe(text);
  });
});

describe('readingForm', () => {
  test.each([
    // Taiwan's 著 for 着, outside the words that read it zhù.
    ['隨著時間，他看著我', '随着时间，他看着我'],
    ['著名的著作很顯著', '著名的著作很显著'],
    ['穿著大衣，著手準備', '穿着大衣，着手准备'],
    // …also where no character tells the standards apart.
    ['他看著我', '他看着我'],
    // 乾 for 干 and 瞭 for 了, but 乾隆 and 瞭望 keep their own.
    ['衣服很乾淨，乾隆年間', '衣服很干净，乾隆年间'],
    ['瞭解情況，瞭望台', '了解情况，瞭望台'],
    // Simplified text keeps 著 as written: there it is zhù.
    ['鲁迅著，著名', '鲁迅著，著名'],
    ['这本书是他著的', '这本书是他著的'],
    ['乾隆年间', '乾隆年间'],
    ['', ''],
  ])('%j → %j', (text, expected) => {
    const result = readingForm(text);
    expect(result).toBe(expected);
    expect(result.length).toBe(text.length);
  });
});

describe('readingForm, any text', () => {
  propTest.prop([anyText])('keeps every offset, and fixes readings only where it substituted 乾 or 瞭', (text) => {
    const { text: form, fixed } = readingFormWithReadings(text);
    expect(form.length).toBe(text.length);
    expect(readingForm(text)).toBe(form);
    for (const at of fixed?.keys() ?? []) expect(`${text[at]}${form[at]}`).toMatch(/^(乾干|瞭了|徵征)$/);
  });
});
