import { annotateTokens } from '../annotate/index.js';
import { assertString } from '../internal/assertString.js';
import { checkBoolean, checkOneOf, checkOptionKeys, invalidOption } from '../internal/options.js';
import type { AnnotateHtmlOptions, AnnotateOptions, ToneStyle } from '../types.js';
import { renderDocument } from './renderDocument.js';
import { renderParagraphs } from './renderParagraphs.js';

export const DEFAULT_ANNOTATE_HTML_OPTIONS = {
  title: undefined,
  toneColors: true,
  showPinyin: true,
  tone: 'mark',
  separator: '',
} as const satisfies AnnotateHtmlOptions;

const FN = 'annotateHtml';
const PAGE_KEYS = ['title', 'toneColors', 'showPinyin'] as const;
// annotate's options that choose and read the words; annotateTokens checks their values.
const ANNOTATE_KEYS = ['select', 'once', 'tone', 'words', 'dict', 'toneSandhi', 'neutralTone', 'segmenter', 'properNouns'] as const;
const TONES: readonly ToneStyle[] = ['mark', 'number', 'none'];
const UNTITLED = 'pinyin-gloss reader';
const TITLE_LENGTH = 60;

/** The first non-blank line, shortened: what a tab shows when no title is given. */
function defaultTitle(text: string): string {
  // From the first character that is not white space to the end of its line.
  const line = /\S[^\n\r\u2028\u2029]*/.exec(text)?.[0].trimEnd();
  if (line === undefined) return UNTITLED;
  const chars = [...line];
  return chars.length > TITLE_LENGTH ? `${chars.slice(0, TITLE_LENGTH - 1).join('')}…` : line;
}

/**
 * Annotates `text` into a complete, standalone HTML page for a learner: one
 * `<ruby>` per glossed word, a `<p>` per line, switches to show or hide the
 * pinyin and the tone colours, and the other readings of polyphonic words on
 * hover and focus. Which words are glossed and how they are read follow the
 * same options as `annotate`.
 *
 * @example
 * annotateHtml('银行行长', { title: '新闻' })
 * //=> '<!DOCTYPE html>\n<html lang="zh-Hans" class="tone-colors">…<ruby>银行<rt>…'
 */
export function annotateHtml(text: string, options: AnnotateHtmlOptions = {}): string {
  assertString(text);
  checkOptionKeys(FN, options, [...ANNOTATE_KEYS, 'separator', ...PAGE_KEYS]);
  if (options.title !== undefined && typeof options.title !== 'string') {
    throw invalidOption(FN, 'title', 'a string', options.title);
  }
  // A blank title is no title: an empty <h1> would only confuse a screen reader.
  const title = options.title?.trim() || undefined;
  const toneColors = checkBoolean(FN, 'toneColors', options.toneColors) ?? DEFAULT_ANNOTATE_HTML_OPTIONS.toneColors;
  const showPinyin = checkBoolean(FN, 'showPinyin', options.showPinyin) ?? DEFAULT_ANNOTATE_HTML_OPTIONS.showPinyin;
  const tone = checkOneOf(FN, 'tone', options.tone, TONES) ?? DEFAULT_ANNOTATE_HTML_OPTIONS.tone;
  const separator = options.separator === undefined ? DEFAULT_ANNOTATE_HTML_OPTIONS.separator : options.separator;
  if (typeof separator !== 'string') throw invalidOption(FN, 'separator', 'a string', separator);

  // The separator only joins syllables on the page (inline glosses limit it
  // to what strip() reads back), so annotateTokens does not see it.
  const { title: _title, toneColors: _colors, showPinyin: _show, separator: _separator, ...annotateOptions } = options;
  const tokens = annotateTokens(text, annotateOptions satisfies AnnotateOptions);
  const paragraphs = renderParagraphs(text, tokens, { tone, separator });
  return renderDocument({
    title: title ?? defaultTitle(text),
    ...(title === undefined ? {} : { heading: title }),
    paragraphs,
    tone,
    toneColors,
    showPinyin,
  });
}
