import { describe, expect, test } from 'vitest';
import { PinyinGlossError } from '../../src/errors.js';
import { createJiebaLoader, loadJieba, type Jieba } from '../../src/segment/loadJieba.js';

describe('createJiebaLoader', () => {
  test('a failed load becomes SEGMENTER_LOAD_FAILED with cause and a fix, cached and rethrown', () => {
    let calls = 0;
    const missing = Object.assign(new Error("Cannot find module 'nodejieba.node'"), { code: 'MODULE_NOT_FOUND' });
    const load = createJiebaLoader(() => {
      calls++;
      throw missing;
    });
    let first: unknown;
    try {
      load();
    } catch (error) {
      first = error;
    }
    expect(first).toBeInstanceOf(PinyinGlossError);
    expect(first).toMatchObject({ code: 'SEGMENTER_LOAD_FAILED', cause: missing });
    expect((first as Error).message).toMatch(/Cannot find module 'nodejieba.node'/);
    expect((first as Error).message).toMatch(/reinstalling without --ignore-scripts/);
    expect((first as Error).message).toMatch(/npm rebuild nodejieba/);
    // The same error object comes back, and the loader is not retried.
    expect(() => load()).toThrow(first as Error);
    let second: unknown;
    try {
      load();
    } catch (error) {
      second = error;
    }
    expect(second).toBe(first);
    expect(calls).toBe(1);
  });

  test('a successful load runs once', () => {
    let calls = 0;
    const fake = { cut: () => [], insertWord: () => true, DEFAULT_DICT: '' } satisfies Jieba;
    const load = createJiebaLoader(() => {
      calls++;
      return fake;
    });
    expect(load()).toBe(fake);
    expect(load()).toBe(fake);
    expect(calls).toBe(1);
  });

  test('the real loader gives nodejieba', () => {
    expect(loadJieba().cut('南京市长江大桥')).toEqual(['南京市', '长江大桥']);
    expect(loadJieba()).toBe(loadJieba());
  });
});
