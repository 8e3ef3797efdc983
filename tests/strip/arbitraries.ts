import { fc } from '@fast-check/vitest';
import { splitAt } from '../support/splitAt.js';

/**
 * Text pieces that make glosses, near-glosses and everything around them:
 * glossed words, bare brackets, spaces, Latin, astral and lone surrogates.
 */
const PIECES = [
  '改造', '(gǎizào)', '（gǎizào）', '(gai3 zao4)', '到', '(dào)', '了', '(le)', '的', '(de)',
  '小区', ' (xiǎoqū)', ' ', '　', '(xiaoqu)', '經', '(jīng)', '開', '(kāi)', '儿', '(r)', '一点儿', '(yìdiǎnr)',
  '达莎', '(Dasha)', '(受访者供图)', '(', ')', '（', '）', 'abc', '(ā)', '(development)', '𠮷',
  '\uD800', '\uDC00', '\r\n', '\u0000', '西安', '(xīān)', '(xī’ān)', '(lu:4)', '绿', '中华人民共和国',
  '(zhōnghuárénmíngònghéguó)', 'ga\u030ci', 'gǎ', 'zào', "'", '-', '3', '汉字', '(Hànzì)', '(Gǎizào)', '(Xiǎoqū)',
];

/** Random glossed-looking text. */
export const glossyText = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ maxLength: 4, unit: 'binary' }) }), { maxLength: 40 })
  .map((pieces) => pieces.join(''));

/** Strip options in every combination. */
export const stripOptions = fc.record({ toneless: fc.boolean(), spaced: fc.boolean(), capitalized: fc.boolean() });

/** Splits `text` at cut points (see tests/support/splitAt.ts). */
export const chunked = splitAt;
