import { loadReadingData } from './loadReadingData.js';

let index: Map<number, Set<string>> | undefined;

/**
 * Every syllable the reading engine can write for a character (tone-marked,
 * toneless where it writes the neutral tone): its default reading, its usual
 * reading in words, and its syllable in each listed word (东西 → 西 `xi`,
 * 大夫 → 夫 `fu`). The stripper's character table takes these in, so that
 * whatever `annotate()` writes, `strip()` reads back (guarantee 1) — the
 * engine's rules (readInContext, readYiBu, readTransliteration) only choose
 * among readings pinyin-pro lists, which the table has anyway.
 *
 * Keyed by the simplified character, as the engine reads traditional text
 * through its simplified form. Built on first use from the generated tables
 * (a few tens of milliseconds), never at import.
 */
export function engineReadings(codePoint: number): ReadonlySet<string> | undefined {
  index ??= buildIndex();
  return index.get(codePoint);
}

function buildIndex(): Map<number, Set<string>> {
  const data = loadReadingData();
  const built = new Map<number, Set<string>>();
  const add = (codePoint: number, syllable: string | undefined) => {
    if (syllable === undefined || syllable === '') return;
    let set = built.get(codePoint);
    if (set === undefined) built.set(codePoint, (set = new Set()));
    set.add(syllable);
  };
  data.defaults.forEach((reading, codePoint) => add(codePoint, reading));
  for (const [codePoint, reading] of data.astralDefaults) add(codePoint, reading);
  for (const [codePoint, reading] of data.chars) add(codePoint, reading.inWord);
  for (const [word, reading] of data.words) {
    const syllables = reading.split(' ');
    let i = 0;
    for (const char of word) add(char.codePointAt(0)!, syllables[i++]);
  }
  return built;
}
