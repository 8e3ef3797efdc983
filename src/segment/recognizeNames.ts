import { isHanCodePoint } from '../internal/isHan.js';
import type { NameKind, Token } from '../types.js';
import { isUserWord } from './addWords.js';
import { CharPairTable } from './charPairTable.js';
import { cutAtNewNames, mayStartNewName } from './cutAtNewNames.js';
import { findTitleCut } from './cutOffTitles.js';
import { dictionaryTag } from './dictionaryTag.js';
import { isDictionaryWord } from './isDictionaryWord.js';
import { loadNameData } from './loadNameData.js';
import { AFTER_NAME, isTitleBefore } from './nameContext.js';
import { scorePersonName } from './scorePersonName.js';
import { unitTable } from './unitTable.js';
import { FUNCTION_CHARS } from '../hanzi/functionChars.js';

/**
 * Thresholds on `scorePersonName` (log odds, summed over surname and given
 * characters) for joining tokens into a person's name: the more the cut
 * must be overruled, the surer the name must look.
 */
const THRESHOLD = {
  /** Surname + two single characters (陈|伊|玲). */
  threeSingles: 1.5,
  /** Surname + a character names seldom hold + a given character (徐|起|超). */
  threeSinglesWeakMiddle: 4,
  /** Surname + one single character (曾|坤). */
  twoSingles: 2.5,
  /** Surname + a two-character word (袁|步兵): the word was a word. */
  surnameAndWord: 3.5,
  /** A two-character token + one single character (李培|之). */
  wordAndSingle: 3,
  /** A token jieba's dictionary lacks, already whole (黄晓庆): labelled a person. */
  whole: 3,
  /** The same, for a word of jieba's dictionary (王若飞, but not 高速度). */
  wholeListed: 4.5,
} as const;

/**
 * Whether a word jieba's HMM made (not in its dictionary) is surely a
 * person's name as it stands (李宝均, 黄有泉), so that grammar characters in
 * it (均, 有) do not cut it again.
 */
export function looksLikePersonName(word: string): boolean {
  // Grammar at the end was glued on (杨博|则, 葛振|以), as names seldom end in it.
  if (word.length < 2 || word.length > 4 || !isGivenUnit(word.charCodeAt(word.length - 1))) return false;
  const score = scorePersonName(word);
  return score !== undefined && score >= THRESHOLD.whole;
}

/** What joins the parts of a transliterated name (卡洛斯·阿马特). */
const NAME_DOTS = new Set(['·', '・', '•', '‧', '•']);
const NAME_DOT_UNITS = unitTable(NAME_DOTS);

/**
 * Words that jieba's HMM glues onto a name it does not know (赵华说, 和方炳,
 * 弟等): cut off such a token's edge when the dictionary lacks the token.
 */
const GLUED_AFTER = new Set('说等和称讲问答道于');
const GLUED_BEFORE_CHARS = '和跟同当可给叫请于';
const GLUED_AFTER_UNITS = unitTable(GLUED_AFTER);
const GLUED_BEFORE_UNITS = unitTable(GLUED_BEFORE_CHARS);

/** Words that end a place name, glued to the name before them (塔科马|市, 大湾|区). */
const PLACE_SUFFIXES = new Set(['省', '市', '县', '区', '乡', '镇', '村', '州', '湾区', '新区', '大区', '街道', '自治区', '自治州', '自治县']);

/**
 * Words for a place that a place's name comes before (德黑兰|机场, 虹口|体育馆,
 * 濑户|大桥): joined to a name known as a place, they make one place.
 */
const FACILITIES = new Set([
  ...['基地', '农庄', '农场', '林场', '机场', '火车站', '车站', '体育馆', '体育场', '大桥', '广场', '博物馆', '纪念馆', '植物园', '动物园', '公园', '航天城', '大道', '大街', '铁路', '码头', '水库', '港'],
  // Features of the land, after a name (库卡尔特|河, 九龙|寨).
  ...['山', '河', '湖', '岛', '寨', '堰', '峰', '潭', '池'],
]);

/** Parts of speech (jieba's tags) of a dictionary word that names a place before a suffix: place, other proper noun (山泉|乡, 集美|镇). */
const PLACE_STEM_TAGS = new Set(['ns', 'nz', 'nr', 'nrt', 'nt']);
/** Parts of speech of a dictionary word that names a facility after it: place, person, other proper noun. */
const FACILITY_STEM_TAGS = new Set(['ns', 'nr', 'nrt', 'nz']);
/** A common noun or a place word names a village or town (书房|村, 槐树|镇, 西岸|村), not a district (阔叶林|区, 地区|大区). */
const VILLAGE_STEM_TAGS = new Set(['n', 's']);
const VILLAGE_SUFFIXES = new Set(['村', '乡', '镇', '街道']);

/** Characters that make a word before a place suffix a determiner, not a name (这个|村, 我们|县, 全|市). */
const NOT_PLACE_STEM = new Set('这那哪我你他她它们个些每各该本全其此某');

/** Bits of `NameData.starts`, by a word's first UTF-16 unit. */
const SURNAME_START = 1;
const FOREIGN = 2;
const PLACE_SUFFIX_START = 4;
const FACILITY_START = 8;

/** Bits of the `namePairs` hash: 2^20 bits (128 KiB), a few percent set. */
const NAME_PAIR_BITS = 20;

/** The bit of `namePairs` for a word's first two UTF-16 units and its length. */
function namePairBit(first: number, second: number, length: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ Math.imul(second + (length << 16), 0x85ebca6b)) >>> (32 - NAME_PAIR_BITS);
}

function hasBit(bits: Uint32Array, bit: number): boolean {
  return (bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

interface FastTables {
  readonly starts: Uint8Array;
  readonly namePairs: Uint32Array;
  /** Listed names of two UTF-16 units: their kind's index in PAIR_KINDS (0: not listed). */
  readonly pairKinds: CharPairTable;
}

/** Kinds by their number in `FastTables.pairKinds` (0: not listed; 4: listed with no kind). */
const PAIR_KINDS: readonly (NameKind | undefined)[] = [undefined, 'person', 'place', 'organization', undefined];
const LISTED_WITHOUT_KIND = 4;

let fastTables: FastTables | undefined;

/**
 * Tables for the fast path, by UTF-16 unit: which characters start a
 * surname, are written in foreign names or start a place suffix (`starts`,
 * bits), which pairs of first characters (hashed with the word's length) start a listed name
 * (`namePairs`, a bit set: a token whose bit is clear is no listed name),
 * and the kinds of listed names of two units (`pairKinds`, read without a string).
 */
function loadFastTables(): FastTables {
  // Small, so that the compiler inlines it (asked several times per token).
  return fastTables ?? makeFastTables();
}

function makeFastTables(): FastTables {
  const { surnames, foreign, kinds } = loadNameData();
  const starts = new Uint8Array(0x10000);
  for (const surname of surnames.keys()) starts[surname.charCodeAt(0)]! |= SURNAME_START;
  for (const char of foreign) starts[char.charCodeAt(0)]! |= FOREIGN;
  for (const suffix of PLACE_SUFFIXES) starts[suffix.charCodeAt(0)]! |= PLACE_SUFFIX_START;
  for (const facility of FACILITIES) starts[facility.charCodeAt(0)]! |= FACILITY_START;
  const namePairs = new Uint32Array(1 << (NAME_PAIR_BITS - 5));
  const pairKinds = new CharPairTable();
  for (const [name, kind] of kinds) {
    const bit = namePairBit(name.charCodeAt(0), name.charCodeAt(1), name.length);
    namePairs[bit >>> 5]! |= 1 << (bit & 31);
    if (name.length === 2) pairKinds.set(name.charCodeAt(0), name.charCodeAt(1), kind === undefined ? LISTED_WITHOUT_KIND : PAIR_KINDS.indexOf(kind));
  }
  fastTables = { starts, namePairs, pairKinds };
  return fastTables;
}

/** A surname this common as a surname may start a name whose given name is a word (袁|步兵; not 和|芬兰). */
const STRONG_SURNAME = 1.5;

/** A surname this rare as a surname (和 0.1) never starts a name whose given name is a word. */
const WEAK_SURNAME = 0.3;
/** What a two-character word known as a given name adds to a name's score. */
const GIVEN_WORD_BONUS = 1.5;
/** Surnames that are far more often grammar (prepositions, adverbs: 向 于 从 过 曾 和 …). */
const GRAMMAR_UNITS = unitTable([...'向于从过曾对把被将在为以与及', ...GLUED_BEFORE_CHARS, ...FUNCTION_CHARS]);

/** Whether a two-character word after a surname is known to be a given name (see GIVEN_WORD_BONUS). */
function isGivenWord(word: string): boolean {
  return loadNameData().givenWords.has(word);
}

/** A character that names hold less often than this (log odds) is grammar, not a given name (的 了 在). */
const MIN_GIVEN = -1;
/** The same for a grammatical character (the segmenter's FUNCTION_CHARS). */
const MIN_GIVEN_GRAMMAR = 0.5;

interface Match {
  readonly count: number;
  readonly kind?: NameKind;
}

/**
 * The words of a piece's tokens (in its reading form), sliced only when a
 * rule reads them: most tokens are passed over on their first character.
 */
class PieceWords {
  private readonly words: (string | undefined)[];
  readonly length: number;
  constructor(
    private readonly simple: string,
    private readonly offset: number,
    private readonly tokens: readonly Token[],
  ) {
    this.length = tokens.length;
    this.words = new Array<string | undefined>(this.length);
  }
  /** The word of token `first + k`, or '' past the end (no rule matches ''). */
  at(k: number): string {
    if (k < 0 || k >= this.length) return '';
    const token = this.tokens[k]!;
    return (this.words[k] ??= this.simple.slice(token.start - this.offset, token.end - this.offset));
  }
  /** The first UTF-16 unit of word k (or the unit `index` of it). */
  code(k: number, index = 0): number {
    return this.simple.charCodeAt(this.tokens[k]!.start - this.offset + index);
  }
  /** The length of word k. */
  size(k: number): number {
    const token = this.tokens[k]!;
    return token.end - token.start;
  }
  /** `scorePersonName` of words k…k+count-1 together, read on the piece (no string made). */
  score(k: number, count: number): number | undefined {
    const from = this.tokens[k]!.start - this.offset;
    return scorePersonName(this.simple, from, this.tokens[k + count - 1]!.end - this.offset);
  }
  /** How many UTF-16 units of word k are not characters of transliterated names (no string made). */
  countNotForeign(k: number): number {
    const token = this.tokens[k]!;
    const { starts } = loadFastTables();
    let count = 0;
    for (let i = token.start - this.offset; i < token.end - this.offset; i++) if ((starts[this.simple.charCodeAt(i)]! & FOREIGN) === 0) count++;
    return count;
  }
  /** Whether word k is Han characters only (read by unit). */
  isHan(k: number): boolean {
    const token = this.tokens[k]!;
    for (let i = token.start - this.offset; i < token.end - this.offset; i++) if (!isHanCodePoint(this.simple.charCodeAt(i))) return false;
    return true;
  }
  /** Whether word k is one character that can be a given name (`isGivenSingle`), read by unit. */
  isGivenSingle(k: number): boolean {
    return k < this.length && this.size(k) === 1 && isGivenUnit(this.code(k));
  }
}

/**
 * The name step, above the raw cut: takes the tokens of one piece of text
 * (offsets counted from `offset` in `text`; `simple` is its reading form,
 * same offsets), as `PieceCuts` gives them, and rewrites their array in place
 * with names as one token, labelled with their `kind` (a name takes the
 * place of the tokens it joins, so the array only shrinks: no copy made).
 *
 * Logic (tables derived from jieba's dictionary and pinyin-pro's surnames,
 * see data/names/README.md):
 * - A transliterated name: a run of tokens written only with characters of
 *   transliterated names (斯 特 尔 …), joined across `·` (卡洛斯·阿马特),
 *   of three characters or more, with at least one piece the dictionary does
 *   not know as a word (拉加|德 → 拉加德; 美国 stays).
 * - A Chinese person's name: a surname token followed by one or two single
 *   characters or a two-character word, or a two-character token starting
 *   with a surname followed by a single character, when surname and given
 *   characters score above a threshold (陈|伊|玲 → 陈伊玲, 袁|步兵 → 袁步兵);
 *   a token the dictionary lacks that scores as a name is labelled a person.
 * - A place: a token of two or more characters (no determiner: 这个|村) and a
 *   place suffix after it (维也纳|市 → 维也纳市, 大湾|区 → 大湾区).
 */
export function recognizeNames(text: string, simple: string, offset: number, cuts: PieceCuts): Token[] {
  const tokens = cuts.finish();
  cutAtNewNames(text, simple, offset, tokens, cuts.newNameCandidates);
  const words = new PieceWords(simple, offset, tokens);
  const dotted = hasNameDot(simple) ? findDottedNames(words) : undefined;
  const { starts, namePairs, pairKinds } = loadFastTables();
  // Tokens are written back at `written` (never past the token read: a
  // name replaces the tokens it joins). Rules read the tokens at and after
  // `i`, and the one before it, which still has its own span there.
  let written = 0;
  let previous: Token | undefined; // the token last written
  let beforePrevious: Token | undefined; // and the one before it
  let previousIsPlace = false; // made of a name and a place suffix just now
  for (let i = 0; i < words.length; ) {
    const code = words.code(i);
    const token = tokens[i]!;
    // A place suffix after a name joins it (塔科马|市 → 塔科马市, 大湾|区 → 大湾区),
    // and so does a facility after a place (德黑兰|机场 → 德黑兰机场).
    if ((starts[code]! & (PLACE_SUFFIX_START | FACILITY_START)) !== 0 && previous !== undefined && previous.end === token.start) {
      const suffix = words.at(i);
      const stem = simple.slice(previous.start - offset, previous.end - offset);
      const isPlace = PLACE_SUFFIXES.has(suffix) ? !previousIsPlace && isPlaceStem(stem, previous, suffix) : FACILITIES.has(suffix) && isFacilityStem(stem, previous);
      // Two lone characters before a village's suffix are its name (崇|皇|乡, 泥|汊|镇).
      const twoChars =
        !isPlace && VILLAGE_SUFFIXES.has(suffix) && beforePrevious !== undefined && beforePrevious.end === previous.start && isLoneNameChar(simple, offset, previous) && isLoneNameChar(simple, offset, beforePrevious);
      if (isPlace || twoChars) {
        const stemStart = twoChars ? beforePrevious!.start : previous.start;
        const place: Token = { text: text.slice(stemStart - offset, token.end - offset), start: stemStart, end: token.end, kind: 'place' };
        if (twoChars) written--;
        tokens[written - 1] = place;
        beforePrevious = written >= 2 ? tokens[written - 2] : undefined;
        previous = place;
        previousIsPlace = true;
        i++;
        continue;
      }
    }
    const dottedEnd = dotted === undefined ? 0 : dotted[i]!;
    let match: Match | undefined;
    if (dottedEnd !== 0) match = { count: dottedEnd - i, kind: 'person' };
    // Fast path: a token starting with no surname's and no foreign name's character.
    else if ((starts[code]! & (SURNAME_START | FOREIGN)) !== 0) match = matchForeignName(words, i) ?? matchPersonName(words, i);
    // A name that runs into a dotted name is its first part (尤|勒斯·韦登博斯).
    if (dotted !== undefined && match !== undefined && dottedEnd === 0) {
      for (let k = i + 1; k < i + match.count; k++) {
        const end = dotted[k]!;
        if (end !== 0) match = { count: end - i, kind: 'person' };
      }
    }
    const count = match?.count ?? 1;
    // A listed name keeps its kind (西安 place); a token from `cutAtNewNames` has its own.
    let kind = match?.kind;
    if (kind === undefined && count === 1 && token.end - token.start >= 2) {
      const second = simple.charCodeAt(token.start - offset + 1);
      if (token.end - token.start === 2) kind = PAIR_KINDS[pairKinds.get(code, second)];
      else if (hasBit(namePairs, namePairBit(code, second, token.end - token.start))) kind = loadNameData().kinds.get(words.at(i));
    }
    const out = count !== 1 || (kind !== undefined && token.kind === undefined) ? join(text, offset, tokens, i, count, kind) : token;
    tokens[written++] = out;
    beforePrevious = previous;
    previous = out;
    previousIsPlace = false;
    i += count;
  }
  tokens.length = written;
  return tokens;
}

/** Whether the piece holds a dot that joins name parts (rare: most pieces skip the dotted rule). */
function hasNameDot(simple: string): boolean {
  for (const dot of NAME_DOTS) if (simple.includes(dot)) return true;
  return false;
}

/** Single characters that end a place's name (省 市 … 山 河 岛). */
const PLACE_END_UNITS = unitTable([...PLACE_SUFFIXES, ...FACILITIES].filter((word) => word.length === 1));
/** Particles that jieba's dictionary glues onto the last character of a name (赵致|真的). */
const PARTICLE_UNITS = unitTable('的了');

/**
 * Whether the first character of a two-character token (`token`) ends the
 * name in the token before it, so that the token crosses the name's edge:
 * a place (三皇|山卖 → 三皇山|卖, jieba's HMM glued 山 to the next
 * character) or a person (范培|开习 → 范培开|习, 赵致|真的 → 赵致真|的).
 * The token must be one jieba's dictionary lacks, or end in a particle.
 */
function completesName(simple: string, offset: number, previous: Token, token: Token): boolean {
  const from = token.start - offset;
  const code = simple.charCodeAt(from);
  const stemLength = previous.end - previous.start;
  const isPlaceEnd = PLACE_END_UNITS[code] === 1 && stemLength >= 2;
  const stemFrom = previous.start - offset;
  const isPersonEnd =
    stemLength === 2 && !isPlaceEnd && !Number.isNaN(loadNameData().surnameScores[simple.charCodeAt(stemFrom)]) && isGivenUnit(code) && (scorePersonName(simple, stemFrom, from + 1) ?? -Infinity) >= THRESHOLD.wordAndSingle;
  if (!isPlaceEnd && !isPersonEnd) return false;
  const word = simple.slice(from, from + 2);
  if (!isHanWord(word) || (isDictionaryWord(word) && PARTICLE_UNITS[simple.charCodeAt(from + 1)] !== 1)) return false;
  const stem = simple.slice(stemFrom, stemFrom + stemLength);
  if (isPersonEnd) return !isDictionaryWord(stem) && !isDictionaryWord(stem + word[0]);
  return isPlaceStem(stem, previous, word[0]!) || isFacilityStem(stem, previous);
}

/**
 * A piece's tokens as jieba's words come in (segmentPiece adds them one by
 * one), with the cuts that come before names are joined (`recognizeNames`),
 * made in the same walk into one array:
 * - a word glued onto a name's edge comes off: a verb of saying or a
 *   conjunction (赵华说 → 赵华|说, 和方炳 → 和|方炳) on a token the
 *   dictionary lacks, and a character that ends the name before it (三皇|山卖
 *   → 三皇山|卖 once joined, see `completesName`);
 * - then a title comes off its organisation (`findTitleCut`).
 */
export class PieceCuts {
  /**
   * The tokens so far, both cuts made: the first `count` of the array,
   * which is made as long as the piece's words (few are cut in two) rather
   * than grown token by token (measured: a third of the memory, and fewer
   * collections while the text's tokens are alive).
   */
  private readonly tokens: Token[];
  private count = 0;
  /** Indices in `tokens` where a name jieba lacks may start (`mayStartNewName`; a few in a thousand): `cutAtNewNames` reads only these. */
  readonly newNameCandidates: number[] = [];
  /** The last token past the glued-word cut, before any title came off it: `completesName` reads it as the token before. */
  private previous: Token | undefined;
  private readonly nameData = loadNameData();

  constructor(
    private readonly text: string,
    private readonly simple: string,
    private readonly offset: number,
    wordCount: number,
  ) {
    this.tokens = new Array<Token>(wordCount);
  }

  /** Adds the piece's next token (offsets from `offset`, right after the last one). */
  add(token: Token): void {
    const { text, simple, offset, previous } = this;
    const length = token.end - token.start;
    const from = token.start - offset;
    let cut = 0;
    if (length >= 2) {
      if (GLUED_AFTER_UNITS[simple.charCodeAt(from + length - 1)] === 1) cut = length - 1;
      else if (GLUED_BEFORE_UNITS[simple.charCodeAt(from)] === 1) cut = 1;
      if (cut !== 0) {
        const word = simple.slice(from, from + length);
        if (!isHanWord(word) || isDictionaryWord(word)) cut = 0;
      }
    }
    if (cut === 0 && length === 2 && previous !== undefined && previous.end === token.start && completesName(simple, offset, previous, token)) cut = 1;
    if (cut === 0) {
      this.addPastGluedCut(token);
      return;
    }
    const at = token.start + cut;
    this.addPastGluedCut({ text: text.slice(from, at - offset), start: token.start, end: at });
    this.addPastGluedCut({ text: text.slice(at - offset, from + length), start: at, end: token.end });
  }

  /** The piece's tokens (the array `add` filled, cut to its length). */
  finish(): Token[] {
    this.tokens.length = this.count;
    return this.tokens;
  }

  /** Adds a token the glued-word cut has passed, cutting a title off it (or off it and the token before). */
  private addPastGluedCut(token: Token): void {
    this.previous = token;
    const { text, offset, tokens } = this;
    const before = this.count > 0 ? tokens[this.count - 1] : undefined;
    const titleCut = findTitleCut(this.simple, offset, before, token);
    // A user word is kept whole (税务局长): asked only where a title would come off.
    if (titleCut === undefined || isUserWord(this.simple.slice(token.start - offset, token.end - offset))) {
      this.put(token);
      return;
    }
    const { at } = titleCut;
    // The token before grows (农林|部长 → 农林部|长): its index stays a
    // candidate if it was one (cutAtNewNames checks again); a longer token
    // is cut across by fewer names, never by more.
    if (titleCut.joinsBefore) tokens[this.count - 1] = { text: text.slice(before!.start - offset, at - offset), start: before!.start, end: at };
    else this.put({ text: text.slice(token.start - offset, at - offset), start: token.start, end: at });
    this.put({ text: text.slice(at - offset, token.end - offset), start: at, end: token.end });
  }

  private put(token: Token): void {
    const index = this.count++;
    this.tokens[index] = token;
    if (mayStartNewName(this.simple, token.start - this.offset, token.end - token.start, this.nameData)) this.newNameCandidates.push(index);
  }
}

/** Tokens `at…at+count` as one, with `kind` unless the token has its own (no object spread: this runs per name). */
function join(text: string, offset: number, tokens: readonly Token[], at: number, count: number, kind: NameKind | undefined): Token {
  const first = tokens[at]!;
  const start = first.start;
  const end = tokens[at + count - 1]!.end;
  if (count === 1) {
    if (kind === undefined || first.kind !== undefined) return first;
    return { text: first.text, start, end, kind };
  }
  const joinedText = text.slice(start - offset, end - offset);
  return kind === undefined ? { text: joinedText, start, end } : { text: joinedText, start, end, kind };
}

/**
 * Names written with a dot between their parts (詹姆斯·伯德, 汤姆|士·史|达|福):
 * the end index of each at its start index (0 elsewhere), or `undefined`
 * when there is none. Around each dot, the word right before
 * and right after it belong to the name; so do up to two more tokens before
 * and three after that hold a character of transliterated names (汤姆 before
 * 士), or after it one-character given names (托马|肖), but no dictionary word
 * after it (安南|希望) and no grammar.
 */
function findDottedNames(words: PieceWords): Int32Array | undefined {
  let spans: Int32Array | undefined; // made at the first name found (most pieces have none)
  let last = -1;
  for (let dot = 1; dot + 1 < words.length; dot++) {
    if (NAME_DOT_UNITS[words.code(dot)] !== 1 || words.size(dot) !== 1 || !isNameWord(words.at(dot - 1)) || !isNameWord(words.at(dot + 1))) continue;
    let start = dot - 1;
    while (start > last + 1 && dot - start < 3 && isNameWord(words.at(start - 1)) && hasForeignChar(words.at(start - 1))) start--;
    let end = dot + 2;
    for (let added = 0; end < words.length && added < 3; added++) {
      const word = words.at(end);
      if (NAME_DOTS.has(word) && isNameWord(words.at(end + 1))) end += 2;
      else if (AFTER_NAME.has(word)) break;
      else if (isGivenSingle(word) || isForeignWord(word) || (isNameWord(word) && hasForeignChar(word) && !isDictionaryWord(word))) end++;
      else break;
    }
    if (start <= last) continue;
    (spans ??= new Int32Array(words.length))[start] = end;
    last = end - 1;
    dot = end - 1;
  }
  return spans;
}

function hasForeignChar(word: string): boolean {
  const { starts } = loadFastTables();
  for (let i = 0; i < word.length; i++) if ((starts[word.charCodeAt(i)]! & FOREIGN) !== 0) return true;
  return false;
}

function matchForeignName(words: PieceWords, at: number): Match | undefined {
  // Fast path: the run the characters alone allow is too short (most tokens
  // starting like a name); no dictionary is asked.
  let reach = at;
  let reachChars = 0;
  while (reach < words.length && mayBeForeignPiece(words, at, reach)) reachChars += words.size(reach++);
  if (reach - at < 2 || reachChars < 3) return undefined;
  // A piece jieba's dictionary lacks or lists as a person's name may hold one
  // other character (贾斯|蒂卡, 尤尔|科夫, 安德雷|斯); a lone character between
  // two such pieces belongs to the name (格雷特|施|莱格).
  let i = at;
  let chars = 0;
  for (; i < reach; i++) {
    const word = words.at(i);
    if (isMostlyForeign(word) && !isForeignWord(word) && !isUnknownOrPersonWord(word)) break;
    chars += words.size(i);
  }
  if (i - at < 2 || chars < 3) return undefined;
  // Dictionary words alone join only in long runs (拉特纳|亚克), not two
  // place names side by side; a person's name among them will do (奥登|西亚).
  if (chars < 5) {
    let unknown = false;
    for (let k = at; k < i && !unknown; k++) unknown = words.size(k) === 1 || isUnknownOrPersonWord(words.at(k));
    if (!unknown) return undefined;
  }
  return { count: i - at };
}

/** What news context (see nameContext.ts) adds to a name's score, before it and after it. */
const CONTEXT_BONUS = 1.5;

function contextBonus(words: PieceWords, at: number, count: number): number {
  const before = words.at(at - 1);
  let bonus = 0;
  if (isTitleBefore(before)) bonus += CONTEXT_BONUS;
  if (AFTER_NAME.has(words.at(at + count))) bonus += CONTEXT_BONUS;
  return bonus;
}

/** Whether word k is a listed name (of any kind or none); a two-unit word is read by unit. */
function isListedName(words: PieceWords, k: number): boolean {
  if (words.size(k) === 2) return loadFastTables().pairKinds.get(words.code(k), words.code(k, 1)) !== 0;
  return loadNameData().kinds.has(words.at(k));
}

function matchPersonName(words: PieceWords, at: number): Match | undefined {
  // Fast path: every rule below wants a name of at most four characters starting with a surname
  // (a single one, or a compound one in a token of two or more).
  const size = words.size(at);
  const code = words.code(at);
  const { surnames, surnameScores, compoundStarts } = loadNameData();
  if (size > 4 || (Number.isNaN(surnameScores[code]) && (size === 1 || compoundStarts[code] !== 1)) || !words.isHan(at)) return undefined;
  const nextIsSingle = words.isGivenSingle(at + 1);
  // The token is a surname: a single one (read by unit, no string made) or a compound one.
  const surnameScore = size === 1 ? surnameScores[code]! : size === 2 && compoundStarts[code] === 1 ? surnames.get(words.at(at))?.score : undefined;
  if (surnameScore !== undefined) {
    // A weak surname that is also grammar yields to a stronger one right after it (和|方|炳|祯: 方炳祯).
    if (size === 1 && surnameScore < STRONG_SURNAME && yieldsToNextSurname(words, at)) return undefined;
    if (nextIsSingle) {
      if (words.isGivenSingle(at + 2) && passes(words, at, 3, 0, THRESHOLD.threeSingles)) return { count: 3, kind: 'person' };
      if (passes(words, at, 2, 0, THRESHOLD.twoSingles)) return { count: 2, kind: 'person' };
    } else if (words.isGivenSingle(at + 2) && isLoneHan(words, at + 1)) {
      // A middle character that names seldom hold (徐|起|超, 李|中|贤): the surer score.
      if (passes(words, at, 3, 0, THRESHOLD.threeSinglesWeakMiddle)) return { count: 3, kind: 'person' };
    }
    if (!nextIsSingle && at + 1 < words.length && words.size(at + 1) === 2 && words.isHan(at + 1)) {
      if (surnameScore >= STRONG_SURNAME && passes(words, at, 2, 0, THRESHOLD.surnameAndWord)) return { count: 2, kind: 'person' };
      // A word that jieba's names use as a given name (江|宏伟): weaker
      // surnames, less score; not after a surname that is also a
      // preposition or adverb (向|梅尔, 于|小丑, 曾|高达).
      if (surnameScore >= WEAK_SURNAME && GRAMMAR_UNITS[code] !== 1 && passes(words, at, 2, GIVEN_WORD_BONUS, THRESHOLD.surnameAndWord) && isGivenWord(words.at(at + 1))) {
        return { count: 2, kind: 'person' };
      }
    }
    return undefined;
  }
  // The word is sliced only where a rule reads it (most tokens here leave at the fast path below).
  if (size === 2 && nextIsSingle && passes(words, at, 2, 0, THRESHOLD.wordAndSingle) && !isDictionaryWord(words.at(at) + words.at(at + 1))) {
    return { count: 2, kind: 'person' };
  }
  // A compound surname and one given character, then a second given
  // character (欧阳明|月): the surname leaves no doubt, so a character names
  // seldom hold (月, 中) will do.
  if (size === 3 && compoundStarts[code] === 1 && surnames.has(words.at(at).slice(0, 2)) && isLoneHan(words, at + 1)) {
    if (loadNameData().givenScores[words.code(at + 1)]! >= MIN_GIVEN) return { count: 2, kind: 'person' };
  }
  // A whole token that scores as a name is labelled one, unless the
  // dictionaries say what it is (王府井 place); jieba's own words need
  // the surer score (its dictionary holds names and words alike).
  const base = words.score(at, 1);
  // Fast path: no context can lift it to a name (most words starting like a surname: 高兴, 明天).
  if (base === undefined || base + 2 * CONTEXT_BONUS < THRESHOLD.whole || isListedName(words, at)) return undefined;
  const score = base + contextBonus(words, at, 1);
  if (score >= THRESHOLD.whole && (score >= THRESHOLD.wholeListed || !isDictionaryWord(words.at(at)))) return { count: 1, kind: 'person' };
  return undefined;
}

/**
 * Whether words at…at+count-1 score as a person's name, with `bonus` and the
 * news context, at least `threshold`; the context (which reads the words
 * around) only when it could make the difference.
 */
function passes(words: PieceWords, at: number, count: number, bonus: number, threshold: number): boolean {
  const score = words.score(at, count);
  if (score === undefined || score + bonus + 2 * CONTEXT_BONUS < threshold) return false;
  return score + bonus >= threshold || score + bonus + contextBonus(words, at, count) >= threshold;
}

/** Whether token k is one Han character that is not glued grammar (说, 等) nor a dot. */
function isLoneHan(words: PieceWords, k: number): boolean {
  if (k >= words.length || words.size(k) !== 1) return false;
  const code = words.code(k);
  return isHanCodePoint(code) && GLUED_AFTER_UNITS[code] !== 1;
}

/**
 * Whether the single surname at `at` should leave the name to the stronger
 * surname after it: the next token is a single surname that starts a name of
 * three characters (方|炳|祯) scoring better than one starting at `at`.
 */
function yieldsToNextSurname(words: PieceWords, at: number): boolean {
  if (at + 1 >= words.length || words.size(at + 1) !== 1) return false;
  const { surnameScores } = loadNameData();
  if (Number.isNaN(surnameScores[words.code(at + 1)]) || !words.isGivenSingle(at + 2) || !words.isGivenSingle(at + 3)) return false;
  const later = words.score(at + 1, 3) ?? -Infinity;
  const here = words.score(at, 3) ?? -Infinity;
  return later >= THRESHOLD.threeSingles && later > here;
}

/** A one-character token that can be a given name: seen in names, not glued on (说). */
function isGivenSingle(word: string): boolean {
  return word.length === 1 && isGivenUnit(word.charCodeAt(0));
}

function isGivenUnit(code: number): boolean {
  if (GLUED_AFTER_UNITS[code] === 1) return false;
  // NaN (not a given-name character) compares false. A grammatical
  // character must be common in names (小, 之), not merely seen (曾, 将, 均).
  const score = loadNameData().givenScores[code]!;
  return score >= (FUNCTION_UNITS[code] === 1 ? MIN_GIVEN_GRAMMAR : MIN_GIVEN);
}

const FUNCTION_UNITS = unitTable(FUNCTION_CHARS);

/**
 * A word that can be part of a name joined by a dot: Han, with no verb of
 * saying glued on; one character only if names use it (彼得, 拉·甘地; not 的).
 */
function isNameWord(word: string): boolean {
  if (!isHanWord(word)) return false;
  if (word.length === 1) return isGivenSingle(word) || loadNameData().foreign.has(word);
  for (const char of word) if (GLUED_AFTER.has(char)) return false;
  return true;
}

function isPlaceStem(word: string, token: Token, suffix: string): boolean {
  // A person recognised here (not a listed one) before a place suffix was a place's name (苏扎克|区).
  if (word.length < 2 || !isHanWord(word) || (token.kind === 'person' && loadNameData().kinds.has(word))) return false;
  for (const char of word) if (NOT_PLACE_STEM.has(char)) return false;
  // A word of the dictionary is a place's name if listed as a name (龙泉乡: 龙泉)
  // or a proper noun (山泉|乡), or a noun before a village's suffix (书房|村);
  // not a verb or an adjective before an administrative noun (需要|市, 成为|县).
  if (token.kind !== undefined || word.length > 4 || !isDictionaryWord(word)) return true;
  const tag = dictionaryTag(word);
  return tag !== undefined && (PLACE_STEM_TAGS.has(tag) || (VILLAGE_STEM_TAGS.has(tag) && VILLAGE_SUFFIXES.has(suffix)));
}

/** Whether `token` is one Han character, no grammar and no name of its own, that may be part of a place's name. */
function isLoneNameChar(simple: string, offset: number, token: Token): boolean {
  if (token.end - token.start !== 1 || token.kind !== undefined) return false;
  const code = simple.charCodeAt(token.start - offset);
  return isHanCodePoint(code) && FUNCTION_UNITS[code] !== 1 && GLUED_AFTER_UNITS[code] !== 1 && GLUED_BEFORE_UNITS[code] !== 1;
}

/**
 * Whether a facility after `word` (its token) makes a place: the word is a
 * place's name (德黑兰, 虹口 `ns`), a person's (伊丽莎白 `nr`, 多福 `nrt`),
 * another proper noun (集美 `nz`), or a name jieba's dictionary lacks (汉巴,
 * 库卡尔特).
 */
function isFacilityStem(word: string, token: Token): boolean {
  // A person recognised here (not a listed one) names the place (明泉|基地); an organisation does not.
  if (token.kind !== undefined) return token.kind === 'place' || (token.kind === 'person' && !loadNameData().kinds.has(word));
  if (word.length < 2 || !isHanWord(word)) return false;
  if (!isDictionaryWord(word)) return true;
  const tag = dictionaryTag(word);
  return tag !== undefined && FACILITY_STEM_TAGS.has(tag);
}

/** Whether token k may be part of a transliterated name starting at `at`, by its characters alone (see matchForeignName); no string is made. */
function mayBeForeignPiece(words: PieceWords, at: number, k: number): boolean {
  const size = words.size(k);
  const others = words.countNotForeign(k);
  if (others === 0 || (others === 1 && size >= 2 && words.isHan(k))) return true;
  return k > at && size === 1 && isLoneHan(words, k) && FUNCTION_UNITS[words.code(k)] !== 1 && k + 1 < words.length && words.countNotForeign(k + 1) === 0;
}

/** jieba's tags of persons' names, native and transliterated. */
const PERSON_TAGS = new Set(['nr', 'nrt', 'nrfg']);

/** Whether jieba's dictionary lacks `word` or lists it as a person's name (奥登 nrt, 安德雷 nr). */
function isUnknownOrPersonWord(word: string): boolean {
  if (!isDictionaryWord(word)) return true;
  const tag = dictionaryTag(word);
  return tag !== undefined && PERSON_TAGS.has(tag);
}

/** Whether `word` has two or more characters, all but one of them of transliterated names. */
function isMostlyForeign(word: string): boolean {
  if (word.length < 2 || !isHanWord(word)) return false;
  const { starts } = loadFastTables();
  let other = 0;
  for (let i = 0; i < word.length; i++) if ((starts[word.charCodeAt(i)]! & FOREIGN) === 0) other++;
  return other <= 1;
}

/** Whether `word` is written only with characters of transliterated names (read by UTF-16 unit). */
function isForeignWord(word: string): boolean {
  const { starts } = loadFastTables();
  for (let i = 0; i < word.length; i++) if ((starts[word.charCodeAt(i)]! & FOREIGN) === 0) return false;
  return word !== '';
}

function isHanWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (!isHanCodePoint(word.charCodeAt(i))) return false;
  return word !== '';
}
