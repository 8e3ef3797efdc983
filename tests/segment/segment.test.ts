import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { segment } from '../../src/segment/index.js';
import type { Token } from '../../src/types.js';

const texts = (tokens: readonly Token[]) => tokens.map((token) => token.text);

/** Tokens are contiguous, non-empty, sliced from the input and cover it. */
function expectCoverage(input: string, tokens: readonly Token[]): void {
  // One plain loop, one expect: the long-text test has 100,000+ tokens.
  let at = 0;
  const broken = tokens.find((token) => {
    const bad = token.start !== at || token.end <= token.start || token.text !== input.slice(token.start, token.end);
    at = token.end;
    return bad;
  });
  expect(broken).toBeUndefined();
  expect(at).toBe(input.length);
  expect(tokens.map((token) => token.text).join('')).toBe(input);
}

describe('segment', () => {
  describe('sane defaults', () => {
    test.each([
      ['empty', '', []],
      ['whitespace', ' \t ', [' ', '\t', ' ']],
      ['Latin only', 'hello world', ['hello', ' ', 'world']],
      ['mixed', '我用iPhone 15拍照。', ['我', '用', 'iPhone', ' ', '15', '拍照', '。']],
    ])('%s', (_name, input, expected) => {
      const tokens = segment(input);
      expect(texts(tokens)).toEqual(expected);
      expectCoverage(input, tokens);
    });
  });

  test('words with offsets', () => {
    expect(segment('老旧小区改造')).toEqual([
      { text: '老旧', start: 0, end: 2 },
      { text: '小区', start: 2, end: 4 },
      { text: '改造', start: 4, end: 6 },
    ]);
  });

  test.each([
    ['digits and decimals', '增长了3.5%，达到2024年的水平', ['增长', '了', '3.5', '%', '，', '达到', '2024', '年', '的', '水平']],
    ['a person name stays whole', '记者黄晓庆摄影报道', ['记者', '黄晓庆', '摄影', '报道']],
    ['another name', '社区书记李跃说道', ['社区', '书记', '李跃', '说道']],
    ['grammar is not glued onto a word', '构建起了新的格局', ['构建', '起', '了', '新', '的', '格局']],
    ['dictionary words with function characters stay whole', '除了为了目的', ['除了', '为了', '目的']],
    ['astral Han', '𠮷野家的菜', ['𠮷', '野', '家', '的', '菜']],
    ['emoji', '好😀吃', ['好', '😀', '吃']],
    ['CRLF', '第一行\r\n第二行', ['第一行', '\r', '\n', '第二行']],
  ])('%s', (_name, input, expected) => {
    const tokens = segment(input);
    expect(texts(tokens)).toEqual(expected);
    expectCoverage(input, tokens);
  });

  test('traditional text is cut as its simplified form, offsets and text kept', () => {
    const traditional = '他們買東西時，總是貨比三家；這個問題還沒有解決。';
    const simplified = '他们买东西时，总是货比三家；这个问题还没有解决。';
    const tokens = segment(traditional);
    expectCoverage(traditional, tokens);
    expect(texts(tokens)).toEqual(['他們', '買', '東西', '時', '，', '總是', '貨比三家', '；', '這個', '問題', '還', '沒有', '解決', '。']);
    expect(tokens.map(({ start, end }) => [start, end])).toEqual(segment(simplified).map(({ start, end }) => [start, end]));
  });

  test('a traditional user word is kept whole', () => {
    expect(texts(segment('我們的樓長會議', { words: ['樓長會議'] }))).toEqual(['我們', '的', '樓長會議']);
  });

  test('a user word ending in a title is kept whole (no title cut off it)', () => {
    // Without the word, the title comes off the organisation: 税务局|长.
    expect(texts(segment('他是税务局长。'))).toEqual(['他', '是', '税务局', '长', '。']);
    expect(texts(segment('他是税务局长。', { words: ['税务局长'] }))).toEqual(['他', '是', '税务局长', '。']);
  });

  test('a user word the dictionary already holds stays whole and changes no other cut', () => {
    const text = '她是中国力学家。';
    expect(texts(segment(text))).toEqual(['她', '是', '中国', '力学', '家', '。']);
    expect(texts(segment(text, { words: ['中国'] }))).toEqual(['她', '是', '中国', '力学', '家', '。']);
    // Process-global: later calls without the option cut the same way.
    expect(texts(segment(text))).toEqual(['她', '是', '中国', '力学', '家', '。']);
  });

  test('lone surrogates keep their place and offsets', () => {
    const input = 'a\ud800好\udc00吃';
    const tokens = segment(input);
    expectCoverage(input, tokens);
    expect(texts(tokens)).toEqual(['a', '\ud800', '好', '\udc00', '吃']);
  });

  test('options.words keeps user words whole (process-global)', () => {
    expect(texts(segment('青柚气泡的故事'))).toEqual(['青柚', '气泡', '的', '故事']);
    expect(texts(segment('青柚气泡的故事', { words: ['青柚气泡'] }))).toEqual(['青柚气泡', '的', '故事']);
    // Process-global, as documented: later calls keep the word.
    expect(texts(segment('青柚气泡'))).toEqual(['青柚气泡']);
  });

  test('long text without newlines is cut into pieces and still covered', () => {
    const input = '城市更新让老旧小区焕然一新，居民们拍手叫好。'.repeat(20_000);
    const tokens = segment(input);
    expectCoverage(input, tokens);
    expect(tokens.filter((token) => token.text === '老旧')).toHaveLength(20_000);
  });

  describe('errors', () => {
    test('non-string text', () => {
      expect(() => segment(42 as unknown as string)).toThrowErrorMatchingInlineSnapshot(
        `[PinyinGlossError: Expected text to be a string, got \`number\`]`,
      );
      expect(() => segment(null as unknown as string)).toThrow(expect.objectContaining({ code: 'INVALID_TYPE' }));
    });
    test.each([
      [{ word: ['x'] }, /unknown option `word`/],
      [{ words: '青柚气泡' }, /option `words` must be an array of words/],
      [{ words: [''] }, /option `words` must be an array of non-empty words/],
      [{ words: ['两个 词'] }, /option `words` must be an array of non-empty words/],
      ['words', /options must be an object/],
    ])('invalid options %j', (options, message) => {
      expect(() => segment('文本', options as never)).toThrow(message);
      expect(() => segment('文本', options as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
    });
  });
});

// Any UTF-16 string: Han, Latin, digits, punctuation, whitespace, emoji,
// astral Han, lone surrogates.
const unit = fc.oneof(
  fc.constantFrom('老', '旧', '小区', '改造', '了', '的', '行长', '黄晓庆', '。', '，', '“', '”', '(', ')', ' ', '\n', '\r\n', '\t', '𠮷', '😀', 'a', 'Z', '9', '.', '\u0000', '\ufeff'),
  fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  fc.string({ unit: 'binary', maxLength: 3 }),
);
const anyText = fc.array(unit, { maxLength: 60 }).map((parts) => parts.join(''));

propTest.prop([anyText], { numRuns: 300 })('tokens cover any input exactly', (input) => {
  expectCoverage(input, segment(input));
});
