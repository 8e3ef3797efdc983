import { pinyin } from 'pinyin-pro';
import { isHanCodePoint } from '../internal/isHan.js';
import type { ReadingOptions, Token } from '../types.js';
import { loadReadingData, type ReadingData } from './loadReadingData.js';
import { readInContext } from './readInContext.js';
import { readTransliteration } from './readTransliteration.js';
import { simplifiedTable } from './simplifiedTable.js';
import { toSimplified } from './toSimplified.js';

/** The spans the engine reads: only `start` and `end` are used. */
export type ReadingToken = Token;

/** 一 and 不 change tone by context: pinyin-pro's sandhi handles them. */
const YI = 0x4e00;
const BU = 0x4e0d;
/** 儿: erhua `r` where a dictionary word ends in a toneless 儿 (一点儿). */
const ER = 0x513f;
/** Characters (得 地 只 为 数) that readInContext has rules for. */
const RULE_CHARS = new Set([0x5f97, 0x5730, 0x53ea, 0x4e3a, 0x6570]);
/** How many UTF-16 units each side the context rules look at. */
const CONTEXT = 4;

/**
 * The reading engine: tone-marked syllables (NFC) for each token, one per Han
 * character, read in the context of the whole text. `undefined` for a token
 * without Han characters, or with a Han character that has no known reading.
 *
 * Logic, per Han character of a token:
 * 1. 一/不: pinyin-pro's reading over the whole text (with or without sandhi).
 * 2. 塞/缪/茜/撒 beside a character that marks a foreign name: their
 *    transliteration reading (`readTransliteration`: 塞缪尔 sàimiù'ěr).
 * 3. The token is a listed word that reads one of its characters otherwise
 *    than usual (`行长` háng zhǎng, `心脏` xīn zàng): the word's reading; a
 *    toneless 儿 in it is erhua `r` (`一点儿` yìdiǎnr, but `女儿` nǚ'ér).
 * 4. 得/地/只/为/数 alone as a token: the rules of `readInContext`.
 * 5. Alone as a token, a character more common alone than inside words
 *    (`都`, `还`, `了`): pinyin-pro's reading in context.
 * 6. Any other character whose reading varies: its usual reading (`蛤` gé
 *    in `帘蛤`, `媛` yuán in a name), from `loadReadingData`.
 * 7. Any other character: pinyin-pro's reading over the whole text.
 *
 * Traditional characters are read as their simplified forms (`銀行行長`
 * yínháng hángzhǎng). It never segments: callers pass jieba's words
 * (annotate) or any other spans (findGlosses), and the tokens need not cover
 * the text.
 */
export function readTokens(
  text: string,
  tokens: readonly ReadingToken[],
  options: ReadingOptions = {},
): (string[] | undefined)[] {
  const data = loadReadingData();
  // Traditional text is read as its simplified form (same offsets): the
  // tables, the rules and pinyin-pro's dictionary are all simplified.
  const simple = toSimplified(text, simplifiedTable());
  const perCodePoint = pinyin(simple, { type: 'array', toneSandhi: options.toneSandhi ?? false });
  // Reading of the Han code point starting at each UTF-16 offset (an array,
  // not a Map: this loop runs once per character of the input).
  const readingAt: (string | undefined)[] = new Array(simple.length);
  let index = 0;
  for (let offset = 0; offset < simple.length; index++) {
    const cp = simple.codePointAt(offset)!;
    const width = cp > 0xffff ? 2 : 1;
    const reading = perCodePoint[index];
    if (isHanCodePoint(cp) && reading !== undefined && reading.codePointAt(0) !== cp) readingAt[offset] = reading;
    offset += width;
  }
  return tokens.map((token) => readToken(simple, token, readingAt, data));
}

function readToken(
  text: string,
  token: ReadingToken,
  readingAt: readonly (string | undefined)[],
  data: ReadingData,
): string[] | undefined {
  const { start, end } = token;
  // Fast path: most tokens are one character.
  const first = text.codePointAt(start);
  if (first !== undefined && end - start === (first > 0xffff ? 2 : 1)) {
    if (!isHanCodePoint(first)) return undefined;
    const reading = readTransliteration(text, start, first) ?? readSingle(text, token, first, readingAt[start], data);
    return reading === undefined ? undefined : [reading];
  }
  // A longer token: its characters whose reading varies take the listed
  // word's reading, else their usual one. The word is looked up only once
  // such a character shows up (listed words all hold one), so most tokens
  // cost no lookup at all.
  const syllables: string[] = [];
  let word: string[] | undefined | null = null;
  for (let i = start; i < end; ) {
    const cp = text.codePointAt(i)!;
    if (isHanCodePoint(cp)) {
      let reading = readingAt[i];
      const known = cp === YI || cp === BU ? undefined : data.chars.get(cp);
      const foreign = known === undefined ? undefined : readTransliteration(text, i, cp);
      if (foreign !== undefined) reading = foreign;
      else if (known !== undefined) {
        if (word === null) word = lookUpWord(text, start, end, data);
        if (word === undefined) reading = known.inWord;
        else {
          reading = word[syllables.length]!;
          if (cp === ER && reading === 'er') reading = 'r';
        }
      }
      if (reading === undefined) return undefined;
      syllables.push(reading);
    }
    i += cp > 0xffff ? 2 : 1;
  }
  return syllables.length === 0 ? undefined : syllables;
}

/** The listed reading of the word `text[start, end)`, split into syllables. */
function lookUpWord(text: string, start: number, end: number, data: ReadingData): string[] | undefined {
  if ((data.wordStarts[text.charCodeAt(start)]! & (1 << Math.min(end - start, 15))) === 0) return undefined;
  return data.words.get(text.slice(start, end))?.split(' ');
}

/** The reading of a token's only Han character. */
function readSingle(
  text: string,
  token: ReadingToken,
  cp: number,
  reading: string | undefined,
  data: ReadingData,
): string | undefined {
  if (cp === YI || cp === BU) return reading;
  if (RULE_CHARS.has(cp)) {
    const before = text.slice(Math.max(0, token.start - CONTEXT), token.start);
    const after = text.slice(token.end, token.end + CONTEXT);
    return readInContext(String.fromCodePoint(cp), before, after) ?? reading;
  }
  const known = data.chars.get(cp);
  return known !== undefined && (reading === undefined || !known.alone) ? known.inWord : reading;
}
