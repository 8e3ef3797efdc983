import { findSurname } from '../segment/findSurname.js';
import { loadNameData } from '../segment/loadNameData.js';
import { ADDRESS_AFTER_SURNAME, AFTER_NAME, isTitleBefore } from '../segment/nameContext.js';
import type { Token } from '../types.js';

/** 长, which reads zhǎng after an organisation (see ORGANISATION_ENDINGS). */
const ZHANG = 0x957f;

/** 1 for each single surname's UTF-16 unit: every one-character token is tested, most are no surname. */
let singleSurnames: Uint8Array | undefined;

function isSingleSurname(unit: number): boolean {
  if (!singleSurnames) {
    singleSurnames = new Uint8Array(0x10000);
    for (const surname of loadNameData().surnames.keys()) if (surname.length === 1) singleSurnames[surname.charCodeAt(0)] = 1;
  }
  return singleSurnames[unit] === 1;
}

/** Organisations a title was cut off (财政部|长): the lone 长 after them is zhǎng. */
const ORGANISATION_ENDINGS = new Set('部会社局厅所院校厂处站台馆组委行司');

/**
 * The names step of the reading engine, in place: a person the segmenter
 * recognised (`kind: 'person'`) reads its surname as a surname (曾 zēng, 单
 * shàn, 解 xiè, 仇 qiú, 朴 piáo, 区 ōu, 查 zhā, 盖 gě, 尉迟 yù chí); so
 * does a surname alone before a form of address (单|先生 Shàn, 曾|女士
 * zēng); and a title cut off its organisation reads as a title (财政部|长
 * zhǎng). Surname readings come from pinyin-pro's surname table
 * (data/names). `text` is the reading form (simplified); tokens with Han
 * characters only are touched, so syllable k is character k.
 *
 * Returns, per token it read, how many of its first syllables it read (the
 * surname's, or 1 for a title): the polyphone model leaves a surname read
 * otherwise than its character's usual reading (单田芳 shàn, 查良镛 zhā:
 * readPolyphones). A name that news context vouches
 * for (a title before it: 记者曾坤; 说, 先生, 、 after it) and a surname
 * before a form of address are also added to `ruled`.
 */
export function readNames(text: string, tokens: readonly Token[], readings: (string[] | undefined)[], ruled: Set<number>): Map<number, number> {
  const named = new Map<number, number>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const reading = readings[i];
    if (reading === undefined) continue;
    if (token.kind === 'person') {
      const length = readSurname(text.slice(token.start, token.end), reading);
      if (length === 0) continue;
      named.set(i, length);
      if (hasNameContext(text, tokens, i)) ruled.add(i);
    } else if (token.end - token.start === 1 && isSingleSurname(text.charCodeAt(token.start)) && isAddressAfter(text, tokens, i)) {
      reading[0] = loadNameData().surnames.get(text[token.start]!)!.reading[0]!;
      named.set(i, 1);
      ruled.add(i);
    } else if (token.end - token.start === 1 && text.charCodeAt(token.start) === ZHANG && i > 0) {
      const before = tokens[i - 1]!;
      if (before.end === token.start && before.end - before.start >= 3 && ORGANISATION_ENDINGS.has(text[before.end - 1]!)) {
        reading[0] = 'zhǎng';
        named.set(i, 1);
      }
    }
  }
  return named;
}

/** The word of token `i` in `text`, or '' outside the tokens. */
function wordAt(text: string, tokens: readonly Token[], i: number): string {
  const token = tokens[i];
  return token === undefined ? '' : text.slice(token.start, token.end);
}

/** Whether a title comes right before token `i` or a verb of saying, an address or a list mark right after it. */
function hasNameContext(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (before !== undefined && before.end === token.start && isTitleBefore(wordAt(text, tokens, i - 1))) return true;
  return after !== undefined && after.start === token.end && AFTER_NAME.has(wordAt(text, tokens, i + 1));
}

/** Whether token `i` is followed right away by a form of address (单|先生). */
function isAddressAfter(text: string, tokens: readonly Token[], i: number): boolean {
  const after = tokens[i + 1];
  return after !== undefined && after.start === tokens[i]!.end && ADDRESS_AFTER_SURNAME.has(wordAt(text, tokens, i + 1));
}

/** Reads the surname `name` starts with into `reading`; returns its length (0: none). */
function readSurname(name: string, reading: string[]): number {
  const surname = findSurname(name);
  if (surname === undefined || reading.length !== name.length) return 0;
  surname.reading.forEach((syllable, k) => {
    reading[k] = syllable;
  });
  return surname.length;
}
