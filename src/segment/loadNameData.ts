import { FOREIGN_DATA, GIVEN_DATA, SURNAME_DATA } from './nameData.generated.js';

export interface Surname {
  /** The surname reading, tone-marked, syllables joined (曾 zēng, 尉迟 yùchí). */
  readonly reading: string;
  /** How much more often names start with it than text holds it (log odds). */
  readonly score: number;
}

export interface NameData {
  /** Single and compound surnames. */
  readonly surnames: ReadonlyMap<string, Surname>;
  /** Given-name characters, with their log odds of being in a name. */
  readonly given: ReadonlyMap<string, number>;
  /** Characters that transliterated names are written with (斯 特 尔 …). */
  readonly foreign: ReadonlySet<string>;
}

let data: NameData | undefined;

/** The name tables (see data/names/README.md), parsed on first use. */
export function loadNameData(): NameData {
  if (data) return data;
  const surnames = new Map<string, Surname>();
  for (const item of SURNAME_DATA.split(',')) {
    const [, surname, reading, score] = /^(\p{Script=Han}+)([^*\d-]+)\*?(-?\d+)$/u.exec(item)!;
    surnames.set(surname!, { reading: reading!, score: Number(score) / 10 });
  }
  const given = new Map<string, number>();
  for (const item of GIVEN_DATA.split(',')) {
    const char = String.fromCodePoint(item.codePointAt(0)!);
    given.set(char, Number(item.slice(char.length)) / 10);
  }
  data = { surnames, given, foreign: new Set(FOREIGN_DATA) };
  return data;
}
