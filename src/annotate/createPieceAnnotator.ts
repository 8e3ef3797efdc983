import { escapeHtml, formatGloss, formatRuby } from '../gloss/formatGloss.js';
import { isHanCodePoint } from '../internal/isHan.js';
import { hskLevel } from '../learn/hskLevel.js';
import { meaningsOf } from '../learn/meaningsOf.js';
import { formatSyllable } from '../pinyin/formatSyllable.js';
import { toZhuyin } from '../pinyin/toZhuyin.js';
import { readingFormWithReadings } from '../pinyin/readingForm.js';
import { readTokens } from '../pinyin/readTokens.js';
import { addWords } from '../segment/addWords.js';
import { findSurname } from '../segment/findSurname.js';
import { withSegmenter } from '../segment/loadJieba.js';
import { segmentPiece } from '../segment/segmentPiece.js';
import type { AnnotatedToken, Token } from '../types.js';
import { attachErhua } from './attachErhua.js';
import { createWordIndex, forceWords } from './forceWords.js';
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
  let offset = 0;
  let wordsAdded = false;

  const annotatePiece = (piece: string): PieceResult => {
    if (!wordsAdded) {
      addWords(options.words);
      wordsAdded = true;
    }
    // The segmenter and the reading engine both see the piece in its reading form (traditional → simplified).
    const form = readingFormWithReadings(piece);
    const cut = segmentPiece(piece, 0, [], form.text);
    const segmented = dictWords ? forceWords(piece, cut, dictWords) : cut;
    const { tokens, readings } = attachErhua(segmented, readTokens(piece, segmented, readingOptions, { form }));
    const annotated: AnnotatedToken[] | undefined = withTokens ? [] : undefined;
    let output = '';
    let copied = 0; // piece[0, copied) is already in `output`
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const reading = (hasDict && options.dict.get(token.text)) || readings[i];
      const runs = reading ? findHanRuns(token.text, reading.length) : undefined;
      if (!reading || !runs) {
        annotated?.push(withKind({ text: token.text, start: offset + token.start, end: offset + token.end, glossed: false }, token));
        continue;
      }
      const first = runs[0]!;
      const last = runs[runs.length - 1]!;
      const pinyin = options.tone === 'mark' ? reading : reading.map((syllable) => formatSyllable(syllable, options.tone));
      const zhuyin = options.system === 'zhuyin' ? reading.map((syllable) => toZhuyin(syllable, options.tone !== 'none')) : undefined;
      const written = zhuyin ?? pinyin;
      // The token's Han characters in their reading form (traditional → simplified): what the HSK syllabus lists.
      const formWord = 'byForm' in select || withTokens ? form.text.slice(token.start + first.start, token.start + last.end) : '';
      let glossed = false;
      if ('byWord' in select) {
        glossed = (!options.once || !glossedOnce.has(token.text)) && select.byWord(token.text);
      } else if ('byForm' in select) {
        glossed = (!options.once || !glossedOnce.has(token.text)) && select.byForm(formWord);
      } else {
        // Occurrences are counted only for selections that read them.
        const occurrence = occurrences.get(token.text) ?? 0;
        occurrences.set(token.text, occurrence + 1);
        if (!options.once || !glossedOnce.has(token.text)) {
          glossed = select.byCandidate({ text: token.text, start: offset + token.start, end: offset + token.end, pinyin, occurrence });
        }
      }
      if (glossed && options.once) glossedOnce.add(token.text);
      // With properNouns: 'capitalize', a name is spelled as the pinyin standard writes it, and its
      // syllables as data start each of its words with a capital (郭少华: Guō Shào huá).
      const properNoun = options.properNouns === 'capitalize' && token.kind !== undefined && options.system === 'pinyin';
      const surnameLength = properNoun && runs.length === 1 && token.kind === 'person' ? (findSurname(token.text)?.length ?? 0) : 0;
      if (annotated) {
        const hsk = hskLevel(formWord, options.hskVersion);
        const meanings = options.meanings ? meaningsOf(formWord, reading) : undefined;
        annotated.push({
          text: token.text,
          start: offset + token.start,
          end: offset + token.end,
          pinyin: properNoun ? capitalizeName(pinyin, runs, surnameLength) : pinyin,
          glossed,
          ...(token.kind === undefined ? {} : { kind: token.kind }),
          ...(hsk === undefined ? {} : { hsk }),
          ...(zhuyin === undefined ? {} : { zhuyin }),
          ...(meanings === undefined || meanings.length === 0 ? {} : { meanings }),
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
        const part = written.slice(syllable, syllable + run.count);
        syllable += run.count;
        if (options.output === 'ruby') {
          output += escapeHtml(piece.slice(copied, hanStart)) + formatRuby(piece.slice(hanStart, hanEnd), part, options.separator, options.apostrophes, spelling);
        } else {
          output += piece.slice(copied, hanEnd) + formatGloss(part, options.separator, options.brackets, options.apostrophes, spelling);
        }
        copied = hanEnd;
      }
    }
    const rest = piece.slice(copied);
    output += options.output === 'ruby' ? escapeHtml(rest) : rest;
    offset += piece.length;
    return { output, tokens: annotated };
  };
  // Everything below segments with the chosen backend (see withSegmenter).
  return (piece) => withSegmenter(options.segmenter, () => annotatePiece(piece));
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
function findHanRuns(text: string, syllables: number): HanRun[] | undefined {
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
