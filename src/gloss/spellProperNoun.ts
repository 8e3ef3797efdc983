import { joinSyllables } from './joinSyllables.js';

/**
 * A name as the pinyin standard writes it (GB/T 16159): each word
 * capitalised, syllables within a word joined, an apostrophe before a
 * syllable starting with a, o or e inside a word, an erhua `r` on the
 * syllable before it; a Chinese person's surname and given name are two
 * words (`surnameLength` syllables, then the rest): `['guō', 'shào', 'huá']`,
 * 1 → `Guō Shàohuá`; `['xī', 'ān']` → `Xī'ān` (`Xīān` with `apostrophes`
 * false, as the option asks of every gloss). Syllables are in any tone
 * style (tone marks are looked through: `ā` starts with a).
 */
export function spellProperNoun(syllables: readonly string[], surnameLength = 0, apostrophes = true): string {
  const words = surnameLength > 0 && surnameLength < syllables.length
    ? [syllables.slice(0, surnameLength), syllables.slice(surnameLength)]
    : [syllables];
  return words.map((word) => spellWord(word, apostrophes)).join(' ');
}

/** One word: its syllables joined as every gloss joins them (`joinSyllables`), capitalised. */
function spellWord(syllables: readonly string[], apostrophes: boolean): string {
  const word = joinSyllables(syllables, '', apostrophes);
  return word.charAt(0).toUpperCase() + word.slice(1);
}
