import { isHanCodePoint } from '../../internal/isHan.js';
import { FUNCTION_CHARS } from '../../hanzi/functionChars.js';
import type { NeutralTone, Token } from '../../types.js';
import { charReadings } from '../charReadings.js';
import { bareSyllable, splitTone } from '../../gloss/tones.js';
import { loadReadingData } from '../loadReadingData.js';
import { BEGIN, END, loadPolyphoneModel, UNKNOWN, type PolyphoneModel } from './loadPolyphoneModel.js';
import { runPolyphoneModel } from './runPolyphoneModel.js';
import { isDictionaryWord } from '../../segment/isDictionaryWord.js';

/**
 * How much the engine's own reading weighs against the model's scores
 * (logits), by what the engine read it from: a character alone as a token
 * or inside a longer one, read as its usual reading inside words or
 * otherwise (`own`: a listed word's reading, a function word alone). A
 * token jieba's dictionary does not keep whole (a run its HMM glued: 钻柱,
 * 霜风劲; a name the names step found) tells the engine no more than its
 * characters alone, so its usual readings weigh as `usualAlone`; a
 * dictionary word's usual reading is the dictionary's word (弹片 dànpiàn,
 * 珍藏 zhēncáng) and weighs more. Fitted on the CPP dev split with 5-fold
 * cross-validation (docs/decisions.md).
 * The model is not asked at all:
 * - where a context rule read the token (`readInContext`: 为居民提供 wèi;
 *   量一量, 东西方向);
 * - for a surname or title the names step read, where it is not the
 *   character's usual reading (readNames: 单田芳 shàn, 查良镛 zhā, 财政部|长
 *   zhǎng): the model knows no surnames (it prefers dān by 17, chá by 26).
 *   A surname read as usual anyway is weighed like any reading: the
 *   segmenter takes places for persons now and then (莘庄 xīn, not shēn);
 * - inside a common word (COMMON_WORD): the model overrules common words
 *   wrongly by wide margins (仿佛 fǎngfú → fó by 20 and more, 调解 tiáojiě
 *   → diào, 还原 huányuán → hái), while the words it reads better than the
 *   dictionaries are rare words and names (圩镇 wéizhèn, 帖木儿 tiěmù'ér);
 * - for 的 了 都 还 … inside words that read them otherwise than alone
 *   (目的 mùdì, 得了);
 * - in a sentence shorter than SHORTEST_SENTENCE: without context the
 *   model has only its priors (a word looked up alone: 仿佛 fǎngfú);
 * - for a reading it has not learnt to give (UNLEARNT_READINGS: 划船 huá).
 */
const ENGINE_WEIGHT = {
  usualAlone: 1,
  usualInWord: 5,
  ownAlone: 4,
  ownInWord: 10,
} as const;
/**
 * A word jieba's dictionary counts this often is common: the model leaves
 * it as the dictionaries read it. Higher for a word read otherwise than
 * usual (a listed word): the dev split's place names (黄陂) are such words.
 * Fitted on the CPP dev split with the weights.
 */
const COMMON_WORD = { usual: 500, own: 2000 } as const;
/**
 * Readings the model has not learnt to give: it reads 划 huà and 矫 jiǎo
 * whatever the context (划船 huáchuán and 划桨 as huà by 40 and more, 矫情
 * jiáoqing as jiǎo by 50), so where the dictionaries read 划 huá or 矫 jiáo
 * the model is not asked. Found in real text (see docs/decisions.md).
 */
const UNLEARNT_READINGS: ReadonlyMap<number, string> = new Map([
  [0x5212, 'huá'],
  [0x77eb, 'jiáo'],
]);
/** Sentences shorter than this (UTF-16 units, closing punctuation included) are left to the dictionaries. */
const SHORTEST_SENTENCE = 6;
/** Context the model sees each side of a character, in UTF-16 units, when its sentence is long. */
const WINDOW = 32;
/** Long sentences are read in blocks of this many units (plus WINDOW each side). */
const BLOCK = 160;
/** Sentences up to this long are read in one run. */
const LONGEST_RUN = BLOCK + 2 * WINDOW;

interface Target {
  /** UTF-16 offset in the text. */
  readonly at: number;
  readonly reading: string[];
  /** Index of the syllable in `reading`. */
  readonly syllable: number;
  /** Indices into model.readings the model may choose among. */
  readonly candidates: readonly number[];
  readonly weight: number;
}

/**
 * The context model's step of the reading engine (`polyphones: 'model'`):
 * the characters the model decides (the 623 polyphones it was trained on,
 * 还 长 着 行 得 地 为 …) get the reading that scores best, their sentence
 * read by the model (g2pM, see data/g2pm/README.md), with the engine's own
 * reading given a head start (ENGINE_WEIGHT): the model outvotes the
 * dictionaries only where it is confident. In place, on `readings`.
 *
 * Logic:
 * - The model may choose only among the readings the written character
 *   has (`charReadings`), so strip() reads every gloss back.
 * - Erhua `r` stays. With `neutralTone: 'dictionary'`, a toneless reading
 *   the engine wrote stays when the model only adds a tone to it (认识
 *   rènshi, as the standard writes it).
 * - Only sentences holding such a character are run; a sentence longer
 *   than LONGEST_RUN is run in blocks with WINDOW units of context each side.
 *
 * `text` is the reading form (simplified), `written` the text as given.
 */
export function readPolyphones(
  text: string,
  written: string,
  tokens: readonly Token[],
  readings: readonly (string[] | undefined)[],
  ruled: ReadonlySet<number>,
  named: ReadonlyMap<number, number>,
  neutralTone: NeutralTone,
  spans: boolean,
): void {
  const model = loadPolyphoneModel();
  const targets = findTargets(model, text, written, tokens, readings, ruled, named, spans);
  if (targets.length === 0) return;
  targets.sort((a, b) => a.at - b.at);
  let previousEnd = 0;
  for (let i = 0; i < targets.length; ) {
    const { start, end } = sentenceAround(text, targets[i]!.at, previousEnd);
    previousEnd = end;
    let j = i;
    while (j < targets.length && targets[j]!.at < end) j++;
    if (end - start >= SHORTEST_SENTENCE) readSentence(model, text, start, end, targets.slice(i, j), neutralTone);
    i = j;
  }
}

function findTargets(
  model: PolyphoneModel,
  text: string,
  written: string,
  tokens: readonly Token[],
  readings: readonly (string[] | undefined)[],
  ruled: ReadonlySet<number>,
  named: ReadonlyMap<number, number>,
  spans: boolean,
): Target[] {
  const data = loadReadingData();
  const targets: Target[] = [];
  tokens.forEach((token, i) => {
    const reading = readings[i];
    // A token a context rule read: see ENGINE_WEIGHT.
    if (reading === undefined || ruled.has(i)) return;
    const inWord = reading.length > 1;
    const surname = named.get(i) ?? 0;
    // The token's count in jieba's dictionary, and whether the dictionary
    // keeps it whole, looked up once needed. A glossed span (findGlosses,
    // no segmenter) is a word the page chose to gloss as one.
    let count: number | undefined;
    let dictionaryWord: boolean | undefined;
    let k = 0;
    for (let at = token.start; at < token.end; ) {
      const cp = text.codePointAt(at)!;
      const width = cp > 0xffff ? 2 : 1;
      if (isHanCodePoint(cp)) {
        const decided = model.decides.get(cp);
        const syllable = reading[k];
        if (decided !== undefined && syllable !== undefined && syllable !== 'r') {
          const candidates = allowedReadings(model, written.codePointAt(at)!, decided);
          const known = data.chars.get(cp);
          const own = known !== undefined && known.inWord !== syllable;
          // 的 了 都 还 … in a word that reads them otherwise than alone (目的, 得了): see ENGINE_WEIGHT.
          const grammarInWord = inWord && width === 1 && FUNCTION_CHARS.has(text[at]!) && syllable !== data.defaults[cp];
          const common = inWord && (count ??= data.wordCounts.get(text.slice(token.start, token.end)) ?? 0) >= COMMON_WORD[own ? 'own' : 'usual'];
          // A surname read otherwise than usual (单 shàn): see ENGINE_WEIGHT.
          const surnameReading = k < surname && syllable !== (known?.inWord ?? data.defaults[cp]);
          const unlearnt = UNLEARNT_READINGS.get(cp) === syllable;
          if (candidates.length > 1 && !surnameReading && !grammarInWord && !common && !unlearnt) {
            const wordOfTheDictionary = inWord && (dictionaryWord ??= spans || isDictionaryWord(text.slice(token.start, token.end)));
            const kind = own ? (inWord ? 'ownInWord' : 'ownAlone') : wordOfTheDictionary ? 'usualInWord' : 'usualAlone';
            targets.push({ at, reading, syllable: k, candidates, weight: ENGINE_WEIGHT[kind] });
          }
        }
        k++;
      }
      at += width;
    }
  });
  return targets;
}

const allowedCache = new Map<number, readonly number[]>();

/**
 * The model's candidates that the written character can be read as, as
 * strip() reads glosses: the same letters, and a toneless candidate only
 * where the character has a neutral reading (喔 ō, never a toneless wo).
 */
function allowedReadings(model: PolyphoneModel, writtenCp: number, decided: readonly number[]): readonly number[] {
  const key = writtenCp * 2048 + decided[0]!;
  let allowed = allowedCache.get(key);
  if (allowed === undefined) {
    const own = new Map((charReadings(writtenCp) ?? []).map((reading) => [reading.bare, reading.neutral]));
    allowed = decided.filter((index) => {
      const reading = model.readings[index]!;
      const neutral = own.get(bareSyllable(reading));
      return neutral !== undefined && (neutral || splitTone(reading).tone !== 5);
    });
    allowedCache.set(key, allowed);
  }
  return allowed;
}

/** Where sentences end: the model was trained on sentences, and reads them as its input. */
function isSentenceEnd(unit: number): boolean {
  return unit === 0x3002 || unit === 0xff01 || unit === 0xff1f || unit === 0xff1b || unit === 0x21 || unit === 0x3f || unit === 0x3b || unit === 0x0a || unit === 0x0d;
}

/**
 * The sentence holding offset `at`: after the previous sentence end (not
 * before `from`, the end of the sentence read before, so that the scans stay
 * linear in a text without punctuation), through the next one.
 */
function sentenceAround(text: string, at: number, from: number): { start: number; end: number } {
  let start = at;
  while (start > from && !isSentenceEnd(text.charCodeAt(start - 1))) start--;
  let end = at + 1;
  while (end < text.length && !isSentenceEnd(text.charCodeAt(end - 1))) end++;
  return { start, end };
}

function readSentence(model: PolyphoneModel, text: string, start: number, end: number, targets: readonly Target[], neutralTone: NeutralTone): void {
  if (end - start <= LONGEST_RUN) {
    readRun(model, text, start, end, targets, neutralTone);
    return;
  }
  // A long run of text without sentence punctuation: blocks aligned to the
  // sentence start, each read with WINDOW units of context each side, so the
  // cost stays linear and a character's reading depends only on its sentence.
  for (let i = 0; i < targets.length; ) {
    const block = start + Math.floor((targets[i]!.at - start) / BLOCK) * BLOCK;
    let j = i;
    while (j < targets.length && targets[j]!.at < block + BLOCK) j++;
    const from = Math.max(start, block - WINDOW);
    const to = Math.min(end, block + BLOCK + WINDOW);
    readRun(model, text, startOfCharacter(text, from), to, targets.slice(i, j), neutralTone);
    i = j;
  }
}

/** `at`, moved back off the second half of a surrogate pair. */
function startOfCharacter(text: string, at: number): number {
  const unit = text.charCodeAt(at);
  return unit >= 0xdc00 && unit <= 0xdfff && at > 0 ? at - 1 : at;
}

function readRun(model: PolyphoneModel, text: string, start: number, end: number, targets: readonly Target[], neutralTone: NeutralTone): void {
  const ids = new Int32Array(end - start + 2);
  const positions: number[] = [];
  let n = 0;
  ids[n++] = BEGIN;
  let next = 0;
  for (let at = start; at < end; ) {
    const cp = text.codePointAt(at)!;
    // Overlapping spans (findGlosses) may put two targets on one character.
    while (next < targets.length && targets[next]!.at === at) {
      positions.push(n);
      next++;
    }
    ids[n++] = cp > 0xffff ? (model.astralIndex.get(cp) ?? UNKNOWN) : model.bmpIndex[cp]!;
    at += cp > 0xffff ? 2 : 1;
  }
  ids[n++] = END;
  const scores = runPolyphoneModel(model, ids.subarray(0, n), positions, targets.map((target) => target.candidates));
  targets.forEach((target, i) => choose(model, target, scores[i]!, neutralTone));
}

function choose(model: PolyphoneModel, target: Target, scores: Float32Array, neutralTone: NeutralTone): void {
  const engine = target.reading[target.syllable]!;
  let best = engine;
  let bestScore = -Infinity;
  target.candidates.forEach((index, i) => {
    const reading = model.readings[index]!;
    const score = scores[i]! + (reading === engine ? target.weight : 0);
    if (score > bestScore) {
      bestScore = score;
      best = reading;
    }
  });
  if (best === engine) return;
  if (neutralTone === 'dictionary') {
    const own = splitTone(engine);
    if (own.tone === 5 && own.bare === splitTone(best).bare) return;
  }
  target.reading[target.syllable] = best;
}
