import { describe, expect, test } from 'vitest';
import { annotate, annotateTokens, createAnnotator } from '../../src/annotate/index.js';
import { PinyinGlossError } from '../../src/errors.js';
import { annotateHtml } from '../../src/html/index.js';
import { segment } from '../../src/segment/index.js';
import { createAnnotateStream, createStripStream } from '../../src/stream/index.js';
import { findGlosses, reannotate } from '../../src/find/index.js';
import { strip } from '../../src/strip/index.js';

// Every public function rejects a non-string and each kind of bad option with
// a PinyinGlossError carrying the right code, also on empty text (a bad
// option must not pass silently just because there was nothing to do).

type Call = () => unknown;
type TextFn = (text: unknown, options?: unknown) => unknown;
const any = (value: unknown) => value as never;
const loose = (fn: unknown) => fn as TextFn;

/** Functions that take text first, called with `text` and `options`. */
const TEXT_FUNCTIONS: readonly (readonly [string, TextFn])[] = [
  ['segment', loose(segment)],
  ['annotate', loose(annotate)],
  ['annotateTokens', loose(annotateTokens)],
  ['createAnnotator().annotate', (text, options) => createAnnotator(any(options)).annotate(any(text))],
  ['createAnnotator().annotateTokens', (text, options) => createAnnotator(any(options)).annotateTokens(any(text))],
  ['annotateHtml', loose(annotateHtml)],
  ['strip', loose(strip)],
  ['findGlosses', loose(findGlosses)],
  ['reannotate', loose(reannotate)],
];

const NON_STRINGS: readonly [string, unknown][] = [
  ['number', 42],
  ['null', null],
  ['undefined', undefined],
  ['Buffer', Buffer.from('改造')],
  ['String object', new String('改造')],
  ['array', ['改造']],
];

describe('a non-string text is INVALID_TYPE', () => {
  const cases = TEXT_FUNCTIONS.flatMap(([name, fn]) => NON_STRINGS.map(([kind, value]) => [name, kind, fn, value] as const));
  test.each(cases)('%s(%s)', (_name, _kind, fn, value) => {
    expect(() => fn(value)).toThrow(expect.objectContaining({ name: 'PinyinGlossError', code: 'INVALID_TYPE' }));
  });

  test('the message names the received type', () => {
    expect(() => annotate(any(42))).toThrowErrorMatchingInlineSnapshot(`[PinyinGlossError: Expected text to be a string, got \`number\`]`);
    expect(() => strip(any(null))).toThrowErrorMatchingInlineSnapshot(`[PinyinGlossError: Expected text to be a string, got \`null\`]`);
    expect(() => segment(any(['改造']))).toThrowErrorMatchingInlineSnapshot(`[PinyinGlossError: Expected text to be a string, got \`array\`]`);
  });
});

/** Bad option values of each kind, for the functions that accept that option. */
const OPTIONS_NOT_OBJECT: readonly unknown[] = ['mark', 42, null, ['tone'], true];

const ANNOTATE_BAD: readonly Record<string, unknown>[] = [
  { tones: 'mark' },
  { select: 'some' },
  { select: 42 },
  { select: null },
  { select: [1] },
  { select: new Set([null]) },
  { select: { rate: 2 } },
  { select: { rate: Number.NaN } },
  { select: { rate: '0.5' } },
  { select: { rate: 0.5, seed: {} } },
  { select: { rate: 0.5, sed: 1 } },
  { once: 'yes' },
  { tone: 'marks' },
  { tone: 3 },
  { separator: '/' },
  { separator: 0 },
  { separator: null },
  { tone: null },
  { brackets: 'square' },
  { output: 'html' },
  { toneSandhi: 1 },
  { dict: 'a' },
  { dict: [] },
  { dict: { abc: 'a' } },
  { dict: { 行长: 'háng' } },
  { dict: { 行长: 42 } },
  { words: '行长' },
  { words: [''] },
  { words: ['行 长'] },
  { words: [1] },
];

const HTML_BAD: readonly Record<string, unknown>[] = [
  { output: 'ruby' },
  { brackets: 'ascii' },
  { title: 1 },
  { toneColors: 'yes' },
  { showPinyin: 0 },
  { separator: 1 },
  { separator: null },
  { tone: 'x' },
  { select: 'some' },
  { dict: { 行长: 'háng' } },
];

const STRIP_BAD: readonly Record<string, unknown>[] = [{ toneless: 'yes' }, { spaced: 1 }, { tone: 'mark' }, { Toneless: true }];
const FIND_BAD: readonly Record<string, unknown>[] = [...STRIP_BAD.slice(0, 2), { toneSandhi: 'x' }, { dict: { 行长: 'háng' } }, { correct: true }];
const REANNOTATE_BAD: readonly Record<string, unknown>[] = [
  ...FIND_BAD.slice(0, 4),
  { correct: 'y' },
  { tone: 'marks' },
  { separator: '/' },
  { separator: null },
  { brackets: 'square' },
  { output: 'html' },
  { select: 'all' },
];

/** [function, options] pairs that must throw INVALID_OPTION, for '' and for real text. */
const BAD_OPTION_CALLS: readonly (readonly [string, TextFn, unknown])[] = [
  ...TEXT_FUNCTIONS.flatMap(([name, fn]) => OPTIONS_NOT_OBJECT.map((options) => [name, fn, options] as const)),
  ['segment', loose(segment), { words: '行长' }],
  ['segment', loose(segment), { words: [' '] }],
  ['segment', loose(segment), { tone: 'mark' }],
  ...ANNOTATE_BAD.flatMap((options) => [
    ['annotate', loose(annotate), options] as const,
    ['annotateTokens', loose(annotateTokens), options] as const,
    ['createAnnotator().annotate', TEXT_FUNCTIONS[3]![1], options] as const,
  ]),
  ...HTML_BAD.map((options) => ['annotateHtml', loose(annotateHtml), options] as const),
  ...STRIP_BAD.map((options) => ['strip', loose(strip), options] as const),
  ...FIND_BAD.map((options) => ['findGlosses', loose(findGlosses), options] as const),
  ...REANNOTATE_BAD.map((options) => ['reannotate', loose(reannotate), options] as const),
];

const show = (value: unknown) =>
  JSON.stringify(value, (_key, v) => (v instanceof Set ? `Set(${JSON.stringify([...v])})` : Number.isNaN(v) ? 'NaN' : v));

describe('a bad option is INVALID_OPTION, with and without text', () => {
  test.each(BAD_OPTION_CALLS.flatMap(([name, fn, options]) => ['', '银行行长说了(le)'].map((text) => [name, show(options), text, fn, options] as const)))(
    '%s %s on %j',
    (_name, _shown, text, fn, options) => {
      expect(() => fn(text, options)).toThrow(expect.objectContaining({ name: 'PinyinGlossError', code: 'INVALID_OPTION' }));
    },
  );
});

describe('a dict reading is either refused or read back by strip (guarantee 1: any options)', () => {
  // `行长(xyzqq)` / `行长(bànggē)` would be glosses strip() cannot read back
  // (not readings of 行/长); annotate refuses them. Either answer keeps the guarantee.
  test.each([['xyz qq'], ['bang4 ge1']])('dict { 行长: %j }', (reading) => {
    let annotated: string;
    try {
      annotated = annotate('银行行长说', { dict: { 行长: reading } });
    } catch (error) {
      expect(error).toMatchObject({ name: 'PinyinGlossError', code: 'INVALID_OPTION' });
      return;
    }
    expect(strip(annotated)).toBe('银行行长说');
  });
});

describe('the streams check their options when created', () => {
  const STREAM_BAD: readonly [string, Call][] = [
    ['createStripStream encoding', () => createStripStream(any({ encoding: 'latin1' }))],
    ['createStripStream encodingErrors', () => createStripStream(any({ encodingErrors: 'ignore' }))],
    ['createStripStream toneless', () => createStripStream(any({ toneless: 'yes' }))],
    ['createStripStream unknown', () => createStripStream(any({ tone: 'mark' }))],
    ['createStripStream not an object', () => createStripStream(any('utf-8'))],
    ['createStripStream null', () => createStripStream(any(null))],
    ['createAnnotateStream encoding', () => createAnnotateStream(any({ encoding: 'utf8mb4' }))],
    ['createAnnotateStream tone', () => createAnnotateStream(any({ tone: 'marks' }))],
    ['createAnnotateStream select', () => createAnnotateStream(any({ select: { rate: -1 } }))],
    ['createAnnotateStream unknown', () => createAnnotateStream(any({ toneless: true }))],
    ['createAnnotateStream not an object', () => createAnnotateStream(any(42))],
  ];
  test.each(STREAM_BAD)('%s', (_name, call) => {
    expect(call).toThrow(expect.objectContaining({ name: 'PinyinGlossError', code: 'INVALID_OPTION' }));
  });

  test('a bad option names the stream function the caller called, not an internal one', () => {
    expect(() => createAnnotateStream({ select: { rate: 2 } })).toThrowErrorMatchingInlineSnapshot(`[PinyinGlossError: createAnnotateStream: option \`select.rate\` must be a number from 0 to 1, got 2]`);
    expect(() => createStripStream({ capitalized: 'yes' } as never)).toThrowErrorMatchingInlineSnapshot(`[PinyinGlossError: createStripStream: option \`capitalized\` must be a boolean, got 'yes']`);
  });

  test('a stream fed a value that is neither string nor Buffer fails with an error, not silence', async () => {
    const stream = createStripStream();
    const failed = new Promise<unknown>((resolve) => stream.once('error', resolve));
    try {
      stream.write(any(42));
    } catch (error) {
      // Node rejects it synchronously (ERR_INVALID_ARG_TYPE): also not silent.
      expect(error).toMatchObject({ code: 'ERR_INVALID_ARG_TYPE' });
      return;
    }
    expect(await failed).toBeInstanceOf(Error);
  });
});

describe('messages name the function, the option, what was expected and what came', () => {
  test('a sample of messages', () => {
    const messages: Record<string, string> = {};
    const record = (label: string, call: Call) => {
      try {
        call();
        messages[label] = 'did not throw';
      } catch (error) {
        messages[label] = error instanceof PinyinGlossError ? `${error.code}: ${error.message}` : `not a PinyinGlossError: ${String(error)}`;
      }
    };
    record('annotate options string', () => annotate('', any('mark')));
    record('annotate unknown', () => annotate('', any({ tones: 'mark' })));
    record('annotate tone', () => annotate('', any({ tone: 'marks' })));
    record('annotate separator', () => annotate('', any({ separator: '/' })));
    record('annotate select', () => annotate('', any({ select: 'some' })));
    record('annotate select.rate', () => annotate('', any({ select: { rate: 2 } })));
    record('annotate dict', () => annotate('', any({ dict: { 行长: 'háng' } })));
    record('segment words', () => segment('', any({ words: ['行 长'] })));
    record('annotateHtml output', () => annotateHtml('', any({ output: 'ruby' })));
    record('strip toneless', () => strip('', any({ toneless: 'yes' })));
    record('findGlosses unknown', () => findGlosses('', any({ correct: true })));
    record('reannotate output', () => reannotate('', any({ output: 'html' })));
    record('createStripStream encoding', () => createStripStream(any({ encoding: 'latin1' })));
    expect(messages).toMatchInlineSnapshot(`
      {
        "annotate dict": "INVALID_OPTION: annotate: option \`dict['行长']\` must be 2 syllable(s), one per Han character, got 'háng'",
        "annotate options string": "INVALID_OPTION: annotate: options must be an object, got \`string\`",
        "annotate select": "INVALID_OPTION: annotate: option \`select\` must be 'all', 'polyphonic', 'rare', a list or Set of words, a predicate, { rate, seed } or { hsk }, got 'some'",
        "annotate select.rate": "INVALID_OPTION: annotate: option \`select.rate\` must be a number from 0 to 1, got 2",
        "annotate separator": "INVALID_OPTION: annotate: option \`separator\` must be one of '', ' ', ''', '’', '-', '·' (separators that strip() reads), got '/'",
        "annotate tone": "INVALID_OPTION: annotate: option \`tone\` must be one of 'mark', 'number', 'none', got 'marks'",
        "annotate unknown": "INVALID_OPTION: annotate: unknown option \`tones\`; known options are \`select\`, \`once\`, \`tone\`, \`separator\`, \`brackets\`, \`output\`, \`apostrophes\`, \`hskVersion\`, \`system\`, \`meanings\`, \`explain\`, \`toneSandhi\`, \`neutralTone\`, \`polyphones\`, \`dict\`, \`words\`, \`segmenter\`, \`properNouns\`",
        "annotateHtml output": "INVALID_OPTION: annotateHtml: unknown option \`output\`; known options are \`select\`, \`once\`, \`tone\`, \`apostrophes\`, \`hskVersion\`, \`system\`, \`words\`, \`dict\`, \`toneSandhi\`, \`neutralTone\`, \`polyphones\`, \`segmenter\`, \`properNouns\`, \`separator\`, \`title\`, \`toneColors\`, \`showPinyin\`, \`level\`, \`meanings\`",
        "createStripStream encoding": "INVALID_OPTION: createStripStream: option \`encoding\` must be one of 'utf-8', 'gb18030', 'gbk', 'big5', 'utf-16le', got 'latin1'",
        "findGlosses unknown": "INVALID_OPTION: findGlosses: unknown option \`correct\`; known options are \`toneless\`, \`spaced\`, \`capitalized\`, \`toneSandhi\`, \`neutralTone\`, \`polyphones\`, \`dict\`",
        "reannotate output": "INVALID_OPTION: reannotate: option \`output\` must be one of 'inline', 'ruby', got 'html'",
        "segment words": "INVALID_OPTION: segment: option \`words\` must be an array of non-empty words without spaces, got '行 长'",
        "strip toneless": "INVALID_OPTION: strip: option \`toneless\` must be a boolean, got 'yes'",
      }
    `);
  });
});
