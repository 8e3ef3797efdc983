import type { NameKind } from '../types.js';
import { FOREIGN_DATA, GIVEN_DATA, GIVEN_WORD_DATA, NEW_NAME_DATA, ORGANIZATION_DATA, PERSON_DATA, PLACE_DATA, SURNAME_DATA } from './nameData.generated.js';

export interface Surname {
  /** The surname reading, tone-marked, a syllable per character (曾 zēng, 尉迟 yù chí). */
  readonly reading: readonly string[];
  /** How much more often names start with it than text holds it (log odds). */
  readonly score: number;
}

export interface NameData {
  /** Single and compound surnames. */
  readonly surnames: ReadonlyMap<string, Surname>;
  /** Given-name characters, with their log odds of being in a name. */
  readonly given: ReadonlyMap<string, number>;
  /** The same by UTF-16 unit (NaN: not seen in given names), and single surnames' scores (NaN: no surname): no string made per lookup. */
  readonly givenScores: Float32Array;
  readonly surnameScores: Float32Array;
  /** 1 for the first UTF-16 unit of a compound surname (欧 of 欧阳): most names need no compound lookup. */
  readonly compoundStarts: Uint8Array;
  /** Words of jieba's dictionary that are often given names (宏伟 in 江宏伟). */
  readonly givenWords: ReadonlySet<string>;
  /** Characters that transliterated names are written with (斯 特 尔 …). */
  readonly foreign: ReadonlySet<string>;
  /** Names from the dictionaries, with their kind where it is known (西安 place, 亚投行 organization). */
  readonly kinds: ReadonlyMap<string, NameKind | undefined>;
  /** Names jieba's dictionary lacks (亚投行, 大湾区): their first two UTF-16 units (`newNameKey`) → their lengths, longest first. */
  readonly newNames: ReadonlyMap<number, readonly number[]>;
  /**
   * The longest length of a name in `newNames` by its first UTF-16 unit, and
   * by its key (0: none; lengths above 255 read as 255, names are far
   * shorter): a token as long is cut across by none of them. The first
   * table is read for every token, and the common characters' entries stay
   * in the processor's cache; the second, for fewer than half of them.
   */
  readonly newNameFirstLongest: Uint8Array;
  readonly newNameLongest: Uint8Array;
  /** A bit set where a name of `newNames` starts with the three UTF-16 units hashed to the bit (`hasNewNameStart`): a fast first test. */
  readonly newNameStarts: Uint32Array;
}

let data: NameData | undefined;

/**
 * The key of `newNames` for the two UTF-16 units of `text` at `at`: no
 * string is made, and the number indexes a 64 KiB table (`newNameKeys`);
 * two prefixes may share a key, so callers check the name itself.
 */
export function newNameKey(text: string, at: number): number {
  return (text.charCodeAt(at) * 31 + text.charCodeAt(at + 1)) & 0xffff;
}

/** Bits of the `newNameStarts` hash: 2^20 bits (128 KiB), few set, so most tokens are passed over at one read. */
const NEW_NAME_START_BITS = 20;

/** The bit of `newNameStarts` for the three UTF-16 units of `text` at `at` (no string made; NaN past the end hashes like 0). */
function newNameStartBit(text: string, at: number): number {
  const hash = Math.imul(text.charCodeAt(at), 0x9e3779b1) ^ Math.imul(text.charCodeAt(at + 1), 0x85ebca6b) ^ Math.imul(text.charCodeAt(at + 2), 0xc2b2ae35);
  return hash >>> (32 - NEW_NAME_START_BITS);
}

/** Whether a name of `newNames` may start at `at` in `text` (false: none does). */
export function hasNewNameStart(starts: Uint32Array, text: string, at: number): boolean {
  const bit = newNameStartBit(text, at);
  return (starts[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

/** The name tables (see data/names/README.md), parsed on first use. */
export function loadNameData(): NameData {
  // Kept this small so that the compiler inlines it: the name step asks for
  // the tables several times per token.
  return data ?? parseNameData();
}

function parseNameData(): NameData {
  const surnames = new Map<string, Surname>();
  for (const item of SURNAME_DATA.split(',')) {
    const [, surname, reading, score] = /^(\p{Script=Han}+)([^*\d-]+)\*?(-?\d+)$/u.exec(item)!;
    surnames.set(surname!, { reading: reading!.split(' '), score: Number(score) / 10 });
  }
  const given = new Map<string, number>();
  for (const item of GIVEN_DATA.split(',')) {
    const char = String.fromCodePoint(item.codePointAt(0)!);
    given.set(char, Number(item.slice(char.length)) / 10);
  }
  const kinds = new Map<string, NameKind | undefined>();
  const newNames = new Map<number, number[]>();
  const [newOrganizations, newPlaces, newOthers] = NEW_NAME_DATA.split('|') as [string, string, string];
  for (const [list, kind, isNew] of [
    [PERSON_DATA, 'person', false],
    [PLACE_DATA, 'place', false],
    [ORGANIZATION_DATA, 'organization', false],
    [newOrganizations, 'organization', true],
    [newPlaces, 'place', true],
    [newOthers, undefined, true],
  ] as const) {
    for (const name of list.split(',')) {
      kinds.set(name, kind);
      if (!isNew) continue;
      const key = newNameKey(name, 0);
      const lengths = newNames.get(key) ?? [];
      if (!lengths.includes(name.length)) lengths.push(name.length);
      newNames.set(key, lengths.sort((a, b) => b - a));
    }
  }
  const newNameLongest = new Uint8Array(0x10000);
  for (const [key, lengths] of newNames) newNameLongest[key] = Math.min(lengths[0]!, 255);
  const newNameFirstLongest = new Uint8Array(0x10000);
  for (const list of [newOrganizations, newPlaces, newOthers]) {
    for (const name of list.split(',')) {
      const first = name.charCodeAt(0);
      newNameFirstLongest[first] = Math.max(newNameFirstLongest[first]!, Math.min(name.length, 255));
    }
  }
  const newNameStarts = new Uint32Array(1 << (NEW_NAME_START_BITS - 5));
  for (const list of [newOrganizations, newPlaces, newOthers]) {
    for (const name of list.split(',')) {
      const bit = newNameStartBit(name, 0);
      newNameStarts[bit >>> 5]! |= 1 << (bit & 31);
    }
  }
  const givenScores = new Float32Array(0x10000).fill(Number.NaN);
  for (const [char, score] of given) givenScores[char.charCodeAt(0)] = score;
  const surnameScores = new Float32Array(0x10000).fill(Number.NaN);
  const compoundStarts = new Uint8Array(0x10000);
  for (const [surname, { score }] of surnames) {
    if (surname.length === 1) surnameScores[surname.charCodeAt(0)] = score;
    else compoundStarts[surname.charCodeAt(0)] = 1;
  }
  data = { surnames, newNameStarts, newNameFirstLongest, newNameLongest, given, givenScores, surnameScores, compoundStarts, givenWords: new Set(GIVEN_WORD_DATA.split(',')), foreign: new Set(FOREIGN_DATA), kinds, newNames };
  return data;
}
