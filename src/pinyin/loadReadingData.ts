import { loadCharTables } from './charTables.js';
import { CHAR_DATA, CITATION_DATA, PARTICLE_WORDS, WORD_COUNTS, WORD_DATA } from '../data/readingData.generated.js';
import { splitTone } from '../gloss/tones.js';

/** What the dictionary says about one character whose reading varies. */
export interface PolyphoneDefault {
  /**
   * Its usual reading (`长` cháng, `蛤` gé): two of three sources agreeing
   * (pinyin-pro and hotoo's pinyin for the character alone, the majority
   * over the dictionary words holding it), else that majority.
   */
  readonly inWord: string;
  /**
   * Whether the character is more common as a word on its own than inside
   * words: then a one-character token takes its default reading (都 dōu).
   */
  readonly alone: boolean;
}

export interface ReadingData {
  /**
   * Every character's default reading (pinyin-pro's first reading of it
   * alone), indexed by BMP code point: an array lookup per character, which
   * is what lets the engine read text without calling pinyin-pro.
   */
  readonly defaults: readonly (string | undefined)[];
  /** The same for the few astral characters with a known reading. */
  readonly astralDefaults: ReadonlyMap<number, string>;
  /** Keyed by code point: the engine's hot path makes no strings. */
  readonly chars: ReadonlyMap<number, PolyphoneDefault>;
  /**
   * Words that read one of those characters otherwise: `行长` → `háng zhǎng`
   * (syllables joined by spaces; split when used, to keep loading fast).
   */
  readonly words: ReadonlyMap<string, string>;
  /**
   * First UTF-16 unit of a listed word → bit `length` set (lengths from 15 on
   * share bit 15): lets the engine skip the lookup, and the string it would
   * cut for it, for most tokens.
   */
  readonly wordStarts: Uint16Array;
  /**
   * Characters that listed words read toneless though they are not particles
   * or suffixes: the toneless syllable and the citation tone written instead
   * (识: `shi` → `shí`, for 认识 rènshí), see ReadingOptions.neutralTone.
   */
  readonly citations: ReadonlyMap<number, { readonly neutral: string; readonly toned: string }>;
  /** Words that end in a modal particle read with a tone (酒吧 jiǔbā, 爪哇 Zhǎowā). */
  readonly particleWords: ReadonlySet<string>;
  /**
   * How often jieba's dictionary counts a common word (at least 500 times)
   * that holds a character the polyphone model decides: 调解 → 711.
   */
  readonly wordCounts: ReadonlyMap<string, number>;
}

let cached: ReadingData | undefined;

/**
 * Parses the generated tables (`readingData.generated.ts`, see
 * data/readings/README.md) on first use, never at import: about 21,000
 * characters and 28,000 words, a few milliseconds.
 */
export function loadReadingData(): ReadingData {
  if (cached) return cached;
  const chars = new Map<number, PolyphoneDefault>();
  for (const item of CHAR_DATA.split(',')) {
    const cp = item.codePointAt(0)!;
    const width = cp > 0xffff ? 2 : 1;
    const alone = item[width] === '!';
    chars.set(cp, { inWord: item.slice(alone ? width + 1 : width), alone });
  }
  const words = new Map<string, string>();
  const wordStarts = new Uint16Array(0x10000);
  for (const line of WORD_DATA.split('\n')) {
    const space = line.indexOf(' ');
    words.set(line.slice(0, space), line.slice(space + 1));
    wordStarts[line.charCodeAt(0)]! |= 1 << Math.min(space, 15);
  }
  const { defaults, astralDefaults } = loadCharTables();
  const citations = new Map<number, { neutral: string; toned: string }>();
  for (const item of CITATION_DATA.split(',')) {
    const cp = item.codePointAt(0)!;
    const toned = item.slice(cp > 0xffff ? 2 : 1);
    citations.set(cp, { neutral: splitTone(toned).bare, toned });
  }
  const particleWords = new Set(PARTICLE_WORDS.split(','));
  const wordCounts = new Map<string, number>();
  for (const item of WORD_COUNTS.split(',')) {
    const digits = item.search(/[0-9]/u);
    wordCounts.set(item.slice(0, digits), Number(item.slice(digits)));
  }
  cached = { defaults, astralDefaults, chars, words, wordStarts, citations, particleWords, wordCounts };
  return cached;
}
