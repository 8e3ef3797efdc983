import { ZHU_WORD_DATA } from './readingData.generated.js';
import { simplifiedTable } from './simplifiedTable.js';
import { toSimplified } from './toSimplified.js';

const ZHU = '著';
const ZHE = '着';
/** The longest word in ZHU_WORD_DATA, in characters (all BMP). */
const LONGEST = 4;

let zhuWords: ReadonlySet<string> | undefined;
/** Code units of characters only the simplified standard writes (们, 这, 说): targets, never sources, of the table. */
let simplifiedOnly: Uint8Array | undefined;

/**
 * The text as the segmenter and the reading engine see it: traditional
 * characters replaced by their simplified ones (`toSimplified`), so every
 * UTF-16 offset still points at the same character.
 *
 * One more character differs by region: Taiwan's standard writes 著 both for
 * 著 zhù (著名) and for 着 (隨著 suízhe, 穿著 chuānzhuó, 著手 zhuóshǒu),
 * where the simplified standard keeps 著 for zhù only. So in text that is
 * not simplified (it holds no character only the simplified standard writes,
 * or it holds traditional ones: 他看著我), a 著 outside the words that read
 * it zhù (著名, 顯著, 土著, generated from the dictionaries) is read as 着.
 */
export function readingForm(text: string): string {
  const table = simplifiedTable();
  const simple = toSimplified(text, table);
  if (!simple.includes(ZHU) || (simple === text && holdsSimplifiedOnly(text, table))) return simple;
  zhuWords ??= new Set(ZHU_WORD_DATA.split(','));
  const parts: string[] = [];
  let copied = 0;
  for (let at = simple.indexOf(ZHU); at !== -1; at = simple.indexOf(ZHU, at + 1)) {
    if (inZhuWord(simple, at, zhuWords)) continue;
    parts.push(simple.slice(copied, at), ZHE);
    copied = at + 1;
  }
  parts.push(simple.slice(copied));
  return parts.join('');
}

/** Whether a word that reads 著 zhù covers `text[at]`. */
function inZhuWord(text: string, at: number, words: ReadonlySet<string>): boolean {
  for (let length = 2; length <= LONGEST; length++) {
    for (let start = Math.max(0, at - length + 1); start <= at && start + length <= text.length; start++) {
      if (words.has(text.slice(start, start + length))) return true;
    }
  }
  return false;
}

/** Whether `text` holds a character that only the simplified standard writes. */
function holdsSimplifiedOnly(text: string, table: Uint16Array): boolean {
  if (!simplifiedOnly) {
    simplifiedOnly = new Uint8Array(0x10000);
    for (let unit = 0; unit < 0x10000; unit++) if (table[unit] !== 0) simplifiedOnly[table[unit]!] = 1;
    for (let unit = 0; unit < 0x10000; unit++) if (table[unit] !== 0) simplifiedOnly[unit] = 0;
  }
  for (let i = 0; i < text.length; i++) if (simplifiedOnly[text.charCodeAt(i)] === 1) return true;
  return false;
}
