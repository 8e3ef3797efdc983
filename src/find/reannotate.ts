import { escapeHtml, formatGloss, formatRuby, type ProperNounSpelling } from '../gloss/formatGloss.js';
import { findSurname } from '../segment/findSurname.js';
import { segment } from '../segment/segment.js';
import { assertString } from '../internal/assertString.js';
import { checkBoolean, checkOneOf } from '../internal/options.js';
import { checkSeparator, checkSystem } from '../annotate/resolveAnnotateOptions.js';
import { formatSyllable } from '../gloss/tones.js';
import { toZhuyin } from '../pinyin/toZhuyin.js';
import type { ReannotateOptions } from '../types.js';
import { collectGlosses, READING_OPTION_KEYS, type CollectedGloss } from './collectGlosses.js';
import { STRIP_OPTION_KEYS } from '../strip/options.js';

/** Defaults of reannotate()'s own options (the rest are findGlosses()'s). */
const DEFAULT_REANNOTATE_OPTIONS = {
  tone: 'mark',
  separator: '',
  brackets: 'ascii',
  output: 'inline',
  apostrophes: true,
  system: 'pinyin',
  properNouns: 'lowercase',
  correct: false,
} as const satisfies ReannotateOptions;

const KEYS = [...STRIP_OPTION_KEYS, ...READING_OPTION_KEYS, ...Object.keys(DEFAULT_REANNOTATE_OPTIONS)];

/**
 * Keeps the glossed spans of a glossed text and renders their glosses again:
 * in another tone style, separator or brackets, in zhuyin (`system:
 * 'zhuyin'`), as `<ruby>` (`output:
 * 'ruby'`: the rest of the text is HTML-escaped), and with `correct: true`
 * the reading in context replaces a gloss that disagrees with it.
 *
 * A repeated gloss (`到(dào)(dào)`) becomes one gloss; of the repeats, the
 * one covering the most characters is kept (the first on a tie). What
 * strip() removes goes, so the spaces of a spaced gloss go too. Text that is
 * not a gloss is kept exactly (inline) or only HTML-escaped (ruby); so is a
 * reading written with a capital letter (`汉字(Hànzì)`) unless
 * `capitalized: true`, as strip() keeps it.
 *
 * @example
 * reannotate('我们赢得(yíngde)比赛', { correct: true })
 * //=> '我们赢得(yíngdé)比赛'
 * reannotate('改造(gai3zao4)', { output: 'ruby' })
 * //=> '<ruby>改造<rt>gǎizào</rt></ruby>'
 */
export function reannotate(text: string, options?: ReannotateOptions): string {
  assertString(text);
  const fn = 'reannotate';
  // A reading kept by strip() (capitalized, without `capitalized: true`) is text, not a gloss.
  const glosses = collectGlosses(fn, text, options, KEYS).filter((gloss) => gloss.removed);
  const given = (options ?? {}) as Record<string, unknown>;
  const tone = checkOneOf(fn, 'tone', given.tone, ['mark', 'number', 'none'] as const) ?? DEFAULT_REANNOTATE_OPTIONS.tone;
  const brackets = checkOneOf(fn, 'brackets', given.brackets, ['ascii', 'fullwidth'] as const) ?? DEFAULT_REANNOTATE_OPTIONS.brackets;
  const output = checkOneOf(fn, 'output', given.output, ['inline', 'ruby'] as const) ?? DEFAULT_REANNOTATE_OPTIONS.output;
  const correct = checkBoolean(fn, 'correct', given.correct) ?? DEFAULT_REANNOTATE_OPTIONS.correct;
  const system = checkSystem(fn, given.system, given.tone) ?? DEFAULT_REANNOTATE_OPTIONS.system;
  const apostrophes = checkBoolean(fn, 'apostrophes', given.apostrophes) ?? DEFAULT_REANNOTATE_OPTIONS.apostrophes;
  const separator = checkSeparator(fn, given.separator) ?? DEFAULT_REANNOTATE_OPTIONS.separator;
  const properNouns = checkOneOf(fn, 'properNouns', given.properNouns, ['lowercase', 'capitalize'] as const) ?? DEFAULT_REANNOTATE_OPTIONS.properNouns;
  const spellNames = properNouns === 'capitalize' && system === 'pinyin';
  const keep = output === 'ruby' ? escapeHtml : (plain: string) => plain;

  let out = '';
  let done = 0; // text before this offset is rendered
  for (let i = 0; i < glosses.length; ) {
    // A group: glosses whose cuts touch (a gloss and its repeats).
    let last = i;
    let chosen = glosses[i]!;
    while (last + 1 < glosses.length && glosses[last + 1]!.cutStart === glosses[last]!.end) {
      last++;
      const candidate = glosses[last]!;
      if (candidate.wordEnd - candidate.wordStart > chosen.wordEnd - chosen.wordStart) chosen = candidate;
    }
    const groupStart = glosses[i]!.cutStart;
    const groupEnd = glosses[last]!.end;
    const syllables = pick(chosen, correct).map((syllable) =>
      system === 'zhuyin' ? toZhuyin(syllable, tone !== 'none') : formatSyllable(syllable, tone),
    );
    const spelling = spellNames ? nameSpelling(chosen.word, syllables.length) : undefined;
    if (output === 'inline') {
      out += text.slice(done, groupStart) + formatGloss(syllables, separator, brackets, apostrophes, spelling);
    } else if (chosen.wordStart >= done) {
      out += keep(text.slice(done, chosen.wordStart)) + formatRuby(chosen.word, syllables, separator, apostrophes, spelling);
      // Between the word and its gloss there is nothing but the removed spaces.
    } else {
      // The word reaches into text already rendered (`經(jīng)開(jīngkāi)`):
      // ruby cannot nest, so this gloss is dropped.
      out += keep(text.slice(done, groupStart));
    }
    done = groupEnd;
    i = last + 1;
  }
  return out + keep(text.slice(done));
}

/**
 * With `properNouns: 'capitalize'`, how a glossed word is spelled if the
 * segmenter takes it for a name (郭少华 → `Guō Shàohuá`, 西安 → `Xī'ān`):
 * the word is segmented on its own, as a gloss marks its extent; a word the
 * segmenter does not take for one name whole (or whose gloss has not a
 * syllable per character) keeps the gloss style.
 */
function nameSpelling(word: string, syllableCount: number): ProperNounSpelling | undefined {
  const tokens = segment(word);
  const name = tokens.length === 1 ? tokens[0]! : undefined;
  if (name?.kind === undefined || syllableCount !== [...word].length) return undefined;
  return { surnameLength: name.kind === 'person' ? (findSurname(word)?.length ?? 0) : 0 };
}

function pick(gloss: CollectedGloss, correct: boolean): readonly string[] {
  return correct && !gloss.agrees ? gloss.reading : gloss.written;
}
