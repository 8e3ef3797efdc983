/**
 * Public shapes and option types. Other code reads the fields of `Token`,
 * `AnnotatedToken` and `Gloss`: add fields freely, never rename these.
 */

/** A piece of the input with UTF-16 offsets; tokens cover the whole input. */
export interface Token {
  readonly text: string;
  /** UTF-16 offset of the first code unit. */
  readonly start: number;
  /** UTF-16 offset just past the last code unit. */
  readonly end: number;
  /**
   * What the token names, when the segmenter recognised it as a name: a
   * person (郭少华, 卡洛斯·阿马特), a place (大湾区) or an organisation
   * (亚投行). Absent for ordinary words.
   */
  readonly kind?: NameKind;
}

/** What a name token names (`Token.kind`). */
export type NameKind = 'person' | 'place' | 'organization';

export interface AnnotatedToken extends Token {
  /**
   * One syllable per Han character of the token, in the chosen tone style
   * (erhua 儿 → `"r"`); absent for tokens without Han characters.
   */
  readonly pinyin?: readonly string[];
  /** Whether `annotate()` puts a gloss after this token. */
  readonly glossed: boolean;
  /**
   * The HSK level (of `hskVersion`) at which a learner meets this word, when
   * the syllabus lists it (numbers in Chinese numerals take the highest
   * level of their characters); traditional words are looked up through
   * their simplified form.
   */
  readonly hsk?: number;
  /**
   * With `system: 'zhuyin'`: the syllables in zhuyin (bopomofo), tones as
   * zhuyin writes them (`['ㄓㄨㄥ', 'ㄍㄨㄛˊ']`, neutral `˙ㄌㄜ`, erhua `ㄦ`);
   * `pinyin` stays pinyin.
   */
  readonly zhuyin?: readonly string[];
  /**
   * With `meanings: true`: short English meanings of the word as read here
   * (CC-CEDICT's first senses, at most two: 行 háng `['row; line', …]`);
   * absent for words CC-CEDICT's shipped selection lacks (names, rare words).
   */
  readonly meanings?: readonly string[];
  /**
   * With `explain: true`: for each syllable of `pinyin`, which step of the
   * reading engine gave it (`ReadingSource`).
   */
  readonly sources?: readonly ReadingSource[];
}

/**
 * Which step of the reading engine gave a syllable its reading, the later
 * steps overriding the earlier ones:
 * - `'default'`: the character's default reading, or its usual reading
 *   inside words (a character with one reading, 的 alone, 蛤 in 帘蛤);
 * - `'word'`: a listed word that holds the character (行长 háng zhǎng), also
 *   one it forms with its neighbours;
 * - `'sandhi'`: the tone sandhi of 一/不 (`toneSandhi: true`: 一个 yí);
 * - `'context'`: a context rule (还钱 huán, 买东西 dōngxi, 量一量, a modal
 *   particle closing a clause, 都是 dōushì);
 * - `'name'`: a surname or title read as a name (曾 zēng), a transliteration
 *   (塞缪尔 sài);
 * - `'model'`: the polyphone model (`polyphones: 'model'`) changed the
 *   reading the steps before gave;
 * - `'dictionary'`: the user's `dict`.
 */
export type ReadingSource = 'default' | 'word' | 'sandhi' | 'context' | 'name' | 'model' | 'dictionary';

/** A gloss found in text, e.g. the `(gǎizào)` of `改造(gǎizào)`. */
export interface Gloss {
  /** Offsets of the bracketed gloss itself, brackets included. */
  readonly start: number;
  readonly end: number;
  /** Offsets of the Han characters it covers. */
  readonly wordStart: number;
  readonly wordEnd: number;
  /** The covered word and the pinyin as written on the page. */
  readonly word: string;
  readonly pinyin: string;
  /** The reading of the word in context, in source style (tone marks, joined). */
  readonly expected: string;
  /** Whether `pinyin` matches `expected` (tones compared). */
  readonly agrees: boolean;
  /**
   * Whether the pinyin is written with a capital letter (`汉字(Hànzì)`): a
   * reading as dictionaries and learner material write it, which `strip`
   * keeps unless `capitalized: true`.
   */
  readonly capitalized: boolean;
}

/**
 * What a gloss is written in: pinyin (`中国(zhōngguó)`) or zhuyin, the
 * bopomofo Taiwan's learners read (`中國(ㄓㄨㄥㄍㄨㄛˊ)`).
 */
export type PhoneticSystem = 'pinyin' | 'zhuyin';

/** How syllables carry their tone: `gǎi`, `gai3` or `gai`. */
export type ToneStyle = 'mark' | 'number' | 'none';
/** `(…)` or `（…）`. */
export type BracketStyle = 'ascii' | 'fullwidth';
/** `改造(gǎizào)` or `<ruby>改造<rt>gǎizào</rt></ruby>` with the rest HTML-escaped. */
export type OutputMode = 'inline' | 'ruby';

/** What a `select` predicate sees: a token with Han characters and its reading. */
export interface SelectCandidate extends Token {
  readonly pinyin: readonly string[];
  /** How many times this word occurred before, in this text (0 = first). */
  readonly occurrence: number;
}

/** A reproducible sparse sample: gloss about `rate` of the words. */
export interface SampleSelect {
  /** Share of candidate words to gloss, 0 to 1. */
  readonly rate: number;
  /** Same seed, same text → same glosses. @default 0 */
  readonly seed?: number | string;
}

/**
 * What a learner at HSK level `hsk` has not met: words above that level and
 * words the syllabus does not list (names, terms). Numbers, punctuation and
 * Latin are never glossed. Levels follow `hskVersion`.
 * @example annotate('我们讨论方案', { select: { hsk: 4 } }) //=> "我们讨论方案(fāng'àn)"
 */
export interface HskSelect {
  /** 0 (nothing met: gloss every word) to 7 (HSK 3.0's bands 7–9), or 6 for HSK 2.0. */
  readonly hsk: number;
}

/** The HSK syllabus: the 2021 standard (levels 1–6, and 7 for bands 7–9) or the 2009 one (1–6). */
export type HskVersion = '3.0' | '2.0';

export type Select =
  | 'all'
  | 'polyphonic'
  | 'rare'
  | readonly string[]
  | ReadonlySet<string>
  | ((candidate: SelectCandidate) => boolean)
  | SampleSelect
  | HskSelect;

/** A word → reading override: `'háng zhǎng'`, `'hang2zhang3'` or `['háng', 'zhǎng']`. */
export type ReadingDictionary = Readonly<Record<string, string | readonly string[]>>;

/** Which jieba does the raw cut: see `SegmenterOptions.segmenter`. */
export type SegmenterChoice = 'auto' | 'nodejieba' | 'wasm';

export interface SegmenterOptions {
  /**
   * Which jieba segments: `'nodejieba'` (native addon, the fastest),
   * `'wasm'` (jieba-wasm: jieba-rs compiled to WebAssembly, runs wherever
   * JavaScript does), or `'auto'`: nodejieba when its native addon loads,
   * else wasm. Without this option, the environment variable
   * `PINYIN_GLOSS_SEGMENTER` chooses (where there is one). User words,
   * traditional text and the rules on top of the cut are the same for both;
   * their dictionaries differ slightly (see docs/browser.md).
   * @default 'auto'
   */
  readonly segmenter?: SegmenterChoice;
}

export interface SegmentOptions extends SegmenterOptions {
  /**
   * Extra words for the segmenter (names, terms; a traditional word is added
   * in its simplified form too, as traditional text is cut in that form).
   * The segmenter's dictionary is process-global: words added here stay for
   * the life of the process.
   * @default []
   */
  readonly words?: readonly string[];
}

/** Who decides polyphones: see `ReadingOptions.polyphones`. */
export type Polyphones = 'model' | 'rules';

/** Where a neutral tone is written: see `ReadingOptions.neutralTone`. */
export type NeutralTone = 'particles' | 'dictionary';

export interface ReadingOptions {
  /**
   * Apply the tone sandhi of 一 and 不 (`一个` yígè, `不对` búduì). Off by
   * default: dictionaries and learners write citation tones.
   * @default false
   */
  readonly toneSandhi?: boolean;
  /**
   * Where a neutral tone is written. `'dictionary'`: every neutral tone the
   * standard dictionaries write (了 le, 认识 rènshi, 衣服 yīfu), as learner
   * material does. `'particles'`: only on particles and grammatical suffixes
   * (了 le, 他们 tāmen, 桌子 zhuōzi, 右边 yòubian); other syllables keep their
   * own tone (认识 rènshí, 衣服 yīfú), as pinyin-pro often and the CPP
   * benchmark's labels always write them.
   * @default 'dictionary'
   */
  readonly neutralTone?: NeutralTone;
  /**
   * Who reads the characters whose reading depends on context (还 huán/hái,
   * 着 zháo/zhe, 长, 行, 得 …). `'model'`: a small neural model (g2pM, loaded
   * on first use, about 0.6 MB) weighs the whole sentence against the
   * dictionaries and rules, which keep the last word where they are sure
   * (98.01% on the CPP benchmark's dev split). `'rules'`: dictionaries and
   * hand rules alone (95.5%), several times faster, for corpus-scale work.
   * Either way a character is only ever given one of its own readings.
   * The browser build does not carry the model: there the default is
   * `'rules'` and `'model'` is a `MODEL_LOAD_FAILED` error.
   * @default 'model' (`'rules'` in the browser build)
   */
  readonly polyphones?: Polyphones;
  /**
   * Word → reading overrides, applied wherever the word is segmented.
   * @example { 行长: 'háng zhǎng' }
   * @default {}
   */
  readonly dict?: ReadingDictionary;
}

export interface AnnotateOptions extends SegmentOptions, ReadingOptions {
  /**
   * Which words get a gloss. The words of a list or `Set` are glossed
   * wherever they occur, also inside a longer word (`银行行长` holds 行长).
   * A word that already carries a gloss keeps it and gets no second one.
   * @default 'all'
   */
  readonly select?: Select;
  /** Gloss only the first occurrence of each word. @default false */
  readonly once?: boolean;
  /** @default 'mark' */
  readonly tone?: ToneStyle;
  /** Between the syllables of one gloss. @default '' */
  readonly separator?: string;
  /** @default 'ascii' */
  readonly brackets?: BracketStyle;
  /** @default 'inline' */
  readonly output?: OutputMode;
  /**
   * Write the apostrophe pinyin's spelling rules put before a syllable
   * starting with a, o or e inside a word, when syllables are joined (no
   * `separator`), in every tone style: `方案(fāng'àn)`, `第二(dì'èr)`,
   * `(fang1'an4)`. `strip()` reads glosses with or without it.
   * @default true
   */
  readonly apostrophes?: boolean;
  /**
   * The HSK syllabus of `select: { hsk }` and of each token's `hsk` level.
   * @default '3.0'
   */
  readonly hskVersion?: HskVersion;
  /**
   * Write glosses in pinyin or in zhuyin (bopomofo): `中國(ㄓㄨㄥㄍㄨㄛˊ)`,
   * tones as zhuyin writes them (no mark for the first tone, ˊ ˇ ˋ after the
   * syllable, the neutral ˙ before it; `tone: 'none'` drops them; `'number'`
   * has no meaning in zhuyin). `strip()` and `findGlosses()` read both.
   * @default 'pinyin'
   */
  readonly system?: PhoneticSystem;
  /**
   * `annotateTokens` only: give each word its short English meanings
   * (`meanings` on the token), from CC-CEDICT (CC BY-SA 4.0). The table
   * (about 30,000 words) is read from the package's `data/` on first use.
   * @default false
   */
  readonly meanings?: boolean;
  /**
   * `annotateTokens` only: say for each syllable which step of the reading
   * engine chose it (`sources` on the token: `'word'`, `'context'`,
   * `'model'`, …; see `ReadingSource`).
   * @default false
   */
  readonly explain?: boolean;
  /**
   * How glosses of names are written (names the segmenter recognises: a
   * token's `kind`). `'lowercase'`: like every other word, the source style
   * (`郭少华(guōshàohuá)`). `'capitalize'`: as the pinyin standard writes
   * names, capitalised, a person's surname and given name as two words, an
   * apostrophe before a, o, e inside a word: `郭少华(Guō Shàohuá)`,
   * `西安(Xī'ān)`. `strip` keeps capitalised glosses unless given
   * `capitalized: true`, which reads these back.
   * @default 'lowercase'
   */
  readonly properNouns?: ProperNouns;
}

/** How glosses of names are written (`AnnotateOptions.properNouns`). */
export type ProperNouns = 'lowercase' | 'capitalize';

export interface StripOptions {
  /**
   * Also treat glosses without any tone evidence as glosses (`小区(xiaoqu)`).
   * Off by default because `达莎(Dasha)` would go too.
   * @default false
   */
  readonly toneless?: boolean;
  /**
   * Also remove glosses separated from their word by spaces, as in
   * vocabulary lists: `小区 (xiǎoqū)`.
   * @default false
   */
  readonly spaced?: boolean;
  /**
   * Also remove readings written with a capital letter: `汉语拼音(Hànyǔ
   * Pīnyīn)`, `汉字(Hànzì)`, `中国(Zhōngguó)`. Off by default: that is how
   * encyclopedias and learner material write a reading as content, while
   * content farms write their glosses in lowercase. Turn it on to read back
   * glosses that `annotate` wrote capitalized (`properNouns: 'capitalize'`).
   * @default false
   */
  readonly capitalized?: boolean;
}

export interface FindGlossesOptions extends StripOptions, ReadingOptions {}

export interface ReannotateOptions
  extends FindGlossesOptions,
    Pick<AnnotateOptions, 'tone' | 'separator' | 'brackets' | 'output' | 'apostrophes' | 'system' | 'properNouns'> {
  /** Replace glosses that disagree with the reading in context. @default false */
  readonly correct?: boolean;
}

/**
 * Options of `annotateHtml`: which words and how they are read, as for
 * `annotate` (its `output` and `brackets` have no meaning on a page), plus
 * the page's own.
 */
export interface AnnotateHtmlOptions extends Omit<AnnotateOptions, 'output' | 'brackets'> {
  /**
   * The document title, also shown as the page heading. Without it the
   * `<title>` is the first line of the text and the page has no heading.
   * @default undefined
   */
  readonly title?: string;
  /**
   * Colour each syllable by its tone when the page opens (a button switches
   * it). Tone marks or digits stay in the text, so colour is never the only
   * signal; with `tone: 'none'` there is nothing to colour and no button.
   * @default true
   */
  readonly toneColors?: boolean;
  /** Show the pinyin when the page opens (a button switches it). @default true */
  readonly showPinyin?: boolean;
  /**
   * Mark the words above this HSK level (and those no level lists) when the
   * page opens; a menu changes it. Without it, the level of `select: { hsk }`.
   * @default undefined
   */
  readonly level?: number;
  /**
   * Put each word's meanings (CC-CEDICT) in its card. The table is a data
   * file of the package: Node reads it; a browser bundle cannot, so there
   * the default is `false` (and `true` fails with `IO_ERROR`).
   * @default true in Node, false in a browser
   */
  readonly meanings?: boolean;
}

/** Encodings the streams and the CLI decode (output is always UTF-8). */
export type InputEncoding = 'utf-8' | 'gb18030' | 'gbk' | 'big5' | 'utf-16le';

/** How byte input is decoded by `createStripStream()` / `createAnnotateStream()`. */
export interface DecodeOptions {
  /**
   * Encoding of Buffer chunks (string chunks are used as they are). A BOM at
   * the start of the input is removed.
   * @default 'utf-8'
   */
  readonly encoding?: InputEncoding;
  /**
   * `'strict'`: invalid bytes fail the stream with a `PinyinGlossError` of code
   * `INVALID_ENCODING` naming the byte offset. `'replace'`: they become U+FFFD.
   * @default 'strict'
   */
  readonly encodingErrors?: 'strict' | 'replace';
}

export interface StripStreamOptions extends StripOptions, DecodeOptions {}
export interface AnnotateStreamOptions extends AnnotateOptions, DecodeOptions {}
