import { PinyinGlossError } from '../errors.js';
import { nodeRequire } from '../internal/nodeRequire.js';
import { splitTone } from '../gloss/tones.js';

/** Where the generated table lies, from the package root (see data/meanings/generate.mjs). */
const TABLE = 'data/meanings/meanings.tsv';

/** One reading of a word and its senses. */
interface Entry {
  /** Syllables with tone numbers, `ü` as `v`, erhua `r5`: `fang1 an4`. */
  readonly reading: string;
  readonly senses: readonly string[];
}

let table: ReadonlyMap<string, readonly Entry[]> | undefined;
let loadError: PinyinGlossError | undefined;

/**
 * The table's text. Its folder is found by walking up from this module:
 * `dist/` in the package, `src/learn/` in the repository. Node's modules come
 * through `nodeRequire` (never imported), so a browser bundle holds none:
 * there, reading fails with a clear error.
 */
function readTable(): string {
  const require = nodeRequire();
  if (!require) throw new Error('there is no file system here (a browser)');
  const fs = require('node:fs') as typeof import('node:fs');
  const path = require('node:path') as typeof import('node:path');
  const url = require('node:url') as typeof import('node:url');
  let dir = path.dirname(url.fileURLToPath(import.meta.url));
  for (let up = 0; up < 4; up++) {
    const candidate = path.join(dir, TABLE);
    if (fs.existsSync(candidate)) return fs.readFileSync(candidate, 'utf8');
    dir = path.dirname(dir);
  }
  throw new Error(`${TABLE} not found beside the package`);
}

// Read on first use, never at import; a failure is cached and rethrown.
function loadTable(): ReadonlyMap<string, readonly Entry[]> {
  if (table) return table;
  if (loadError) throw loadError;
  let text: string;
  try {
    text = readTable();
  } catch (cause) {
    loadError = new PinyinGlossError(
      'IO_ERROR',
      `Could not read the meanings table (${cause instanceof Error ? cause.message : String(cause)}): reinstall pinyin-gloss; its data/ folder ships it.`,
      { cause },
    );
    throw loadError;
  }
  const map = new Map<string, Entry[]>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [word, reading, senses] = line.split('\t') as [string, string, string];
    const entry = { reading: reading.replace(/u:/g, 'v'), senses: senses.split('/') };
    const entries = map.get(word);
    if (entries) entries.push(entry);
    else map.set(word, [entry]);
  }
  table = map;
  return map;
}

/** `['fāng', 'àn']` → `fang1 an4` (neutral 5, erhua `r5`), the table's keys. */
function numbered(syllables: readonly string[]): string {
  return syllables
    .map((syllable) => {
      if (syllable === 'r') return 'r5';
      const { bare, tone } = splitTone(syllable.normalize('NFC').toLowerCase());
      return bare.replace(/ü/g, 'v') + tone;
    })
    .join(' ');
}

const withoutTones = (reading: string): string => reading.replace(/[1-5]/g, '');

/**
 * Short English meanings (CC-CEDICT's first senses, at most two, notes
 * removed) of `word` (simplified: pass the reading form of traditional text)
 * as read `syllables` (tone-marked pinyin, one per character): the entry of
 * that reading (行 háng "row; line", xíng "to walk"), else one with the same
 * syllables in other tones, else the word's first entry; an erhua word not
 * listed as the word without 儿. Empty when CC-CEDICT has no such word.
 */
export function meaningsOf(word: string, syllables: readonly string[]): readonly string[] {
  const entries = loadTable().get(word);
  if (entries === undefined) {
    if (word.length > 1 && word.endsWith('儿') && syllables.at(-1) === 'r') return meaningsOf(word.slice(0, -1), syllables.slice(0, -1));
    return [];
  }
  const reading = numbered(syllables);
  const exact = entries.find((entry) => entry.reading === reading);
  if (exact) return exact.senses;
  const toneless = withoutTones(reading);
  return (entries.find((entry) => withoutTones(entry.reading) === toneless) ?? entries[0]!).senses;
}
