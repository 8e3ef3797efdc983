import { escapeHtml, formatGloss, formatRuby } from '../gloss/formatGloss.js';
import { isHanCodePoint } from '../internal/isHan.js';
import { formatSyllable } from '../pinyin/formatSyllable.js';
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
  const readingOptions = { toneSandhi: options.toneSandhi, neutralTone: options.neutralTone, dict: options.rawDict };
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
      let glossed = false;
      if ('byWord' in select) {
        glossed = (!options.once || !glossedOnce.has(token.text)) && select.byWord(token.text);
      } else {
        // Occurrences are counted only for selections that read them.
        const occurrence = occurrences.get(token.text) ?? 0;
        occurrences.set(token.text, occurrence + 1);
        if (!options.once || !glossedOnce.has(token.text)) {
          glossed = select.byCandidate({ text: token.text, start: offset + token.start, end: offset + token.end, pinyin, occurrence });
        }
      }
      if (glossed && options.once) glossedOnce.add(token.text);
      annotated?.push({ text: token.text, start: offset + token.start, end: offset + token.end, pinyin, glossed });
      if (!glossed) continue;
      // The gloss goes right after the token's last Han character (卡拉(kǎlā)OK).
      const hanStart = token.start + span.start;
      const hanEnd = token.start + span.end;
      if (options.output === 'ruby') {
        output += escapeHtml(piece.slice(copied, hanStart)) + formatRuby(piece.slice(hanStart, hanEnd), pinyin, options.separator);
      } else {
        output += piece.slice(copied, hanEnd) + formatGloss(pinyin, options.separator, options.brackets);
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
