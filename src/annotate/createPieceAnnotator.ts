import { escapeHtml, formatGloss, formatRuby } from '../gloss/formatGloss.js';
import { isHanCodePoint } from '../internal/isHan.js';
import { hskLevel } from '../learn/hskLevel.js';
import { meaningsOf } from '../learn/meaningsOf.js';
import { formatSyllable } from '../pinyin/formatSyllable.js';
import { toZhuyin } from '../pinyin/toZhuyin.js';
import { readingFormWithReadings } from '../pinyin/readingForm.js';
import { readTokens } from '../pinyin/readTokens.js';
import { addWords } from '../segment/addWords.js';
import { withSegmenter } from '../segment/loadJieba.js';
import { segmentPiece } from '../segment/segmentPiece.js';
import type { AnnotatedToken } from '../types.js';
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
      if (!reading || !findHanSpan(token.text, reading.length)) {
        annotated?.push({ text: token.text, start: offset + token.start, end: offset + token.end, glossed: false });
        continue;
      }
      const pinyin = options.tone === 'mark' ? reading : reading.map((syllable) => formatSyllable(syllable, options.tone));
      const zhuyin = options.system === 'zhuyin' ? reading.map((syllable) => toZhuyin(syllable, options.tone !== 'none')) : undefined;
      const written = zhuyin ?? pinyin;
      // The token's Han characters in their reading form (traditional → simplified): what the HSK syllabus lists.
      const formWord = 'byForm' in select || withTokens ? form.text.slice(token.start + span.start, token.start + span.end) : '';
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
      if (annotated) {
        const hsk = hskLevel(formWord, options.hskVersion);
        const meanings = options.meanings ? meaningsOf(formWord, reading) : undefined;
        annotated.push({
          text: token.text,
          start: offset + token.start,
          end: offset + token.end,
          pinyin,
          glossed,
          ...(hsk === undefined ? {} : { hsk }),
          ...(zhuyin === undefined ? {} : { zhuyin }),
          ...(meanings === undefined || meanings.length === 0 ? {} : { meanings }),
        });
      }
      if (!glossed) continue;
      // The gloss goes right after the token's last Han character (卡拉(kǎlā)OK).
      const hanStart = token.start + span.start;
      const hanEnd = token.start + span.end;
      if (options.output === 'ruby') {
        output += escapeHtml(piece.slice(copied, hanStart)) + formatRuby(piece.slice(hanStart, hanEnd), written, options.separator, options.apostrophes);
      } else {
        output += piece.slice(copied, hanEnd) + formatGloss(written, options.separator, options.brackets, options.apostrophes);
      }
      copied = hanEnd;
    }
    const rest = piece.slice(copied);
    output += options.output === 'ruby' ? escapeHtml(rest) : rest;
    offset += piece.length;
    return { output, tokens: annotated };
  };
  // Everything below segments with the chosen backend (see withSegmenter).
  return (piece) => withSegmenter(options.segmenter, () => annotatePiece(piece));
}

// Where `findHanSpan` found the Han characters (reused: no allocation per token).
const span = { start: 0, end: 0 };

/**
 * Whether the Han characters of a token are contiguous and as many as the
 * reading has syllables (a gloss covers the characters right before it); if
 * so, `span` holds where they lie within the token.
 */
function findHanSpan(text: string, syllables: number): boolean {
  let start = -1;
  let end = -1;
  let count = 0;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    if (isHanCodePoint(code)) {
      if (start === -1) start = i;
      else if (end !== i) return false;
      end = i + width;
      count++;
    }
    i += width;
  }
  if (start === -1 || count !== syllables) return false;
  span.start = start;
  span.end = end;
  return true;
}
