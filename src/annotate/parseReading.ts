import { MARKED_SYLLABLE, markTone } from '../gloss/tones.js';

// One syllable with a tone digit: `hang2`, `lu:4`, `lv4`, `le5`, `le0`, `r`.
const NUMBERED = /[a-zü:]+[0-5]?/gi;

/**
 * Parses one `dict` entry into tone-marked syllables (NFC, as pinyin-pro
 * writes them): `'háng zhǎng'`, `'hang2zhang3'`, `'hang2 zhang3'` or
 * `['háng', 'zhǎng']`. Tone-marked syllables must be separated (by a space,
 * `'`, `-` or `·`); numbered ones may be joined. Returns `undefined` if the
 * entry is not pinyin.
 */
export function parseReading(reading: string | readonly string[]): string[] | undefined {
  const parts = typeof reading === 'string' ? reading.normalize('NFC').trim().split(/[\s'’\-·]+/) : [...reading];
  const syllables: string[] = [];
  for (const part of parts) {
    if (typeof part !== 'string' || part === '') return undefined;
    const normal = part.normalize('NFC').toLowerCase();
    if (/[0-5]/.test(normal)) {
      const numbered = normal.match(NUMBERED);
      if (!numbered || numbered.join('') !== normal) return undefined;
      for (const syllable of numbered) syllables.push(toMarks(syllable));
    } else if (MARKED_SYLLABLE.test(normal)) {
      syllables.push(normal);
    } else {
      return undefined;
    }
  }
  return syllables;
}

function toMarks(numbered: string): string {
  const digit = /[0-5]$/.exec(numbered)?.[0];
  const bare = (digit === undefined ? numbered : numbered.slice(0, -1)).replace(/u:/g, 'ü');
  return markTone(bare, digit === undefined ? 5 : Number(digit));
}
