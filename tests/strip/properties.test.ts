import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { annotate } from '../../src/annotate/index.js';
import { findGlosses } from '../../src/find/index.js';
import { strip } from '../../src/strip/index.js';
import { glossyText, stripOptions } from './arbitraries.js';

const GLOSS_SPACE = /[ \u00a0\u3000]/;
const GLOSS_SHAPE = /^[ \u00a0\u3000]{0,3}[(（][^()（）]+[)）]$/;

describe('strip properties', () => {
  test.prop([glossyText, stripOptions])('is idempotent', (text, options) => {
    const once = strip(text, options);
    expect(strip(once, options)).toBe(once);
  });

  test.prop([glossyText, stripOptions])('removes only the bracketed glosses that findGlosses reports', (text, options) => {
    // A capitalized reading is reported, and removed only with capitalized: true.
    const removed = findGlosses(text, options).filter((gloss) => options.capitalized || !gloss.capitalized);
    const ranges = removed.map(({ start, end }) => {
      let from = start;
      if (options.spaced) while (from > start - 3 && GLOSS_SPACE.test(text[from - 1] ?? '')) from--;
      return [from, end] as const;
    });
    let rebuilt = '';
    let at = 0;
    for (const [from, end] of ranges) {
      expect(text.slice(from, end)).toMatch(GLOSS_SHAPE);
      rebuilt += text.slice(at, from);
      at = end;
    }
    expect(strip(text, options)).toBe(rebuilt + text.slice(at));
  });

  test.prop([glossyText, stripOptions])('output is a subsequence of the input', (text, options) => {
    const out = strip(text, options);
    let i = 0;
    for (const unit of out) {
      i = text.indexOf(unit, i);
      expect(i).toBeGreaterThanOrEqual(0);
      i += unit.length;
    }
  });
});

const WORDS = [
  '我们', '在', '银行', '门口', '等', '一点儿', '，', '然后', '去', '了', '北京', '。', '行长', '说', '的', '得', '地',
  '老旧小区', '改造', '为', '起点', '到', '拆墙并院', '服务站', '经开区', ' ', '\n', 'abc', '2023', '(', ')', '（',
  '受访者供图', '“', '”', '小区', '重庆', '长大', '觉得', '睡觉', '空调', '应对', '𠮷', '々', '儿', '女儿', '哪儿',
];

const chineseText = fc.array(fc.constantFrom(...WORDS), { maxLength: 25 }).map((words) => words.join(''));

const annotateOptions = fc.record(
  {
    tone: fc.constantFrom('mark', 'number', 'none'),
    separator: fc.constantFrom('', ' ', "'", '’', '-', '·'),
    brackets: fc.constantFrom('ascii', 'fullwidth'),
    select: fc.oneof(fc.constant('all'), fc.constant('polyphonic'), fc.record({ rate: fc.double({ min: 0, max: 1, noNaN: true }), seed: fc.nat() })),
    once: fc.boolean(),
    toneSandhi: fc.boolean(),
  },
  { requiredKeys: [] },
);

describe('strip(annotate(x)) === x', () => {
  test.prop([chineseText, annotateOptions], { numRuns: 150 })(
    'for text without glosses, any inline annotate options',
    (text, options) => {
      // annotate's toneless output (tone: 'none') is only a gloss with toneless: true.
      const stripOptions = { toneless: options.tone === 'none' };
      fc.pre(strip(text, stripOptions) === text);
      expect(strip(annotate(text, options as never), stripOptions)).toBe(text);
    },
  );
});
