import { isHanCodePoint } from '../internal/isHan.js';
import { FUNCTION_CHARS } from '../hanzi/functionChars.js';
import type { ReadingOptions, ReadingSource, Token } from '../types.js';
import { loadReadingData, type ReadingData } from './loadReadingData.js';
import { defaultPolyphones } from './model/loadPolyphoneModel.js';
import { readPolyphones } from './model/readPolyphones.js';
import { CONTEXT_WORD_STARTS, readInContext, readWordInContext, RULE_CHARACTERS } from './readInContext.js';
import { readInJoinedTokens, readInListedWord } from './readInListedWord.js';
import { readNames } from './readNames.js';
import { readTransliteration } from './readTransliteration.js';
import { readYiBu } from './readYiBu.js';
import { readingIndex, type ReadingIndex } from './readingIndex.js';
import { FUNCTION_EDGE_DATA } from '../data/readingData.generated.js';
import { readingFormWithReadings, type ReadingForm } from '../hanzi/readingForm.js';

/** How `readTokens` is called, beyond the reading options. */
export interface EngineInput {
  /** The tokens are glossed spans (findGlosses), not a segmentation: see step 5. */
  readonly spans?: boolean;
  /** `readingFormWithReadings(text)`, when the caller has it already (the segmenter needed it too). */
  readonly form?: ReadingForm;
  /**
   * Filled with the step that gave each Han character its syllable
   * (`ReadingSource`), indexed by the character's UTF-16 offset in `text`.
   */
  readonly explain?: (ReadingSource | undefined)[];
}

/** The step that gave the syllable `readSingle`/`readChar` returned last: read only when explaining. */
let source: ReadingSource = 'default';

/** 一 and 不 change tone by context (`readYiBu`). */
const YI = 0x4e00;
const BU = 0x4e0d;
/** 儿: erhua `r` where a dictionary word ends in a toneless 儿 (一点儿). */
const ER = 0x513f;
/**
 * Modal particles, with their neutral reading: ending a token after a Han
 * character and before punctuation or the end (走吧！ zǒu ba, 好啊。 hǎo a),
 * they are toneless; elsewhere, and at the end of a word that reads them
 * with a tone (酒吧, 爪哇), they keep their own reading (“啊，那…” ā).
 */
export const MODAL_PARTICLES: ReadonlyMap<number, string> = new Map<number, string>([
  [0x554a, 'a'], // 啊
  [0x5427, 'ba'], // 吧
  [0x5462, 'ne'], // 呢
  [0x5417, 'ma'], // 吗
  [0x561b, 'ma'], // 嘛
  [0x5440, 'ya'], // 呀
  [0x54c7, 'wa'], // 哇
  [0x5566, 'la'], // 啦
  [0x54e6, 'o'], // 哦
  [0x54df, 'yo'], // 哟
  [0x5457, 'bei'], // 呗
  [0x54af, 'lo'], // 咯
  [0x55bd, 'lou'], // 喽
  [0x54e9, 'li'], // 哩
  [0x5450, 'na'], // 呐
]);
/** The range of MODAL_PARTICLES' code points: closeWithParticle looks at every token's last unit, nearly always outside it. */
const MODAL_PARTICLE_MIN = Math.min(...MODAL_PARTICLES.keys());
const MODAL_PARTICLE_MAX = Math.max(...MODAL_PARTICLES.keys());
/** How many UTF-16 units each side the context rules look at. */
const CONTEXT = 4;
/** How far after a character the rules may look for the rest of its clause (为…提供). */
const CLAUSE = 12;

/**
 * The reading engine: tone-marked syllables (NFC) for each token, one per Han
 * character, read in the context of the text. `undefined` for a token
 * without Han characters, or with a Han character that has no known reading.
 *
 * Logic, per Han character of a token (all from generated tables, see
 * data/readings/README.md; pinyin-pro is not loaded at run time, so the cost
 * is a few array and map lookups per character):
 * 1. 一/不: their citation tones yī/bù, or with `toneSandhi` the tone the
 *    next syllable asks for (`readYiBu`).
 * 2. 塞/缪/茜/撒/柏/耶/勒/哈/佛 beside a character that marks a foreign name:
 *    their transliteration reading (`readTransliteration`: 塞缪尔 sàimiù'ěr).
 * 3. The token is a listed word that reads one of its characters otherwise
 *    than usual (`行长` háng zhǎng, `心脏` xīn zàng): the word's reading; a
 *    toneless 儿 in it is erhua `r` (`一点儿` yìdiǎnr, but `女儿` nǚ'ér).
 * 4. 得/地/只/为/数/将/钉/量/还/种/长/倒/盛 alone as a token: the rules of `readInContext`;
 *    东西, 地方, 大都, 穿着, 不了 as a token: their sense by context
 *    (`readWordInContext`: 买东西 dōngxi, 东西方向 dōngxī); the second verb
 *    of V一V reads as the first (量一量 liáng yi liáng).
 * 5. Alone as a token, a character more common alone than inside words
 *    (`都`, `还`, `了`): its reading as a word of its own (dōu, hái, le).
 *    With `spans` (glossed spans, not words: a page that glosses every
 *    character says nothing of where words end), only a grammatical
 *    character (the segmenter's FUNCTION_CHARS) reads so; any other reads
 *    as in step 6, from the listed word it forms with its neighbours (爱(ài)
 *    好(hào): 爱好) or its usual reading inside words.
 * 6. Any other character whose reading varies: in a token that is not a
 *    listed word, the listed word inside it that covers the character;
 *    else 都/还 starting it or 了 ending it read as the function word
 *    (`readFunctionWordAtEdge`: 都是 dōushì, 吃了 chīle); else its usual
 *    reading inside words (`蛤` gé in `帘蛤`, `媛` yuán in a name).
 * 7. Any other character: its one default reading (a character naming a
 *    chemical element: the element, 钌 liǎo).
 * 8. With `neutralTone: 'particles'` (not the default), a syllable that a listed
 *    word reads toneless takes its citation tone unless the character is a
 *    particle or suffix (认识 rènshí, but 桌子 zhuōzi, 他们 tāmen).
 * 9. A modal particle ending a clause is toneless (走吧！ zǒu ba), except
 *    at the end of a word that reads it with a tone (酒吧 jiǔbā).
 * 10. A person the segmenter recognised (`kind: 'person'`) reads its surname
 *    as a surname (曾 zēng, 单 shàn, 尉迟 yù chí: `readNames`).
 * 11. With `polyphones: 'model'` (the default), the characters the context
 *    model decides are read again with it, the readings above weighing in
 *    (`readPolyphones`; not the surnames of step 10).
 *
 * With `explain`, each syllable's step is reported as a `ReadingSource`:
 * step 1 `'default'` (citation tones) or `'sandhi'`; 2 and 10 `'name'`;
 * 3 `'word'`; 4 and 9 `'context'`; 5 and 7 `'default'`; 6 `'word'` (a
 * listed word inside the token or formed with its neighbours), `'context'`
 * (a function word at its edge) or `'default'` (the usual reading); 8 keeps
 * the source of the syllable it re-tones; 11 `'model'` where the model
 * changed the reading. A later step that changes a syllable replaces its
 * source.
 *
 * Traditional characters are read as their simplified forms (`銀行行長`
 * yínháng hángzhǎng; Taiwan's 著 for 着 and the like: `readingForm`). It
 * never segments: callers pass jieba's words
 * (annotate) or any other spans (findGlosses, with `spans`: see step 5),
 * and the tokens need not cover the text.
 */
export function readTokens(
  text: string,
  tokens: readonly Token[],
  options: ReadingOptions = {},
  { spans = false, form = readingFormWithReadings(text), explain }: EngineInput = {},
): (string[] | undefined)[] {
  const data = loadReadingData();
  const index = readingIndex(data);
  // Traditional text is read as its simplified form (same offsets): the
  // tables and the rules are all simplified.
  const { text: simple, fixed } = form;
  const sandhi = options.toneSandhi ?? false;
  const citation = options.neutralTone === 'particles';
  const readings: (string[] | undefined)[] = new Array(tokens.length);
  // Tokens a context rule read (step 4): the model leaves them as the rule reads them.
  const ruled = new Set<number>();
  // With `explain`: each token's sources, syllable by syllable, as the steps set them.
  const sources: (ReadingSource[] | undefined)[] | undefined = explain && new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const tokenSources = sources && [];
    const reading = readToken(simple, tokens, i, data, index, sandhi, spans, ruled, tokenSources);
    if (reading !== undefined) {
      let before = tokenSources && [...reading];
      if (readWordOfTwoSenses(simple, token, reading)) ruled.add(i);
      if (repeatVerb(simple, tokens, i, readings, reading)) ruled.add(i).add(i - 2);
      if (tokenSources) markChanged(before!, reading, tokenSources, 'context');
      // A citation tone keeps the source of the syllable it re-tones.
      if (citation) writeCitationTones(simple, token, reading, data);
      before = tokenSources && [...reading];
      closeWithParticle(simple, token, reading, data);
      if (tokenSources) {
        markChanged(before!, reading, tokenSources, 'context');
        sources![i] = tokenSources;
      }
    }
    readings[i] = reading;
  }
  let before = sources && snapshot(readings);
  // Before the model, which leaves a surname as the names step reads it (readPolyphones).
  const named = readNames(simple, tokens, readings, ruled);
  if (sources) markChangedSince(before!, readings, sources, 'name');
  before = sources && snapshot(readings);
  if ((options.polyphones ?? defaultPolyphones()) === 'model') readPolyphones(simple, text, tokens, readings, ruled, named, citation ? 'particles' : 'dictionary', spans);
  if (sources) markChangedSince(before!, readings, sources, 'model');
  before = sources && snapshot(readings);
  if (fixed !== undefined) writeFixedReadings(text, tokens, readings, fixed);
  if (sources) markChangedSince(before!, readings, sources, 'default');
  if (explain) writeSources(simple, tokens, sources!, explain);
  return readings;
}

/** A copy of the readings, to see what a step changes (`explain` only). */
function snapshot(readings: readonly (string[] | undefined)[]): (string[] | undefined)[] {
  return readings.map((reading) => reading && [...reading]);
}

/** The syllables that changed since `before` take `step` as their source. */
function markChangedSince(
  before: readonly (string[] | undefined)[],
  readings: readonly (string[] | undefined)[],
  sources: readonly (ReadingSource[] | undefined)[],
  step: ReadingSource,
): void {
  readings.forEach((reading, i) => {
    if (reading !== undefined && sources[i] !== undefined) markChanged(before[i]!, reading, sources[i]!, step);
  });
}

function markChanged(before: readonly string[], after: readonly string[], sources: ReadingSource[], step: ReadingSource): void {
  for (let k = 0; k < after.length; k++) if (after[k] !== before[k]) sources[k] = step;
}

/** Each token's sources, syllable k at the offset of its Han character k. */
function writeSources(
  text: string,
  tokens: readonly Token[],
  sources: readonly (ReadingSource[] | undefined)[],
  explain: (ReadingSource | undefined)[],
): void {
  tokens.forEach((token, i) => {
    const tokenSources = sources[i];
    if (tokenSources === undefined) return;
    forEachHan(text, token, (at, k) => {
      explain[at] = tokenSources[k];
    });
  });
}

/** Taiwan's 乾 for 干 and 瞭 for 了 take their one reading there (see `readingFormWithReadings`). */
function writeFixedReadings(
  text: string,
  tokens: readonly Token[],
  readings: (string[] | undefined)[],
  fixed: ReadonlyMap<number, string>,
): void {
  // Few characters are fixed: a token is looked at only if one lies in it (binary search).
  const offsets = [...fixed.keys()].sort((a, b) => a - b);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const reading = readings[i];
    if (reading === undefined) continue;
    let low = 0;
    let high = offsets.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (offsets[mid]! < token.start) low = mid + 1;
      else high = mid;
    }
    if (low === offsets.length || offsets[low]! >= token.end) continue;
    forEachHan(text, token, (at, k) => {
      const syllable = fixed.get(at);
      if (syllable !== undefined) reading[k] = syllable;
    });
  }
}

/** Calls `visit` with the UTF-16 offset of each Han character in the token, and its index `k` among them (its syllable). */
function forEachHan(text: string, token: Token, visit: (at: number, k: number, cp: number) => void): void {
  let k = 0;
  for (let at = token.start; at < token.end; ) {
    const cp = text.codePointAt(at)!;
    if (isHanCodePoint(cp)) visit(at, k++, cp);
    at += cp > 0xffff ? 2 : 1;
  }
}

/**
 * Step 4b: a word with two senses is read as its context shows (买东西
 * dōngxi, 东西方向 dōngxī), in place; 一/不 keep their reading (sandhi).
 */
function readWordOfTwoSenses(text: string, token: Token, reading: string[]): boolean {
  if (token.end - token.start !== 2 || !CONTEXT_WORD_STARTS.has(text.charCodeAt(token.start))) return false;
  const before = text.slice(Math.max(0, token.start - CONTEXT), token.start);
  const after = text.slice(token.end, token.end + CONTEXT);
  const sense = readWordInContext(text.slice(token.start, token.end), before, after);
  if (sense === undefined) return false;
  for (let k = 0; k < 2; k++) {
    const cp = text.charCodeAt(token.start + k);
    if (cp !== YI && cp !== BU) reading[k] = sense[k]!;
  }
  return true;
}

/**
 * Step 4c: the second verb of V一V reads as the first (量一量 liáng yi liáng,
 * not the noun liàng): three one-character tokens, the outer two the same.
 */
function repeatVerb(
  text: string,
  tokens: readonly Token[],
  index: number,
  readings: readonly (string[] | undefined)[],
  reading: string[],
): boolean {
  if (index < 2 || reading.length !== 1) return false;
  const verb = tokens[index - 2]!;
  const yi = tokens[index - 1]!;
  const again = tokens[index]!;
  if (verb.end !== yi.start || yi.end !== again.start || yi.end - yi.start !== 1 || text.charCodeAt(yi.start) !== YI) return false;
  if (again.end - again.start !== 1 || verb.end - verb.start !== 1 || text.charCodeAt(verb.start) !== text.charCodeAt(again.start)) return false;
  const first = readings[index - 2]?.[0];
  if (first === undefined) return false;
  reading[0] = first;
  return true;
}

/** Step 8: lexical syllables a listed word reads toneless take their citation tone. */
function writeCitationTones(text: string, token: Token, reading: string[], data: ReadingData): void {
  forEachHan(text, token, (_at, k, cp) => {
    const citation = data.citations.get(cp);
    if (citation !== undefined && reading[k] === citation.neutral) reading[k] = citation.toned;
  });
}

/**
 * Step 9: a modal particle ending its token after a Han character, before
 * punctuation or the end, is toneless (走 吧 ！, or jieba's unknown word
 * 走吧 ！: zǒu ba) — unless the token is a word that ends in the character
 * read with a tone (酒吧 jiǔbā, 爪哇 Zhǎowā, 吡咯 bǐluò).
 */
function closeWithParticle(text: string, token: Token, reading: string[], data: ReadingData): void {
  const last = token.end - 1;
  if (last < 1 || last < token.start) return;
  const particle = text.charCodeAt(last);
  const neutral = particle >= MODAL_PARTICLE_MIN && particle <= MODAL_PARTICLE_MAX ? MODAL_PARTICLES.get(particle) : undefined;
  if (neutral === undefined) return;
  const unit = text.charCodeAt(last - 1);
  // The character before: a surrogate pair read whole, a lone surrogate (\udc00喲) as itself.
  const pairStart = text.charCodeAt(last - 2);
  const before = unit >= 0xdc00 && unit <= 0xdfff && pairStart >= 0xd800 && pairStart <= 0xdbff ? text.codePointAt(last - 2)! : unit;
  const after = text.codePointAt(token.end);
  if (!isHanCodePoint(before) || (after !== undefined && isHanCodePoint(after))) return;
  if (last > token.start) {
    const word = text.slice(token.start, token.end);
    if (data.particleWords.has(word) || data.words.has(word)) return;
  }
  reading[reading.length - 1] = neutral;
}

function readToken(
  text: string,
  tokens: readonly Token[],
  index: number,
  data: ReadingData,
  lookup: ReadingIndex,
  sandhi: boolean,
  spans: boolean,
  ruled: Set<number>,
  sources: ReadingSource[] | undefined,
): string[] | undefined {
  const { start, end } = tokens[index]!;
  // Fast path: most tokens are one character.
  const first = text.codePointAt(start);
  if (first !== undefined && end - start === (first > 0xffff ? 2 : 1)) {
    if (!isHanCodePoint(first)) return undefined;
    const reading = readSingle(text, tokens, index, start, end, first, data, lookup, sandhi, spans, ruled);
    sources?.push(source);
    if (reading === undefined) return undefined;
    // Made as the longer readings are (below): one kind of array for every reading keeps their readers' element loads monomorphic.
    const one = new Array<string>(1);
    one[0] = reading;
    return one;
  }
  // A longer token: its characters whose reading varies take the listed
  // word's reading, else their usual one. The word is looked up only once
  // such a character shows up (listed words all hold one), so most tokens
  // cost no lookup at all. The syllables' array is sized for a token of BMP
  // characters (nearly all; a longer one grows it): one grown by push from
  // empty holds 17 slots, and a piece's readings stay alive until its
  // glosses are written, copied by each collection meanwhile.
  const syllables: string[] = new Array<string>(Math.min(end - start, 32));
  let count = 0;
  let word: readonly string[] | undefined | null = null;
  for (let i = start; i < end; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (isHanCodePoint(cp)) {
      let reading: string | undefined;
      const known = width === 1 ? lookup.bmpChars[cp] : data.chars.get(cp);
      if (cp === YI || cp === BU) {
        // 一/不 ending a word (统一, 要不) keep their citation tone.
        reading = readYiBu(text, i, cp, sandhi && i + width < end, data);
        source = yiBuSource(cp, reading);
      } else if (known === undefined) {
        reading = cp > 0xffff ? data.astralDefaults.get(cp) : data.defaults[cp];
        source = 'default';
      } else {
        reading = readTransliteration(text, i, cp);
        source = 'name';
        if (reading === undefined) {
          if (word === null) word = lookup.word(text, start, end);
          if (word === undefined) {
            // In a token of two units, the one span to look at is the token, just looked up.
            reading = width === 1 && end - start > 2 ? readInListedWord(text, i, start, end, data) : undefined;
            source = 'word';
            if (!reading) {
              reading = readFunctionWordAtEdge(text, i, start, end);
              source = 'context';
            }
            if (!reading) {
              reading = known.inWord;
              source = 'default';
            }
          } else {
            reading = word[count]!;
            source = 'word';
          }
          if (cp === ER && reading === 'er') reading = 'r';
        }
      }
      if (reading === undefined) return undefined;
      sources?.push(source);
      syllables[count++] = reading;
    }
    i += width;
  }
  if (count === 0) return undefined;
  // Setting an array's length calls into the runtime: only a token with other characters needs it.
  if (count !== syllables.length) syllables.length = count;
  return syllables;
}

/**
 * Function words that jieba's HMM glues onto a neighbour (他唸了 → 唸了, in
 * traditional text), and that glossed spans often hold (吃了(chīle),
 * 都是(dōushì), 还在(háizài)): starting or ending a token that is not a
 * listed word, they read as the function word, not as their usual reading
 * inside words (了 liǎo in 了解, 都 dū in 首都, 还 huán in 归还). The
 * generator lists the dictionary words that read them otherwise there (都市
 * dūshì, 还原 huányuán, 明了 míngliǎo), from the same table.
 */
const [STARTING_FUNCTION_WORDS, ENDING_FUNCTION_WORDS] = FUNCTION_EDGE_DATA.split('|').map(
  (edge): ReadonlyMap<number, string> => new Map(edge.split(',').map((item) => [item.charCodeAt(0), item.slice(1)])),
) as [ReadonlyMap<number, string>, ReadonlyMap<number, string>];

/**
 * Step 6a: a function word at the start or end of an unlisted token (see
 * above), unless the character's context rule reads it otherwise (还钱:
 * huán before what is paid back).
 */
function readFunctionWordAtEdge(text: string, at: number, start: number, end: number): string | undefined {
  const cp = text.charCodeAt(at);
  const functionWord = at === start ? STARTING_FUNCTION_WORDS.get(cp) : at === end - 1 ? ENDING_FUNCTION_WORDS.get(cp) : undefined;
  if (functionWord === undefined || !RULE_CHARACTERS.has(cp)) return functionWord;
  const before = text.slice(Math.max(0, at - CONTEXT), at);
  return readInContext(text[at]!, before, text.slice(at + 1, at + 1 + CLAUSE)) ?? functionWord;
}

/** The reading of the only Han character `cp` of `tokens[index]`, which spans `text[start, end)`. */
function readSingle(
  text: string,
  tokens: readonly Token[],
  index: number,
  start: number,
  end: number,
  cp: number,
  data: ReadingData,
  lookup: ReadingIndex,
  sandhi: boolean,
  spans: boolean,
  ruled: Set<number>,
): string | undefined {
  if (cp === YI || cp === BU) {
    const yiBu = readYiBu(text, start, cp, sandhi, data);
    source = yiBuSource(cp, yiBu);
    return yiBu;
  }
  const known = cp > 0xffff ? data.chars.get(cp) : lookup.bmpChars[cp];
  const reading = cp > 0xffff ? data.astralDefaults.get(cp) : data.defaults[cp];
  source = 'default';
  if (known === undefined) return reading;
  const foreign = readTransliteration(text, start, cp);
  if (foreign !== undefined) {
    source = 'name';
    return foreign;
  }
  if (RULE_CHARACTERS.has(cp)) {
    const before = text.slice(Math.max(0, start - CONTEXT), start);
    const after = text.slice(end, end + CLAUSE);
    const rule = readInContext(String.fromCodePoint(cp), before, after);
    if (rule !== undefined) {
      ruled.add(index);
      source = 'context';
      return rule;
    }
  }
  if (known.alone && (!spans || FUNCTION_CHARS.has(String.fromCharCode(cp)))) return reading;
  // jieba left it alone, but with its neighbours it may form a listed word.
  const joined = end - start === 1 ? readInJoinedTokens(text, tokens, index, data) : undefined;
  if (joined) source = 'word';
  const inWord = joined || known.inWord;
  return cp === ER && inWord === 'er' ? 'r' : inWord;
}

/** 一/不 read otherwise than their citation tones yī/bù: the sandhi (or V一V's neutral yi). */
function yiBuSource(cp: number, reading: string): ReadingSource {
  return reading === (cp === YI ? 'yī' : 'bù') ? 'default' : 'sandhi';
}
