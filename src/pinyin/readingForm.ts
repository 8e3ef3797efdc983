import { ZHU_WORD_DATA } from './readingData.generated.js';
import { simplifiedTable } from './simplifiedTable.js';
import { toSimplified } from './toSimplified.js';

const ZHU = '著';
const ZHE = '着';
/** The longest word in ZHU_WORD_DATA, in characters (all BMP). */
const LONGEST = 4;

let zhuWords: ReadonlySet<string> | undefined;

/**
 * The text as the segmenter and the reading engine see it: traditional
 * characters replaced by their simplified ones (`toSimplified`), so every
 * UTF-16 offset still points at the same character.
 *
 * One more character differs by region: Taiwan's standard writes 著 both for
 * 著 zhù (著名) and for 着 (隨著 suízhe, 穿著 chuānzhuó, 著手 zhuóshǒu),
 * where the simplified standard keeps 著 for zhù only. So in text that holds
 * traditional characters, a 著 outside the words that read it zhù (著名,
 * 顯著, 土著, generated from the dictionaries) is read as 着.
 */
export function readingForm(text: string): string {
  const simple = toSimplified(text, simplifiedTable());
  if (simple === text || !simple.includes(ZHU)) return simple;
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
