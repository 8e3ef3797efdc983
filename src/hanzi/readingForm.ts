import { REGIONAL_DATA } from '../data/readingData.generated.js';
import { simplifiedTable } from './simplifiedTable.js';
import { toSimplified } from './toSimplified.js';

/** The longest word in REGIONAL_DATA, in characters (all BMP). */
const LONGEST = 5;

/** A character Taiwan's standard writes for a second one, and the words that keep its own reading. */
interface SharedForm {
  readonly second: string;
  /** Its only reading as the second character, if it has one (乾 for 干: gān). */
  readonly secondReading: string | undefined;
  readonly ownWords: ReadonlySet<string>;
}

/** `readingForm`'s text, and the syllables its substitutions must take (offset → syllable). */
export interface ReadingForm {
  readonly text: string;
  readonly fixed: ReadonlyMap<number, string> | undefined;
}

interface SharedForms {
  readonly forms: ReadonlyMap<string, SharedForm>;
  /** Any of the characters; `everyOne` finds them all. */
  readonly pattern: RegExp;
  readonly everyOne: RegExp;
}

let sharedForms: SharedForms | undefined;
/** Code units of characters only the simplified standard writes (们, 这, 说): targets, never sources, of the table. */
let simplifiedOnly: Uint8Array | undefined;

/**
 * The text as the segmenter and the reading engine see it: traditional
 * characters replaced by their simplified ones (`toSimplified`), so every
 * UTF-16 offset still points at the same character.
 *
 * A few characters of the simplified set are also Taiwan's form of another
 * character: 著 for 着 (隨著 suízhe, 穿著 chuānzhuó, 著手 zhuóshǒu), 乾 for
 * 干 (乾淨 gānjìng, 餅乾), 瞭 for 了 (瞭解 liǎojiě), 徵 for 征 (特徵),
 * where the simplified standard keeps them for one reading (著名 zhù, 乾隆
 * qián, 瞭望 liào, 宫商角徵羽 zhǐ). So in text that is not simplified (it
 * holds traditional characters, or no character only the simplified
 * standard writes, as 他看著我), such a character outside the words that
 * keep its own reading (generated from the dictionaries) is read as the
 * second character.
 */
export function readingForm(text: string): string {
  return readingFormWithReadings(text).text;
}

/**
 * `readingForm`, and the syllable each substituted character must take where
 * its second character has one reading only as Taiwan writes it (乾 for 干
 * is gān "dry", never gàn; 瞭 for 了 is liǎo, never le): the engine would
 * otherwise read 干 or 了 by their own rules, and write a syllable the
 * written character does not have.
 */
export function readingFormWithReadings(text: string): ReadingForm {
  const table = simplifiedTable();
  const simple = toSimplified(text, table);
  sharedForms ??= parseSharedForms();
  // A native scan: most text holds none of these characters.
  if (simple.search(sharedForms.pattern) === -1 || (simple === text && holdsSimplifiedOnly(text, table))) {
    return { text: simple, fixed: undefined };
  }
  const parts: string[] = [];
  let fixed: Map<number, string> | undefined;
  let copied = 0;
  for (const match of simple.matchAll(sharedForms.everyOne)) {
    const at = match.index;
    const shared = sharedForms.forms.get(match[0])!;
    if (inOwnWord(simple, at, shared.ownWords)) continue;
    parts.push(simple.slice(copied, at), shared.second);
    copied = at + 1;
    if (shared.secondReading !== undefined) (fixed ??= new Map()).set(at, shared.secondReading);
  }
  parts.push(simple.slice(copied));
  return { text: parts.join(''), fixed };
}

function parseSharedForms(): SharedForms {
  const forms = new Map<string, SharedForm>();
  for (const entry of REGIONAL_DATA.split('|')) {
    const colon = entry.indexOf(':');
    const secondReading = entry.slice(2, colon) || undefined;
    forms.set(entry[0]!, { second: entry[1]!, secondReading, ownWords: new Set(entry.slice(colon + 1).split(',')) });
  }
  const chars = [...forms.keys()].join('');
  return { forms, pattern: new RegExp(`[${chars}]`), everyOne: new RegExp(`[${chars}]`, 'g') };
}

/** Whether one of `words` covers `text[at]`. */
function inOwnWord(text: string, at: number, words: ReadonlySet<string>): boolean {
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
