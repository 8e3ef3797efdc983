import { SEPARATORS } from '../gloss/grammar.js';
import { checkBoolean, checkOneOf, checkOptionKeys, invalidOption } from '../internal/options.js';
import { checkSegmenter } from '../segment/checkSegmenter.js';
import { checkWords } from '../segment/checkWords.js';
import { HSK_MAX_LEVEL, hskLevel } from '../learn/hskLevel.js';
import type { AnnotateOptions, BracketStyle, HskVersion, NeutralTone, OutputMode, PhoneticSystem, Polyphones, ProperNouns, SegmenterChoice, SelectCandidate, ToneStyle } from '../types.js';
import { isPolyphonic } from './isPolyphonic.js';
import { isRareWord } from './isRareWord.js';
import { parseDictionary } from './parseDictionary.js';
import { sampleHash } from './sampleHash.js';
import { defaultPolyphones } from '../pinyin/model/loadPolyphoneModel.js';

export const DEFAULT_ANNOTATE_OPTIONS = {
  select: 'all',
  once: false,
  tone: 'mark',
  separator: '',
  brackets: 'ascii',
  output: 'inline',
  apostrophes: true,
  hskVersion: '3.0',
  system: 'pinyin',
  meanings: false,
  explain: false,
  toneSandhi: false,
  neutralTone: 'dictionary',
  // In Node; the browser build's default is 'rules' (defaultPolyphones).
  polyphones: 'model',
  dict: {},
  words: [],
  segmenter: 'auto',
  properNouns: 'lowercase',
} as const satisfies Required<AnnotateOptions>;

const ANNOTATE_OPTION_KEYS = Object.keys(DEFAULT_ANNOTATE_OPTIONS);

/** Options checked once and turned into what the annotator runs on. */
/**
 * A selection that needs only the word (`'all'`, `'polyphonic'`, `'rare'`, a
 * list), only the Han characters of its reading form (`{ hsk }`: traditional
 * as simplified), or the whole candidate with offsets and occurrence (a predicate, a
 * sample): the annotator counts occurrences only for the latter.
 */
type Selector =
  | {
      readonly byWord: (word: string) => boolean;
      /** A list's words: cut out wherever they occur, also inside longer tokens (银行行长). */
      readonly words?: readonly string[];
    }
  | { readonly byForm: (form: string) => boolean }
  | { readonly byCandidate: (candidate: SelectCandidate) => boolean };

export interface ResolvedAnnotateOptions {
  readonly select: Selector;
  readonly once: boolean;
  readonly tone: ToneStyle;
  readonly separator: string;
  readonly brackets: BracketStyle;
  readonly output: OutputMode;
  readonly apostrophes: boolean;
  readonly hskVersion: HskVersion;
  readonly system: PhoneticSystem;
  readonly meanings: boolean;
  readonly explain: boolean;
  readonly toneSandhi: boolean;
  readonly neutralTone: NeutralTone;
  readonly polyphones: Polyphones;
  readonly dict: ReadonlyMap<string, readonly string[]>;
  /** User words plus the `dict` words: the segmenter keeps them whole. */
  readonly words: readonly string[];
  /** Which jieba segments (the option, else PINYIN_GLOSS_SEGMENTER, else 'auto'). */
  readonly segmenter: SegmenterChoice;
  readonly properNouns: ProperNouns;
}

/** Validates annotate options (every bad one → INVALID_OPTION naming it). */
export function resolveAnnotateOptions(fn: string, options: AnnotateOptions | undefined): ResolvedAnnotateOptions {
  checkOptionKeys(fn, options, ANNOTATE_OPTION_KEYS);
  const given = options ?? {};
  // `=== undefined`, not `??`: a null option is an error, not the default.
  const separator = checkSeparator(fn, given.separator) ?? DEFAULT_ANNOTATE_OPTIONS.separator;
  const dict = parseDictionary(fn, given.dict);
  const system = checkSystem(fn, given.system, given.tone) ?? DEFAULT_ANNOTATE_OPTIONS.system;
  const hskVersion = checkOneOf(fn, 'hskVersion', given.hskVersion, ['3.0', '2.0'] as const) ?? DEFAULT_ANNOTATE_OPTIONS.hskVersion;
  return {
    select: resolveSelect(fn, given.select === undefined ? DEFAULT_ANNOTATE_OPTIONS.select : given.select, hskVersion),
    once: checkBoolean(fn, 'once', given.once) ?? DEFAULT_ANNOTATE_OPTIONS.once,
    tone: checkOneOf(fn, 'tone', given.tone, ['mark', 'number', 'none'] as const) ?? DEFAULT_ANNOTATE_OPTIONS.tone,
    separator,
    brackets: checkOneOf(fn, 'brackets', given.brackets, ['ascii', 'fullwidth'] as const) ?? DEFAULT_ANNOTATE_OPTIONS.brackets,
    output: checkOneOf(fn, 'output', given.output, ['inline', 'ruby'] as const) ?? DEFAULT_ANNOTATE_OPTIONS.output,
    apostrophes: checkBoolean(fn, 'apostrophes', given.apostrophes) ?? DEFAULT_ANNOTATE_OPTIONS.apostrophes,
    hskVersion,
    system,
    meanings: checkBoolean(fn, 'meanings', given.meanings) ?? DEFAULT_ANNOTATE_OPTIONS.meanings,
    explain: checkBoolean(fn, 'explain', given.explain) ?? DEFAULT_ANNOTATE_OPTIONS.explain,
    toneSandhi: checkBoolean(fn, 'toneSandhi', given.toneSandhi) ?? DEFAULT_ANNOTATE_OPTIONS.toneSandhi,
    neutralTone: checkNeutralTone(fn, given.neutralTone) ?? DEFAULT_ANNOTATE_OPTIONS.neutralTone,
    // 'model' in Node, 'rules' in the browser build, which does not carry the model.
    polyphones: checkPolyphones(fn, given.polyphones) ?? defaultPolyphones(),
    dict,
    words: [...checkWords(fn, 'words', given.words), ...dict.keys()],
    segmenter: checkSegmenter(fn, given.segmenter),
    properNouns: checkOneOf(fn, 'properNouns', given.properNouns, ['lowercase', 'capitalize'] as const) ?? DEFAULT_ANNOTATE_OPTIONS.properNouns,
  };
}

/** The `polyphones` option: undefined when not given. */
export function checkPolyphones(fn: string, value: unknown): Polyphones | undefined {
  return checkOneOf(fn, 'polyphones', value, ['model', 'rules'] as const);
}

/** The `system` option (undefined when not given); zhuyin has no tone numbers. */
/** The `separator` option of annotate and reannotate: one the gloss grammar reads back; undefined when not given. */
export function checkSeparator(fn: string, value: unknown): string | undefined {
  // `=== undefined`, not `??`: a null option is an error, not the default.
  if (value === undefined) return undefined;
  if (!(SEPARATORS as readonly unknown[]).includes(value)) {
    throw invalidOption(fn, 'separator', `one of ${SEPARATORS.map((s) => `'${s}'`).join(', ')} (separators that strip() reads)`, value);
  }
  return value as string;
}

export function checkSystem(fn: string, value: unknown, tone: unknown): PhoneticSystem | undefined {
  const system = checkOneOf(fn, 'system', value, ['pinyin', 'zhuyin'] as const);
  if (system === 'zhuyin' && tone === 'number') {
    throw invalidOption(fn, 'tone', "'mark' or 'none' with system: 'zhuyin' (zhuyin writes tones as marks)", tone);
  }
  return system;
}

/** The `neutralTone` option: undefined when not given. */
export function checkNeutralTone(fn: string, value: unknown): NeutralTone | undefined {
  return checkOneOf(fn, 'neutralTone', value, ['particles', 'dictionary'] as const);
}

function resolveSelect(fn: string, select: unknown, hskVersion: HskVersion): Selector {
  if (select === 'all') return { byWord: () => true };
  if (select === 'polyphonic') return { byWord: isPolyphonic };
  if (select === 'rare') return { byWord: isRareWord };
  if (typeof select === 'function') {
    const predicate = select as (candidate: SelectCandidate) => unknown;
    return { byCandidate: (candidate) => Boolean(predicate(candidate)) };
  }
  if (Array.isArray(select) || select instanceof Set) {
    const words = new Set<unknown>(select);
    for (const word of words) if (typeof word !== 'string') throw invalidOption(fn, 'select', 'a list of words (strings)', word);
    return { byWord: (word) => words.has(word), words: [...words] as string[] };
  }
  if (select !== null && typeof select === 'object' && 'hsk' in select) {
    const { hsk, ...rest } = select as { hsk?: unknown };
    const extra = Object.keys(rest)[0];
    if (extra !== undefined) throw invalidOption(fn, `select.${extra}`, 'absent (an HSK selection has only `hsk`)', extra);
    const max = HSK_MAX_LEVEL[hskVersion];
    if (typeof hsk !== 'number' || !Number.isInteger(hsk) || hsk < 0 || hsk > max) {
      throw invalidOption(fn, 'select.hsk', `an HSK ${hskVersion} level, an integer from 0 to ${max}`, hsk);
    }
    // Selectors see the reading form (traditional → simplified), which the syllabus lists.
    return { byForm: (form) => (hskLevel(form, hskVersion) ?? Infinity) > hsk };
  }
  if (select !== null && typeof select === 'object') {
    const { rate, seed = 0, ...rest } = select as { rate?: unknown; seed?: unknown };
    const extra = Object.keys(rest)[0];
    if (extra !== undefined) throw invalidOption(fn, `select.${extra}`, 'absent (a sample has only `rate` and `seed`)', extra);
    if (typeof rate !== 'number' || !(rate >= 0 && rate <= 1)) throw invalidOption(fn, 'select.rate', 'a number from 0 to 1', rate);
    if (typeof seed !== 'number' && typeof seed !== 'string') throw invalidOption(fn, 'select.seed', 'a number or a string', seed);
    // Each occurrence of each word draws from a hash of (seed, word, occurrence):
    // the same text and seed give the same glosses however the text is chunked.
    const prefix = `${String(seed)}\u0000`;
    return { byCandidate: (candidate) => sampleHash(`${prefix}${candidate.text}\u0000${candidate.occurrence}`) < rate };
  }
  throw invalidOption(fn, 'select', "'all', 'polyphonic', 'rare', a list or Set of words, a predicate, { rate, seed } or { hsk }", select);
}
