import { annotateTokens } from '../annotate/index.js';
import { assertString } from '../internal/assertString.js';
import { checkBoolean, checkOneOf, checkOptionKeys, invalidOption } from '../internal/options.js';
import type { AnnotateHtmlOptions, AnnotateOptions, ToneStyle } from '../types.js';
import { simplifiedTable } from '../hanzi/simplifiedTable.js';
import { nodeRequire } from '../internal/nodeRequire.js';
import { toSimplified } from '../hanzi/toSimplified.js';
import { renderDocument } from './renderDocument.js';
import { renderParagraphs } from './renderParagraphs.js';

const DEFAULT_ANNOTATE_HTML_OPTIONS = {
  title: undefined,
  toneColors: true,
  showPinyin: true,
  tone: 'mark',
  separator: '',
} as const satisfies AnnotateHtmlOptions;

const FN = 'annotateHtml';
const PAGE_KEYS = ['title', 'toneColors', 'showPinyin', 'level', 'meanings'] as const;
// annotate's options that choose and read the words; annotateTokens checks their values.
const ANNOTATE_KEYS = ['select', 'once', 'tone', 'apostrophes', 'hskVersion', 'system', 'words', 'dict', 'toneSandhi', 'neutralTone', 'polyphones', 'segmenter', 'properNouns'] as const;
const TONES: readonly ToneStyle[] = ['mark', 'number', 'none'];
const UNTITLED = 'pinyin-gloss reader';
const TITLE_LENGTH = 60;

/**
 * Whether the text is written in traditional characters: at least 1 in 100
 * of its Han characters is one the simplified standard replaces (經, 們).
 */
function isTraditional(text: string): boolean {
  const simple = toSimplified(text, simplifiedTable());
  if (simple === text) return false;
  let han = 0;
  let traditional = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x3400 && code <= 0x9fff) han++;
    if (code !== simple.charCodeAt(i)) traditional++;
  }
  return traditional * 100 >= han;
}

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
 * `<ruby>` per glossed word, a `<p>` per line, switches for the pinyin, the
 * tone colours and zhuyin, a menu that marks the words above an HSK level,
 * and for each word a card (hover, focus, tap) with its reading, its
 * meanings (CC-CEDICT), its HSK level and the other readings of its
 * characters. The settings persist in the browser (localStorage). Which words are glossed and how they are read follow the
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
  const apostrophes = checkBoolean(FN, 'apostrophes', options.apostrophes) ?? true;
  const separator = options.separator === undefined ? DEFAULT_ANNOTATE_HTML_OPTIONS.separator : options.separator;
  if (typeof separator !== 'string') throw invalidOption(FN, 'separator', 'a string', separator);

  const hskVersion = checkOneOf(FN, 'hskVersion', options.hskVersion, ['3.0', '2.0'] as const) ?? '3.0';
  const maxLevel = hskVersion === '3.0' ? 7 : 6;
  // The level marked when the page opens: the one `select: { hsk }` glosses above, unless given.
  const selectedLevel = typeof options.select === 'object' && options.select !== null && 'hsk' in options.select ? options.select.hsk : undefined;
  const level = options.level === undefined ? selectedLevel : options.level;
  if (level !== undefined && !(Number.isInteger(level) && level >= 1 && level <= maxLevel)) {
    throw invalidOption(FN, 'level', `an HSK ${hskVersion} level, an integer from 1 to ${maxLevel}`, level);
  }

  // The separator only joins syllables on the page (inline glosses limit it
  // to what strip() reads back), so annotateTokens does not see it. The page
  // carries zhuyin (a switch shows it) unless tones are numbers, which zhuyin
  // does not write; `system` says which one the page opens with.
  const { title: _title, toneColors: _colors, showPinyin: _show, separator: _separator, level: _level, system, meanings: _meanings, ...annotateOptions } = options;
  // The meanings table is a data file: Node reads it, a browser cannot (no file system there).
  const meanings = checkBoolean(FN, 'meanings', options.meanings) ?? nodeRequire() !== undefined;
  const hasZhuyin = tone !== 'number';
  if (system === 'zhuyin' && !hasZhuyin) annotateTokens('', { system, tone }); // the same error as annotate's
  const tokens = annotateTokens(text, { ...annotateOptions, ...(hasZhuyin ? { system: 'zhuyin' } : {}), meanings } satisfies AnnotateOptions);
  const paragraphs = renderParagraphs(text, tokens, { tone, separator, apostrophes });
  return renderDocument({
    title: title ?? defaultTitle(text),
    ...(title === undefined ? {} : { heading: title }),
    paragraphs,
    tone,
    toneColors,
    showPinyin,
    hasZhuyin,
    zhuyin: checkOneOf(FN, 'system', system, ['pinyin', 'zhuyin'] as const) === 'zhuyin',
    ...(level === undefined ? {} : { level }),
    maxLevel,
    lang: isTraditional(text) ? 'zh-Hant' : 'zh-Hans',
  });
}
