import { DEFAULT_DATA, ENGINE_EXTRA_DATA, READING_LISTS } from '../data/readingData.generated.js';

/**
 * The character tables that the stripper, `select: 'polyphonic'` and the
 * learner page need, apart from the reading engine's word list: parsing
 * them is cheap (a few milliseconds), so `strip()` never parses the words
 * and never loads pinyin-pro (see data/readings/README.md).
 */
export interface CharTables {
  /** Each BMP character's default reading (`长` cháng), by code point. */
  readonly defaults: readonly (string | undefined)[];
  /** The same for the astral characters with a known reading. */
  readonly astralDefaults: ReadonlyMap<number, string>;
  /** pinyin-pro's readings of each character that has more than its default (`行` xíng háng hàng héng). */
  readonly lists: ReadonlyMap<number, readonly string[]>;
  /** Syllables the reading engine writes that pinyin-pro does not list (`西` xi from 东西). */
  readonly engineExtras: ReadonlyMap<number, readonly string[]>;
}

let cached: CharTables | undefined;

/** Parses the tables on first use, never at import. */
export function loadCharTables(): CharTables {
  if (cached) return cached;
  const defaults: (string | undefined)[] = new Array<string | undefined>(0x10000).fill(undefined);
  const astralDefaults = new Map<number, string>();
  for (const [reading, chars] of groups(DEFAULT_DATA)) {
    for (const codePoint of codePoints(chars)) {
      if (codePoint > 0xffff) astralDefaults.set(codePoint, reading);
      else defaults[codePoint] = reading;
    }
  }
  const lists = new Map<number, readonly string[]>();
  for (const [list, chars] of groups(READING_LISTS)) {
    const readings = list.split(' ');
    for (const codePoint of codePoints(chars)) lists.set(codePoint, readings);
  }
  const engineExtras = new Map<number, string[]>();
  for (const [syllable, chars] of groups(ENGINE_EXTRA_DATA)) {
    for (const codePoint of codePoints(chars)) {
      const known = engineExtras.get(codePoint);
      if (known) known.push(syllable);
      else engineExtras.set(codePoint, [syllable]);
    }
  }
  cached = { defaults, astralDefaults, lists, engineExtras };
  return cached;
}

/**
 * Every reading pinyin-pro lists for a character, its default first where it
 * has one reading (`中` → zhōng zhòng, `经` → jīng); empty for a character
 * without a known reading.
 */
export function listedReadings(codePoint: number): readonly string[] {
  const tables = loadCharTables();
  const list = tables.lists.get(codePoint);
  if (list) return list;
  const reading = codePoint > 0xffff ? tables.astralDefaults.get(codePoint) : tables.defaults[codePoint];
  return reading === undefined ? NONE : [reading];
}

const NONE: readonly string[] = [];

/** `key:characters,key:characters` → [key, characters] pairs. */
function* groups(data: string): Generator<[string, string]> {
  for (const group of data.split(',')) {
    const colon = group.lastIndexOf(':');
    yield [group.slice(0, colon), group.slice(colon + 1)];
  }
}

function* codePoints(chars: string): Generator<number> {
  for (let i = 0; i < chars.length; ) {
    const codePoint = chars.codePointAt(i)!;
    yield codePoint;
    i += codePoint > 0xffff ? 2 : 1;
  }
}
