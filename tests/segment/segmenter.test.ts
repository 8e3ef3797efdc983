import { afterEach, describe, expect, test } from 'vitest';
import { annotate, annotateTokens, segment } from '../../src/index.js';
import { PinyinGlossError } from '../../src/errors.js';
import { createJiebaLoader, type Jieba } from '../../src/segment/createJiebaLoader.js';
import { loadJieba, withSegmenter } from '../../src/segment/loadJieba.js';
import { resolveSegmenter } from '../../src/segment/resolveSegmenter.js';

const texts = (tokens: readonly { text: string }[]) => tokens.map((token) => token.text);

describe('createJiebaLoader', () => {
  test('a failed load becomes SEGMENTER_LOAD_FAILED with cause and a fix, cached and rethrown', () => {
    let calls = 0;
    const missing = Object.assign(new Error("Cannot find module 'nodejieba.node'"), { code: 'MODULE_NOT_FOUND' });
    const load = createJiebaLoader(
      'nodejieba',
      () => {
        calls++;
        throw missing;
      },
      'Run `npm rebuild nodejieba`.',
    );
    let first: unknown;
    try {
      load();
    } catch (error) {
      first = error;
    }
    expect(first).toBeInstanceOf(PinyinGlossError);
    expect(first).toMatchObject({ code: 'SEGMENTER_LOAD_FAILED', cause: missing });
    expect((first as Error).message).toBe("Could not load the nodejieba segmenter (Cannot find module 'nodejieba.node'). Run `npm rebuild nodejieba`.");
    // The same error object comes back, and the loader is not retried.
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
    const fake: Jieba = { backend: 'wasm', cut: () => [], insertWord: () => undefined, tagOf: () => undefined };
    const load = createJiebaLoader('wasm', () => {
      calls++;
      return fake;
    }, '');
    expect(load()).toBe(fake);
    expect(load()).toBe(fake);
    expect(calls).toBe(1);
  });
});

describe('the two backends', () => {
  test.each(['nodejieba', 'wasm'] as const)('%s cuts with and without its HMM', (name) => {
    const jieba = resolveSegmenter(name);
    expect(jieba.backend).toBe(name);
    expect(jieba.cut('南京市长江大桥', true)).toEqual(['南京市', '长江大桥']);
    // Unknown names: kept whole by the HMM, single characters without it.
    expect(jieba.cut('郑晓梅说', true)).toEqual(['郑晓梅', '说']);
    expect(jieba.cut('郑晓梅', false)).toEqual(['郑', '晓', '梅']);
  });

  test("'auto' is nodejieba where its addon loads (it does here)", () => {
    expect(resolveSegmenter('auto')).toBe(resolveSegmenter('nodejieba'));
  });

  test('loadJieba gives the backend of the running call, back to the outer one afterwards', () => {
    expect(withSegmenter('wasm', () => loadJieba().backend)).toBe('wasm');
    expect(withSegmenter('nodejieba', () => [loadJieba().backend, withSegmenter('wasm', () => loadJieba().backend), loadJieba().backend])).toEqual([
      'nodejieba',
      'wasm',
      'nodejieba',
    ]);
    expect(() => withSegmenter('wasm', () => { throw new Error('x'); })).toThrow('x');
    expect(loadJieba().backend).toBe('nodejieba');
  });

  // Text written for this test: a name, polyphones in context, traditional characters, Latin and digits.
  const TEXT = '早上八点，行长郑晓梅走进银行，看了看2024年的報紙。会上大家说孩子们长大了，学会了很多东西 (OK)。';

  test('segment and annotate give the same tokens and glosses with either backend on ordinary text', () => {
    expect(texts(segment(TEXT, { segmenter: 'wasm' }))).toEqual(texts(segment(TEXT, { segmenter: 'nodejieba' })));
    expect(annotate(TEXT, { segmenter: 'wasm' })).toBe(annotate(TEXT, { segmenter: 'nodejieba' }));
    expect(annotateTokens(TEXT, { segmenter: 'wasm', select: 'polyphonic' })).toEqual(annotateTokens(TEXT, { segmenter: 'nodejieba', select: 'polyphonic' }));
  });

  test.each(['nodejieba', 'wasm'] as const)('%s: user words (also in traditional form) are kept whole and never cut again', (segmenter) => {
    // Nonsense words written for this test, one per backend: dictionaries are process-global.
    const word = segmenter === 'wasm' ? '桥大江长' : '市汉武省';
    const text = `他说${word}的事`;
    expect(texts(segment(text, { segmenter }))).not.toContain(word);
    expect(texts(segment(text, { segmenter, words: [word] }))).toContain(word);
    expect(texts(segment(text, { segmenter }))).toContain(word); // process-global
    expect(texts(segment('看了經開區', { segmenter, words: ['經開區'] }))).toEqual(['看', '了', '經開區']);
  });

  test('a bad segmenter option or environment variable is an INVALID_OPTION naming it', () => {
    expect(() => segment('银行', { segmenter: 'jieba' as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', message: "segment: option `segmenter` must be one of 'auto', 'nodejieba', 'wasm', got 'jieba'" }),
    );
    expect(() => annotate('银行', { segmenter: 1 as never })).toThrow(/annotate: option `segmenter`/);
    process.env.PINYIN_GLOSS_SEGMENTER = 'native';
    expect(() => segment('银行')).toThrow(
      expect.objectContaining({
        code: 'INVALID_OPTION',
        message: "segment: the environment variable PINYIN_GLOSS_SEGMENTER must be one of 'auto', 'nodejieba', 'wasm', got 'native'",
      }),
    );
  });

  test('PINYIN_GLOSS_SEGMENTER chooses when the option does not', () => {
    let seen: string[] = [];
    const spy = (name: string) => {
      seen = [];
      process.env.PINYIN_GLOSS_SEGMENTER = name;
      const jieba = resolveSegmenter('wasm');
      const cut = jieba.cut;
      // Watch which backend's cut runs.
      (jieba as { cut: Jieba['cut'] }).cut = (text, hmm) => (seen.push('wasm'), cut(text, hmm));
      try {
        // A text the name step asks no dictionary question about: one cut per call.
        segment('今天天气很好');
        segment('今天天气很好', { segmenter: 'nodejieba' });
      } finally {
        (jieba as { cut: Jieba['cut'] }).cut = cut;
      }
      return seen.length;
    };
    expect(spy('wasm')).toBe(1);
    expect(spy('nodejieba')).toBe(0);
  });

  afterEach(() => {
    delete process.env.PINYIN_GLOSS_SEGMENTER;
  });
});
