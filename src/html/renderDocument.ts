import { escapeHtml } from '../gloss/formatGloss.js';
import { formatSyllable } from '../gloss/tones.js';
import type { ToneStyle } from '../types.js';
import { PAGE_CSS, PAGE_SCRIPT } from './pageAssets.js';
import { renderSyllables } from './renderWord.js';

export interface DocumentParts {
  /** The `<title>`. */
  readonly title: string;
  /** An `<h1>` above the text, when given. */
  readonly heading?: string;
  /** The rendered `<p>` elements. */
  readonly paragraphs: readonly string[];
  readonly tone: ToneStyle;
  readonly toneColors: boolean;
  readonly showPinyin: boolean;
  /** Whether the words carry zhuyin: then a switch shows it instead of pinyin. */
  readonly hasZhuyin?: boolean;
  /** Show zhuyin when the page opens. */
  readonly zhuyin?: boolean;
  /** The HSK level whose words above it stand out when the page opens; undefined: none. */
  readonly level?: number;
  /** The highest level the level menu offers (7 for HSK 3.0, 6 for 2.0). @default 7 */
  readonly maxLevel?: number;
  /** `zh-Hant` for traditional text. @default 'zh-Hans' */
  readonly lang?: 'zh-Hans' | 'zh-Hant';
}

// Forbids every request: the page is standalone by construction, not by care.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'";

function toggle(id: string, label: string, pressed: boolean): string {
  return `<button type="button" id="${id}" aria-pressed="${pressed}">${label}</button>`;
}

/** The switches, the level menu, and a key to the tone colours (shown only while they are on). */
export function renderToolbar(parts: Pick<DocumentParts, 'tone' | 'toneColors' | 'showPinyin' | 'hasZhuyin' | 'zhuyin' | 'level' | 'maxLevel'>): string {
  const { tone } = parts;
  let bar = toggle('pg-pinyin', 'Pinyin', parts.showPinyin);
  if (parts.hasZhuyin) bar += toggle('pg-zhuyin', 'Zhuyin', parts.zhuyin === true);
  // With tone: 'none' the page writes no tones, so there is nothing to colour.
  if (tone !== 'none') {
    const legend = renderSyllables(['ā', 'á', 'ǎ', 'à', 'a'].map((s) => formatSyllable(s, tone)), ' ', tone);
    bar += toggle('pg-colors', 'Tone colours', parts.toneColors);
    bar += `<span class="legend" aria-hidden="true">${legend}</span>`;
  }
  const options = ['<option value="">none</option>'];
  for (let level = 1; level <= (parts.maxLevel ?? 7); level++) {
    options.push(`<option value="${level}"${parts.level === level ? ' selected' : ''}>HSK ${level}</option>`);
  }
  bar += `<label class="level-menu">Mark words above <select id="pg-level">${options.join('')}</select></label>`;
  return `<div class="toolbar" role="group" aria-label="Display" lang="en">${bar}</div>`;
}

/** A complete standalone HTML document around already rendered paragraphs. */
export function renderDocument(parts: DocumentParts): string {
  const classes: string[] = [];
  if (!parts.showPinyin) classes.push('pinyin-hidden');
  if (parts.toneColors && parts.tone !== 'none') classes.push('tone-colors');
  if (parts.zhuyin && parts.hasZhuyin) classes.push('zhuyin');
  const classAttribute = classes.length > 0 ? ` class="${classes.join(' ')}"` : '';
  const heading = parts.heading === undefined ? '' : `<h1>${escapeHtml(parts.heading)}</h1>\n`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${parts.lang ?? 'zh-Hans'}"${classAttribute}${parts.level === undefined ? '' : ` data-level="${parts.level}"`}>`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="generator" content="pinyin-gloss">',
    `<title>${escapeHtml(parts.title)}</title>`,
    `<style>\n${PAGE_CSS}\n</style>`,
    // Without the script the switches would do nothing: they are not shown,
    // and pinyin hidden by `showPinyin: false` could never come back, so it shows.
    '<noscript><style>.toolbar{display:none}.pinyin-hidden rt{display:revert}</style></noscript>',
    '</head>',
    '<body>',
    renderToolbar(parts),
    `<main>\n${heading}${parts.paragraphs.map((p) => `${p}\n`).join('')}</main>`,
    `<script>\n${PAGE_SCRIPT}\n</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
