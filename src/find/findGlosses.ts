import { assertString } from '../internal/assertString.js';
import type { FindGlossesOptions, Gloss } from '../types.js';
import { collectGlosses } from './collectGlosses.js';

/**
 * Every gloss, in order, with offsets in `text`, the covered word, the pinyin
 * as written, the reading of the word in context (`expected`, tone marks
 * joined) and whether the written pinyin agrees with it, tones compared. A
 * repeated gloss (`到(dào)(dào)`) is found each time.
 *
 * Readings written with a capital letter (`汉字(Hànzì)`) are reported too,
 * with `capitalized: true`: with the same options, strip() removes every
 * reported gloss that is not capitalized, and the capitalized ones only with
 * `capitalized: true`.
 *
 * @example
 * findGlosses('我们赢得(yíngde)比赛')
 * //=> [{ start: 4, end: 12, wordStart: 2, wordEnd: 4, word: '赢得',
 * //      pinyin: 'yíngde', expected: 'yíngdé', agrees: false, capitalized: false }]
 */
export function findGlosses(text: string, options?: FindGlossesOptions): Gloss[] {
  assertString(text);
  return collectGlosses('findGlosses', text, options).map(
    ({ start, end, wordStart, wordEnd, word, pinyin, expected, agrees, capitalized }) => ({
      start, end, wordStart, wordEnd, word, pinyin, expected, agrees, capitalized,
    }),
  );
}
