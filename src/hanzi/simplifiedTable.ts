import { TRADITIONAL_DATA } from '../data/readingData.generated.js';

let table: Uint16Array | undefined;

/**
 * UTF-16 code unit → its simplified code unit, 0 when it has none
 * (`銀` → `银`), for about 3,000 traditional characters (@pinyin-pro/data
 * and OpenCC, Taiwan and Hong Kong forms included).
 * Built on first use (well under a millisecond), never at import.
 */
export function simplifiedTable(): Uint16Array {
  if (table) return table;
  table = new Uint16Array(0x10000);
  for (let i = 0; i + 1 < TRADITIONAL_DATA.length; i += 2) {
    table[TRADITIONAL_DATA.charCodeAt(i)] = TRADITIONAL_DATA.charCodeAt(i + 1);
  }
  return table;
}
