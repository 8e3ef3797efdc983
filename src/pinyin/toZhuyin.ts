import { splitTone } from '../gloss/tones.js';

const INITIALS: Readonly<Record<string, string>> = {
  b: 'ㄅ', p: 'ㄆ', m: 'ㄇ', f: 'ㄈ', d: 'ㄉ', t: 'ㄊ', n: 'ㄋ', l: 'ㄌ', g: 'ㄍ', k: 'ㄎ', h: 'ㄏ',
  j: 'ㄐ', q: 'ㄑ', x: 'ㄒ', zh: 'ㄓ', ch: 'ㄔ', sh: 'ㄕ', r: 'ㄖ', z: 'ㄗ', c: 'ㄘ', s: 'ㄙ',
};

// Finals as written after an initial (`ü` as `v`; after j, q, x a written `u` is ü).
const FINALS: Readonly<Record<string, string>> = {
  a: 'ㄚ', o: 'ㄛ', e: 'ㄜ', ai: 'ㄞ', ei: 'ㄟ', ao: 'ㄠ', ou: 'ㄡ', an: 'ㄢ', en: 'ㄣ', ang: 'ㄤ', eng: 'ㄥ', ong: 'ㄨㄥ',
  i: 'ㄧ', ia: 'ㄧㄚ', io: 'ㄧㄛ', ie: 'ㄧㄝ', iao: 'ㄧㄠ', iu: 'ㄧㄡ', ian: 'ㄧㄢ', in: 'ㄧㄣ', iang: 'ㄧㄤ', ing: 'ㄧㄥ', iong: 'ㄩㄥ',
  u: 'ㄨ', ua: 'ㄨㄚ', uo: 'ㄨㄛ', uai: 'ㄨㄞ', ui: 'ㄨㄟ', uan: 'ㄨㄢ', un: 'ㄨㄣ', uang: 'ㄨㄤ',
  v: 'ㄩ', ve: 'ㄩㄝ', van: 'ㄩㄢ', vn: 'ㄩㄣ',
};

// Syllables without an initial (y-, w- spellings and the rest), and those whose final is not written.
const WHOLE: Readonly<Record<string, string>> = {
  a: 'ㄚ', o: 'ㄛ', e: 'ㄜ', ai: 'ㄞ', ei: 'ㄟ', ao: 'ㄠ', ou: 'ㄡ', an: 'ㄢ', en: 'ㄣ', ang: 'ㄤ', eng: 'ㄥ', er: 'ㄦ',
  yi: 'ㄧ', ya: 'ㄧㄚ', yo: 'ㄧㄛ', ye: 'ㄧㄝ', yai: 'ㄧㄞ', yao: 'ㄧㄠ', you: 'ㄧㄡ', yan: 'ㄧㄢ', yin: 'ㄧㄣ', yang: 'ㄧㄤ', ying: 'ㄧㄥ',
  yong: 'ㄩㄥ', yu: 'ㄩ', yue: 'ㄩㄝ', yuan: 'ㄩㄢ', yun: 'ㄩㄣ',
  wu: 'ㄨ', wa: 'ㄨㄚ', wo: 'ㄨㄛ', wai: 'ㄨㄞ', wei: 'ㄨㄟ', wan: 'ㄨㄢ', wen: 'ㄨㄣ', wang: 'ㄨㄤ', weng: 'ㄨㄥ',
  zhi: 'ㄓ', chi: 'ㄔ', shi: 'ㄕ', ri: 'ㄖ', zi: 'ㄗ', ci: 'ㄘ', si: 'ㄙ',
  // Interjections: 嗯 n/ng, 呣 m, 哼 hng, 噷 hm; 欸 ê.
  m: 'ㄇ', n: 'ㄋ', ng: 'ㄫ', hm: 'ㄏㄇ', hng: 'ㄏㄫ', ê: 'ㄝ',
  // The erhua r of 儿 (一点儿 yìdiǎnr → ㄧˋ ㄉㄧㄢˇㄦ).
  r: 'ㄦ',
};

/** Zhuyin's tone marks, written after the syllable; the neutral ˙ goes before it, the first tone has none. */
const ZHUYIN_TONES = ['', '', 'ˊ', 'ˇ', 'ˋ'] as const;
const ZHUYIN_NEUTRAL = '˙';

/**
 * A toneless pinyin syllable (lowercase, `ü` as `v` or `ü`) in zhuyin
 * (bopomofo) letters, without tone: `zhong` → `ㄓㄨㄥ`, `lv` → `ㄌㄩ`,
 * `r` (erhua) → `ㄦ`; `undefined` for letters that are no pinyin syllable.
 */
export function zhuyinLetters(bare: string): string | undefined {
  const syllable = bare.replace(/ü/g, 'v');
  const whole = WHOLE[syllable];
  if (whole !== undefined) return whole;
  const initial = syllable.startsWith('zh') || syllable.startsWith('ch') || syllable.startsWith('sh') ? syllable.slice(0, 2) : syllable[0]!;
  const zhuyinInitial = INITIALS[initial];
  if (zhuyinInitial === undefined) return undefined;
  let final = syllable.slice(initial.length);
  // After j, q, x the u written is ü: ju ㄐㄩ, quan ㄑㄩㄢ, xue ㄒㄩㄝ.
  if ((initial === 'j' || initial === 'q' || initial === 'x') && final.startsWith('u')) final = `v${final.slice(1)}`;
  const zhuyinFinal = FINALS[final];
  return zhuyinFinal === undefined ? undefined : zhuyinInitial + zhuyinFinal;
}

/**
 * A tone-marked pinyin syllable (as the reading engine writes it) in zhuyin,
 * tones as zhuyin writes them: `zhōng` → `ㄓㄨㄥ` (first tone unmarked),
 * `guó` → `ㄍㄨㄛˊ`, `le` → `˙ㄌㄜ` (neutral before the syllable); with
 * `tone: false`, no tone at all. Erhua `r` → `ㄦ`. A syllable that is not
 * pinyin is returned as it is (never the case for the engine's readings).
 */
export function toZhuyin(syllable: string, tone = true): string {
  if (syllable === 'r') return 'ㄦ';
  const { bare, tone: number } = splitTone(syllable.normalize('NFC').toLowerCase());
  const letters = zhuyinLetters(bare);
  if (letters === undefined) return syllable;
  if (!tone) return letters;
  return number === 5 ? ZHUYIN_NEUTRAL + letters : letters + ZHUYIN_TONES[number]!;
}
