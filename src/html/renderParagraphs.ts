import { escapeHtml } from '../gloss/formatGloss.js';
import type { AnnotatedToken, ToneStyle } from '../types.js';
import { renderWord, type WordContext } from './renderWord.js';

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/;
// Only ASCII blanks: HTML collapses them anyway, while an ideographic space
// (U+3000) indenting a Chinese paragraph is text the author meant.
const LEADING_BLANKS = /^[ \t\f]+/;
const TRAILING_BLANKS = /[ \t\f]+$/;
// Punctuation that may not start a line (。after a word) or end one (“ before
// a word). A ruby is kept whole (white-space: nowrap) and Chromium then
// ignores these rules at its edges, so the page glues such punctuation to
// the word itself.
const CLOSING = /^[。，、；：？！）」』】〕〉》”’…‥．,.;:?!)\]}％%]+/u;
const OPENING = /[（「『【〔〈《“‘(\[{]+$/u;

export interface ParagraphOptions {
  readonly separator: string;
  readonly tone: ToneStyle;
  /** @default true */
  readonly apostrophes?: boolean;
}

type Piece = { readonly word: string } | { readonly text: string };

/** A paragraph's pieces → its HTML, with edge punctuation glued to its word. */
function renderPieces(pieces: readonly Piece[]): string {
  // Punctuation taken from the text on either side of each word.
  const before: string[] = pieces.map(() => '');
  const after: string[] = pieces.map(() => '');
  const texts = pieces.map((piece) => ('text' in piece ? piece.text : ''));
  pieces.forEach((piece, i) => {
    if (!('word' in piece)) return;
    const next = pieces[i + 1];
    if (next !== undefined && 'text' in next) {
      after[i] = CLOSING.exec(texts[i + 1]!)?.[0] ?? '';
      texts[i + 1] = texts[i + 1]!.slice(after[i]!.length);
    }
    const previous = pieces[i - 1];
    if (previous !== undefined && 'text' in previous) {
      before[i] = OPENING.exec(texts[i - 1]!)?.[0] ?? '';
      texts[i - 1] = texts[i - 1]!.slice(0, texts[i - 1]!.length - before[i]!.length);
    }
  });
  const rendered: { readonly html: string; readonly word: boolean }[] = [];
  pieces.forEach((piece, i) => {
    if (!('word' in piece)) {
      if (texts[i] !== '') rendered.push({ html: escapeHtml(texts[i]!), word: false });
    } else if (before[i] === '' && after[i] === '') {
      rendered.push({ html: piece.word, word: true });
    } else {
      const glued = `${escapeHtml(before[i]!)}${piece.word}${escapeHtml(after[i]!)}`;
      rendered.push({ html: `<span class="nb">${glued}</span>`, word: true });
    }
  });
  // At the edges of a nowrap element Chromium often finds no line break
  // opportunity, so lines end early (8 to 35 per width on the seed article,
  // eval/reader.eval.mjs): <wbr> marks each word's edges as one.
  return rendered
    .map((item, i) => (i > 0 && (item.word || rendered[i - 1]!.word) ? `<wbr>${item.html}` : item.html))
    .join('');
}

/**
 * Annotated tokens → one `<p>` per line of the text, blank lines dropped;
 * each glossed word becomes a `<ruby>`, everything else escaped text.
 * Tokens cover the text in order; any gap between them is kept as text.
 */
export function renderParagraphs(
  text: string,
  tokens: readonly AnnotatedToken[],
  options: ParagraphOptions,
): string[] {
  let ids = 0;
  const context: WordContext = { ...options, nextId: () => `pg-alt-${++ids}` };
  const paragraphs: string[] = [];
  let pieces: Piece[] = [];
  const close = (): void => {
    const first = pieces[0];
    if (first !== undefined && 'text' in first) pieces[0] = { text: first.text.replace(LEADING_BLANKS, '') };
    const last = pieces[pieces.length - 1];
    if (last !== undefined && 'text' in last) pieces[pieces.length - 1] = { text: last.text.replace(TRAILING_BLANKS, '') };
    pieces = pieces.filter((piece) => !('text' in piece) || piece.text !== '');
    if (pieces.length > 0) paragraphs.push(`<p>${renderPieces(pieces)}</p>`);
    pieces = [];
  };
  const addText = (plain: string): void => {
    plain.split(LINE_BREAK).forEach((line, i) => {
      if (i > 0) close();
      const last = pieces[pieces.length - 1];
      if (last !== undefined && 'text' in last) pieces[pieces.length - 1] = { text: last.text + line };
      else if (line !== '') pieces.push({ text: line });
    });
  };

  let offset = 0;
  for (const token of tokens) {
    if (token.start > offset) addText(text.slice(offset, token.start));
    // A glossed word never holds a line break; if one did, its ruby would
    // straddle two paragraphs, so it is shown as plain text instead.
    if (token.glossed && token.pinyin !== undefined && !LINE_BREAK.test(token.text)) {
      pieces.push({ word: renderWord(token.text, token.pinyin, context, token) });
    } else {
      addText(token.text);
    }
    offset = Math.max(offset, token.end);
  }
  if (offset < text.length) addText(text.slice(offset));
  close();
  return paragraphs;
}
