import type { Token } from '../types.js';
import { isDictionaryWord } from './isDictionaryWord.js';
import { FUNCTION_CHARS } from '../hanzi/functionChars.js';
import { unitTable } from './unitTable.js';

/** Titles that jieba's dictionary glues onto the organisation they belong to (财政部长, 银行行长, 公司总裁). */
const TITLES = ['董事长', '总经理', '总裁', '书记', '主任', '主席', '经理', '行长', '长'];
const TITLE_LAST_UNITS = unitTable(TITLES.map((title) => title[title.length - 1]!));
/** Last characters of organisations (财政部, 澳门日报社, 党委); `长` comes off only after one of these. */
const ORGANISATION_ENDINGS = new Set('部会社局厅所院校厂处站台馆组委行司');

/** Where a title comes off a token (`findTitleCut`). */
export interface TitleCut {
  /** The offset of the cut, inside the token. */
  readonly at: number;
  /** Whether the part before the cut joins the token before (农林|部长 → 农林部|长). */
  readonly joinsBefore: boolean;
}

/**
 * Where a title comes off the organisation it is glued to, so that the
 * organisation's name stays whole (财政部长 → 财政部|长, 银行行长 → 银行|行长,
 * 公司总裁 → 公司|总裁, 党委书记 → 党委|书记): a token that ends in a title,
 * where what comes before it is a dictionary word of two or more characters
 * ending like an organisation; and 部长 (会长, 社长 …) after a word that
 * names the organisation's field (农林|部长 → 农林部|长, 友协|会长 → 友协会|长:
 * the first part joins `before`, the token right before). Offsets count
 * from `offset` in `simple`, the piece's reading form. Asked of each token
 * as the piece is cut (`PieceCuts`); `undefined` for nearly all.
 */
export function findTitleCut(simple: string, offset: number, before: Token | undefined, token: Token): TitleCut | undefined {
  // Fast path: only a token ending like a title is read.
  if (token.end - token.start < 2 || TITLE_LAST_UNITS[simple.charCodeAt(token.end - offset - 1)] !== 1) return undefined;
  const word = simple.slice(token.start - offset, token.end - offset);
  if (word.length === 2 && word[1] === '长' && ORGANISATION_ENDINGS.has(word[0]!) && before && before.end === token.start) {
    const stem = simple.slice(before.start - offset, before.end - offset);
    if (isOrganisationStem(stem) && !stem.endsWith(word[0]!)) return { at: token.start + 1, joinsBefore: true };
  }
  const title = word.length >= 3 ? findGluedTitle(word) : undefined;
  return title === undefined ? undefined : { at: token.end - title.length, joinsBefore: false };
}

/** Words before 部长/会长 that qualify the title, not name an organisation (新任|部长, 代理|会长). */
const TITLE_MODIFIERS = new Set(['新任', '前任', '现任', '代理', '首任', '常务', '执行', '名誉', '副总', '常任', '历任', '担任', '出任', '兼任', '曾任', '担当']);

/**
 * Whether `stem` + 部 (会, 社 …) names an organisation: a Han word of two or
 * more characters, no modifier, no grammar at its end, and in a word of two
 * none at all (其他|部长); a longer name may hold some (澳门日报|社长).
 */
function isOrganisationStem(stem: string): boolean {
  if (stem.length < 2 || TITLE_MODIFIERS.has(stem) || !/^\p{Script=Han}+$/u.test(stem)) return false;
  if (FUNCTION_CHARS.has(stem[stem.length - 1]!)) return false;
  if (stem.length === 2) for (const char of stem) if (FUNCTION_CHARS.has(char)) return false;
  return true;
}

function findGluedTitle(word: string): string | undefined {
  for (const title of TITLES) {
    if (!word.endsWith(title)) continue;
    const organisation = word.slice(0, word.length - title.length);
    if (organisation.length < 2 || !ORGANISATION_ENDINGS.has(organisation[organisation.length - 1]!)) continue;
    if (isDictionaryWord(organisation)) return title;
  }
  return undefined;
}
