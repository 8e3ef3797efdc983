/**
 * Whether pinyin's spelling rules put an apostrophe before `syllable` when it
 * follows another one in a word: it starts with `a`, `o` or `e` (tone-marked
 * or capital too), so that the boundary cannot be misread (`fāng'àn`, not
 * fān'gàn; `Xī'ān`, not xiān). Erhua `r` and zhuyin never take one.
 */
export function needsApostrophe(syllable: string): boolean {
  const unit = syllable.charCodeAt(0);
  // Most syllables start with an ASCII letter or a tone-marked a, o, e: no normalising, which cost about 4% of annotating with the rules.
  if (unit < 0x80) return isAOrE(unit | 0x20);
  if (TONED_A_O_E.includes(syllable[0]!)) return true;
  // NFD: the first code unit is then the bare letter of any other precomposed letter.
  return isAOrE(syllable.normalize('NFD').charCodeAt(0) | 0x20);
}

/** The tone-marked a, o, e, small and capital, as NFC writes them. */
const TONED_A_O_E = 'āáǎàōóǒòēéěèĀÁǍÀŌÓǑÒĒÉĚÈ';

function isAOrE(lowercase: number): boolean {
  return lowercase === 0x61 || lowercase === 0x6f || lowercase === 0x65;
}

/** Erhua in zhuyin: ㄦ after its syllable, as pinyin's `r`. */
const ZHUYIN_ERHUA = 'ㄦ';

/**
 * Where written text goes, part by part: a string being joined
 * (`joinSyllables`, `formatGloss`), or a whole annotated text, which takes
 * the parts of each gloss without a string made for the gloss.
 */
export interface TextSink {
  append(text: string): void;
}

/** A sink that joins its parts into one string (`text`). */
export class JoinedText implements TextSink {
  text = '';

  append(part: string): void {
    this.text += part;
  }
}

/**
 * The one place that joins the syllables of a word, for glosses, ruby and
 * every caller that writes a word's pinyin (capitalised names too):
 * `['fāng', 'àn']` → `fāng'àn`. Syllables are already in their tone style.
 * With no separator, an apostrophe goes before a syllable starting with a,
 * o or e (`apostrophes: false` leaves it out: `fāngàn`); an erhua `r` joins
 * the syllable before it, never separated (`yìdiǎnr`, not `yì diǎn r`;
 * zhuyin's `ㄧˋ ㄉㄧㄢˇㄦ`).
 */
export function joinSyllables(syllables: readonly string[], separator = '', apostrophes = true): string {
  const joined = new JoinedText();
  writeSyllables(joined, syllables, separator, apostrophes);
  return joined.text;
}

/** `joinSyllables`, its parts appended to `sink`. */
export function writeSyllables(sink: TextSink, syllables: readonly string[], separator = '', apostrophes = true): void {
  for (let i = 0; i < syllables.length; i++) {
    const syllable = syllables[i]!;
    if (i > 0 && syllable !== 'r' && syllable !== ZHUYIN_ERHUA) {
      const between = separator === '' && apostrophes && needsApostrophe(syllable) ? "'" : separator;
      if (between !== '') sink.append(between);
    }
    sink.append(syllable);
  }
}
