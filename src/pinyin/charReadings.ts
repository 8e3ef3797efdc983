import { bareSyllable } from '../gloss/tones.js';
import { listedReadings, loadCharTables } from './charTables.js';
import { simplifiedTable } from '../hanzi/simplifiedTable.js';
import { zhuyinLetters } from './toZhuyin.js';

/** One possible reading of a Han character, without its tone. */
export interface BareReading {
  /** Lowercase letters, tone removed, `ü` written `v`: `lv`, `zhong`, `r`. */
  readonly bare: string;
  /**
   * The reading is also said in the neutral tone (`了` le, `们` men), so a
   * gloss may write it without a tone mark and still be pinyin.
   */
  readonly neutral: boolean;
  /** The erhua `r` of `儿`/`兒` (`一点儿(yìdiǎnr)`). */
  readonly erhua?: boolean;
  /**
   * The same syllable in zhuyin letters, as the gloss scanner codes them
   * (`zhuyinCode`): one code unit 0x80 + (letter − U+3100) per bopomofo letter.
   */
  readonly zhuyin: string;
}

/**
 * Neutral-tone readings that pinyin-pro's character dictionary lacks (it
 * lists `们` men and `的` de, but not `們`, `子` zi or `个` ge): suffixes and
 * second syllables that the standard writes without a tone (and 一/不 in
 * `看一看`, `对不起`, as the reading engine may write them). A toneless gloss
 * such as `子(zi)` counts as pinyin only when every syllable is a neutral
 * reading, so this list widens what strip() removes: keep it to readings
 * that really occur in the neutral tone.
 */
export const EXTRA_NEUTRAL_READINGS: Readonly<Record<string, string>> = {
  們: 'men', 子: 'zi', 一: 'yi', 不: 'bu', 過: 'guo', 个: 'ge', 個: 'ge', 頭: 'tou', 裡: 'li', 裏: 'li',
  下: 'xia', 来: 'lai', 來: 'lai', 去: 'qu', 西: 'xi', 候: 'hou', 服: 'fu',
  思: 'si', 道: 'dao', 识: 'shi', 識: 'shi', 欢: 'huan', 歡: 'huan', 楚: 'chu',
  气: 'qi', 氣: 'qi', 亮: 'liang', 巴: 'ba', 友: 'you', 妈: 'ma', 媽: 'ma',
  爸: 'ba', 哥: 'ge', 姐: 'jie', 弟: 'di', 妹: 'mei', 爷: 'ye', 爺: 'ye',
  奶: 'nai', 叔: 'shu', 夫: 'fu', 实: 'shi', 實: 'shi',
  // the modal particle 哦 at the end of a clause (好哦 hǎo o), as the engine writes it
  哦: 'o',
};

/**
 * Readings that pinyin-pro's `pinyin()` gives a character alone but its
 * `polyphonic()` does not list (`々` tóng), so neither the generated
 * `READING_LISTS` nor `ENGINE_EXTRA_DATA` has them. Found by comparing those
 * sources over all Han characters; a test keeps it complete.
 */
export const EXTRA_READINGS: Readonly<Record<string, string>> = {
  々: 'tóng', 咶: 'guō', 蠙: 'bīn', 潠: 'sùn', 酖: 'zhèn', 蹻: 'jué', 躂: 'da',
};

const ERHUA: BareReading = { bare: 'r', neutral: true, erhua: true, zhuyin: zhuyinCode('r') };

// Code point → readings; null caches "no reading" (Japanese-only kanji, rare
// extension characters) so the lookup is done once per character. An array
// for the BMP (the stripper looks up every character before every bracket),
// a Map for astral characters.
const bmpCache: (readonly BareReading[] | null | undefined)[] = new Array(0x10000);
const astralCache = new Map<number, readonly BareReading[] | null>();

/**
 * Every possible reading of a Han character, simplified or traditional
 * (`經` jing, `區` qu/ou, `覺` jue/jiao), tone removed. Built lazily, one
 * character at a time, from pinyin-pro's readings and the reading engine's
 * (the generated tables, see `charTables`), plus `EXTRA_READINGS`,
 * `EXTRA_NEUTRAL_READINGS` and erhua `r` for `儿`/`兒`.
 * `undefined` when the character has no known reading.
 */
export function charReadings(codePoint: number): readonly BareReading[] | undefined {
  const cached = codePoint < 0x10000 ? bmpCache[codePoint] : astralCache.get(codePoint);
  if (cached !== undefined) return cached ?? undefined;
  const built = buildReadings(String.fromCodePoint(codePoint));
  if (codePoint < 0x10000) bmpCache[codePoint] = built;
  else astralCache.set(codePoint, built);
  return built ?? undefined;
}

function buildReadings(char: string): readonly BareReading[] | null {
  const codePoint = char.codePointAt(0)!;
  // The reading engine reads a traditional character as its simplified one
  // (輾 → 辗 niǎn), so both characters' readings count.
  const simplified = codePoint < 0x10000 ? simplifiedTable()[codePoint] || undefined : undefined;
  const found: string[] = [];
  const { engineExtras } = loadCharTables();
  for (const form of simplified === undefined ? [codePoint] : [codePoint, simplified]) {
    // pinyin-pro's readings (from the generated tables, so that strip never
    // loads pinyin-pro), and what the reading engine writes beyond them.
    found.push(...listedReadings(form), ...(engineExtras.get(form) ?? []), ...(EXTRA_READINGS[String.fromCodePoint(form)]?.split(' ') ?? []));
  }
  const byBare = new Map<string, boolean>();
  for (const reading of found) {
    const bare = bareSyllable(reading);
    if (!/^[a-z]+$/.test(bare)) continue;
    // A reading written without a tone mark is a neutral tone (pinyin-pro's
    // or a dictionary word's: 东西 dōngxi).
    const neutral = bare === reading;
    byBare.set(bare, (byBare.get(bare) ?? false) || neutral);
  }
  const extra = EXTRA_NEUTRAL_READINGS[char];
  if (extra !== undefined) byBare.set(extra, true);
  // Every reading has the same properties in the same order (erhua too):
  // one object shape keeps the stripper's reading loop monomorphic.
  const readings: BareReading[] = [...byBare].map(([bare, neutral]) => ({ bare, neutral, erhua: false, zhuyin: zhuyinCode(bare) }));
  if (char === '儿' || char === '兒') readings.push(ERHUA);
  return readings.length > 0 ? readings : null;
}

/**
 * A bare syllable's zhuyin letters as the gloss scanner codes them: each
 * bopomofo letter U+3100 + k as the code unit 0x80 + k, beside pinyin's
 * `a`–`z` in one byte (`zhong` → codes of ㄓㄨㄥ); empty when the letters
 * are no syllable.
 */
function zhuyinCode(bare: string): string {
  const letters = zhuyinLetters(bare) ?? '';
  let code = '';
  for (let i = 0; i < letters.length; i++) code += String.fromCharCode(0x80 + letters.charCodeAt(i) - 0x3100);
  return code;
}
