import { escapeHtml, formatRuby, writeGloss } from '../gloss/formatGloss.js';
import { MAX_GLOSS_SYLLABLES } from '../gloss/grammar.js';
import { isHanCodePoint } from '../internal/isHan.js';
import { TextBuilder } from '../internal/textBuilder.js';
import { hskLevel } from '../learn/hskLevel.js';
import { meaningsOf } from '../learn/meaningsOf.js';
import { formatSyllable } from '../gloss/tones.js';
import { toZhuyin } from '../pinyin/toZhuyin.js';
import { readingFormWithReadings } from '../hanzi/readingForm.js';
import { readTokens } from '../pinyin/readTokens.js';
import { addWords } from '../segment/addWords.js';
import { findSurname } from '../segment/findSurname.js';
import { withSegmenter } from '../segment/loadJieba.js';
import { segmentPiece } from '../segment/segmentPiece.js';
import type { AnnotatedToken, ReadingSource, Token } from '../types.js';
import { attachErhua } from './attachErhua.js';
import { findExistingGlosses } from './findExistingGlosses.js';
import { findWordOccurrences } from './findWordOccurrences.js';
import { createWordIndex, forceWords } from './forceWords.js';
import { splitTokens } from './splitTokens.js';
import type { ResolvedAnnotateOptions } from './resolveAnnotateOptions.js';

export interface PieceResult {
  /** The annotated text of the piece. */
  readonly output: string;
  /** Its tokens, offsets counted from the start of all the text. */
  readonly tokens: AnnotatedToken[] | undefined;
}

/**
 * Annotates a text piece by piece, in order. The state that spans pieces
 * (the offset, how often each word occurred, which words `once` already
 * glossed) lives here, so annotating a text in one go or piece by piece
 * gives the same result.
 *
 * Logic, for each piece:
 * 1. Glosses already in the piece are cut out (`findExistingGlosses`); the
 *    rest is segmented and read as if they were not there.
 * 2. Tokens are cut where a word carrying a gloss starts or ends, and around
 *    the words of a `select` list wherever they occur (`银行行长` holds
 *    行长), each part keeping its syllables as read in the whole token.
 * 3. A token carrying a gloss keeps it as written and gets no second one
 *    (it still counts as an occurrence, and as glossed for `once`); the
 *    others are glossed as selected. So `annotate(annotate(x))` equals
 *    `annotate(x)`.
 */
export function createPieceAnnotator(
  options: ResolvedAnnotateOptions,
  withTokens: boolean,
): (piece: string) => PieceResult {
  const readingOptions = { toneSandhi: options.toneSandhi, neutralTone: options.neutralTone, polyphones: options.polyphones, dict: options.rawDict };
  const occurrences = new Map<string, number>();
  const glossedOnce = new Set<string>();
  const select = options.select;
  const hasDict = options.dict.size > 0;
  const dictWords = hasDict ? createWordIndex(options.dict.keys()) : undefined;
  const selectWords = 'words' in select && select.words !== undefined && select.words.length > 0 ? createWordIndex(select.words) : undefined;
  let offset = 0;
  let wordsAdded = false;
  const output = new TextBuilder();

  const annotatePiece = (piece: string): PieceResult => {
    if (!wordsAdded) {
      addWords(options.words);
      wordsAdded = true;
    }
    // 1. The text to read: the piece without the glosses it already carries.
    const existing = findExistingGlosses(piece);
    const text = existing?.text ?? piece;
    // The segmenter and the reading engine both see the text in its reading form (traditional → simplified).
    const form = readingFormWithReadings(text);
    const cut = segmentPiece(text, 0, [], form.text);
    const segmented = dictWords ? forceWords(text, cut, dictWords) : cut;
    // With `explain`: the step that read each Han character, by its offset in `text`.
    const explain: (ReadingSource | undefined)[] | undefined = withTokens && options.explain ? new Array(text.length) : undefined;
    const read = attachErhua(segmented, readTokens(text, segmented, readingOptions, { form, explain }));
    // 2. Cuts around glossed words and listed words.
    const at: number[] = [];
    for (const [start, end] of existing?.spans ?? []) at.push(start, end);
    if (selectWords) for (const [start, end] of findWordOccurrences(text, selectWords)) at.push(start, end);
    const { tokens, readings } = at.length === 0 ? read : splitTokens(read.tokens, read.readings, at.sort((a, b) => a - b));

    // Offsets in `text` → in the piece: a gloss cut at `at` is put back there.
    const cuts = existing?.cuts ?? [];
    const cutUpTo: number[] = []; // code units cut by cuts[0..k]
    for (const cut of cuts) cutUpTo.push((cutUpTo.at(-1) ?? 0) + cut.end - cut.start);
    let nextCut = 0; // cuts before this one are in `output` (or in `annotated`)
    const annotated: AnnotatedToken[] | undefined = withTokens ? [] : undefined;
    const flushCuts = (upTo: number): void => {
      for (; nextCut < cuts.length && cuts[nextCut]!.at <= upTo; nextCut++) {
        const { start, end } = cuts[nextCut]!;
        annotated?.push({ text: piece.slice(start, end), start: offset + start, end: offset + end, glossed: false });
      }
    };
    const inPiece = (at: number): number => {
      // Binary search: the cuts at or before `at`, whose lengths shift it.
      let low = 0;
      let high = cuts.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (cuts[mid]!.at <= at) low = mid + 1;
        else high = mid;
      }
      return at + (low === 0 ? 0 : cutUpTo[low - 1]!);
    };
    let copied = 0; // text[0, copied) is already in `output`
    let spanIndex = 0; // spans ending at or before a token's start are passed
    const spans = existing?.spans ?? [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      flushCuts(token.start);
      const start = offset + inPiece(token.start);
      const end = start + token.text.length;
      const fromDict = hasDict ? options.dict.get(token.text) : undefined;
      const reading = fromDict || readings[i];
      const runs = reading ? findHanRuns(token.text, reading.length) : undefined;
      if (!reading || !runs) {
        annotated?.push(withKind({ text: token.text, start, end, glossed: false }, token));
        continue;
      }
      const first = runs[0]!;
      const last = runs[runs.length - 1]!;
      const pinyin = options.tone === 'mark' ? reading : reading.map((syllable) => formatSyllable(syllable, options.tone));
      while (spanIndex < spans.length && spans[spanIndex]![1] <= token.start) spanIndex++;
      const carriesGloss = overlapsSpan(spans, spanIndex, token);
      const zhuyin = options.system === 'zhuyin' ? reading.map((syllable) => toZhuyin(syllable, options.tone !== 'none')) : undefined;
      const written = zhuyin ?? pinyin;
      // The token's Han characters in their reading form (traditional → simplified): what the HSK syllabus lists.
      const formWord = 'byForm' in select || withTokens ? form.text.slice(token.start + first.start, token.start + last.end) : '';
      let glossed = false;
      if ('byWord' in select) {
        glossed = !carriesGloss && (!options.once || !glossedOnce.has(token.text)) && select.byWord(token.text);
      } else if ('byForm' in select) {
        glossed = !carriesGloss && (!options.once || !glossedOnce.has(token.text)) && select.byForm(formWord);
      } else {
        // Occurrences are counted only for selections that read them (a word carrying a gloss occurs too).
        const occurrence = occurrences.get(token.text) ?? 0;
        occurrences.set(token.text, occurrence + 1);
        if (!carriesGloss && (!options.once || !glossedOnce.has(token.text))) {
          glossed = select.byCandidate({ text: token.text, start, end, pinyin, occurrence });
        }
      }
      // A word carrying a gloss keeps it as written, and counts as glossed for `once`.
      if ((glossed || carriesGloss) && options.once) glossedOnce.add(token.text);
      // With properNouns: 'capitalize', a name is spelled as the pinyin standard writes it, and its
      // syllables as data start each of its words with a capital (郭少华: Guō Shào huá).
      const properNoun = options.properNouns === 'capitalize' && token.kind !== undefined && options.system === 'pinyin';
      const surnameLength = properNoun && runs.length === 1 && token.kind === 'person' ? (findSurname(token.text)?.length ?? 0) : 0;
      if (annotated) {
        const hsk = hskLevel(formWord, options.hskVersion);
        const meanings = options.meanings ? meaningsOf(formWord, reading) : undefined;
        const sources = explain ? (fromDict ? reading.map((): ReadingSource => 'dictionary') : sourcesOf(text, token, explain)) : undefined;
        annotated.push({
          text: token.text,
          start,
          end,
          pinyin: properNoun ? capitalizeName(pinyin, runs, surnameLength) : pinyin,
          glossed,
          ...(token.kind === undefined ? {} : { kind: token.kind }),
          ...(hsk === undefined ? {} : { hsk }),
          ...(zhuyin === undefined ? {} : { zhuyin }),
          ...(meanings === undefined || meanings.length === 0 ? {} : { meanings }),
          ...(sources === undefined ? {} : { sources }),
        });
      }
      if (!glossed) continue;
      // A gloss goes right after the token's last Han character (卡拉(kǎlā)OK);
      // a name written with a dot gets one per part (卡洛斯(kǎluòsī)·阿马特(āmǎtè)).
      const spelling = properNoun ? { surnameLength } : undefined;
      let syllable = 0;
      for (const run of runs) {
        const hanStart = token.start + run.start;
        const hanEnd = token.start + run.end;
        // One run (a word) is the whole reading: no copy of it.
        const part = runs.length === 1 ? written : written.slice(syllable, syllable + run.count);
        syllable += run.count;
        if (options.output === 'ruby') {
          output.append(escapeHtml(piece.slice(inPiece(copied), inPiece(hanStart))));
          output.append(formatRuby(text.slice(hanStart, hanEnd), part, options.separator, options.apostrophes, spelling));
        } else {
          output.append(piece, inPiece(copied), inPiece(hanEnd));
          writeGloss(output, part, options.separator, options.brackets, options.apostrophes, spelling);
        }
        copied = hanEnd;
      }
    }
    flushCuts(Infinity);
    if (options.output === 'ruby') output.append(escapeHtml(piece.slice(inPiece(copied))));
    else output.append(piece, inPiece(copied));
    offset += piece.length;
    return { output: output.take(), tokens: annotated };
  };
  // Everything below segments with the chosen backend (see withSegmenter).
  return (piece) => withSegmenter(options.segmenter, () => annotatePiece(piece));
}

/** The source of each syllable of `token`: that of its Han character k, read off `explain` by offset. */
function sourcesOf(text: string, token: Token, explain: readonly (ReadingSource | undefined)[]): ReadingSource[] {
  const sources: ReadingSource[] = [];
  for (let at = token.start; at < token.end; ) {
    const cp = text.codePointAt(at)!;
    if (isHanCodePoint(cp)) {
      const source = explain[at];
      // readTokens gives every character it reads a source: a gap is a bug, not a default.
      if (source === undefined) throw new Error(`explain: no source for the character at ${at} of a token read as ${token.text}`);
      sources.push(source);
    }
    at += cp > 0xffff ? 2 : 1;
  }
  return sources;
}

/** The token's `kind` (a recognised name), when it has one; ordinary words carry none. */
function withKind(annotated: AnnotatedToken, token: Token): AnnotatedToken {
  return token.kind === undefined ? annotated : { ...annotated, kind: token.kind };
}

/** A name's syllables, each word's first capitalised: every run, and the given name after a surname. */
function capitalizeName(pinyin: readonly string[], runs: readonly HanRun[], surnameLength: number): string[] {
  const out = [...pinyin];
  const capitalize = (k: number) => {
    if (k < out.length) out[k] = out[k]!.charAt(0).toUpperCase() + out[k]!.slice(1);
  };
  let k = 0;
  for (const run of runs) {
    capitalize(k);
    k += run.count;
  }
  if (surnameLength > 0) capitalize(surnameLength);
  return out;
}

/** A run of Han characters in a token: offsets within it and how many characters. */
interface HanRun {
  readonly start: number;
  readonly end: number;
  readonly count: number;
}

/**
 * The runs of Han characters of a token, if they hold as many characters as
 * the reading has syllables (a gloss covers the characters right before it):
 * one run for a word, several for a name written with a dot (卡洛斯·阿马特).
 */
function findHanRuns(text: string, syllables: number): readonly HanRun[] | undefined {
  if (text.length === syllables && text.length < WHOLE_RUNS.length && isBmpHanOnly(text)) return WHOLE_RUNS[text.length];
  const runs: HanRun[] = [];
  let start = -1;
  let end = -1;
  let count = 0;
  let total = 0;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    if (isHanCodePoint(code)) {
      if (start !== -1 && end !== i) {
        runs.push({ start, end, count });
        start = -1;
      }
      if (start === -1) {
        start = i;
        count = 0;
      }
      end = i + width;
      count++;
      total++;
    }
    i += width;
  }
  if (start === -1 || total !== syllables) return undefined;
  runs.push({ start, end, count });
  return runs;
}

/**
 * The runs of a token of n BMP Han characters, by n (nearly every token is one):
 * shared, as runs are never changed, so reading a text makes none of them.
 */
const WHOLE_RUNS: readonly (readonly HanRun[])[] = Array.from({ length: 16 }, (_, count) => [{ start: 0, end: count, count }]);

function isBmpHanOnly(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0xd800 && code <= 0xdfff) || !isHanCodePoint(code)) return false;
  }
  return true;
}

/**
 * Whether `token` overlaps one of the spans from `first` on. Spans come in the
 * order of their ends and may overlap (`經(jīng)開(jīngkāi)`); a span holds at most
 * MAX_GLOSS_SYLLABLES characters, so none starting before `token.end` lies
 * further on than that.
 */
function overlapsSpan(spans: readonly (readonly [number, number])[], first: number, token: Token): boolean {
  for (let k = first; k < spans.length && spans[k]![1] < token.end + 2 * MAX_GLOSS_SYLLABLES; k++) {
    if (spans[k]![0] < token.end && spans[k]![1] > token.start) return true;
  }
  return false;
}
