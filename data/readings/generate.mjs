// Generates src/data/readingData.generated.ts from @pinyin-pro/data's
// complete word list (ISC) and CC-CEDICT (CC BY-SA 4.0).
// Run: node data/readings/generate.mjs
//
// What it keeps (see data/readings/README.md for why):
// - CHARS: every Han character whose reading inside words is not settled by
//   one reading: its most common reading inside words (majority over the
//   dictionary's word types) and whether, as a word on its own, it is more
//   common than inside words (then a one-character token takes its default
//   reading).
// - WORDS: the dictionary words where one of those characters is read
//   otherwise than the engine reads it without the word (first character:
//   its in-word reading; later ones: pinyin-pro's reading of the word).
// - DEFAULTS: every character's default reading (pinyin-pro's, alone).
// - CC-CEDICT words @pinyin-pro/data lacks, and the readings of names.
// - CITATIONS: the citation tone of characters that listed words read
//   toneless though they are not particles (认识 rènshi → shí).
// - Chemical elements read as the element (钌 liǎo).
// - WORD_COUNTS: how often jieba's dictionary counts the common words that
//   hold a character the polyphone model decides (the model may not
//   overrule the dictionaries on common words: readPolyphones).
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const complete = require('@pinyin-pro/data/complete.json');
const traditional = require('@pinyin-pro/data/traditional.json');
const { pinyin, polyphonic } = require('pinyin-pro');
// hotoo's pinyin (MIT), a devDependency: its per-character readings (from the
// pinyin-data project) are a third opinion on a character's usual reading.
const { pinyin: hotooPinyin } = require('pinyin');
// OpenCC's conversion tables (opencc-js, a devDependency; the data Apache-2.0).
const OpenCC = require('opencc-js');
const { default: TSCharacters } = await import('opencc-js/dict/TSCharacters');
const { default: TWVariantsRev } = await import('opencc-js/dict/TWVariantsRev');
const { default: HKVariantsRev } = await import('opencc-js/dict/HKVariantsRev');
// iconv-lite (a dependency of the library): which characters GB 2312 holds.
const iconv = require('iconv-lite');
const version = JSON.parse(readFileSync(resolve(dirname(require.resolve('@pinyin-pro/data/complete.json')), '../package.json'), 'utf8')).version;

const HAN = /^\p{Script=Han}+$/u;
/**
 * A verb with a potential complement, V得C (吃得了 chī de liǎo, 找得着 zhǎo de
 * zháo, 想得到): @pinyin-pro/data writes some of them with 得 dé, the
 * standard with the particle de. Words where 得 is part of the verb (不得了,
 * 所得税, 获得者) or of a name (彼得罗) have other first or last characters.
 */
const COMPLEMENTS = new Set(['liǎo', 'lái', 'chū', 'zháo', 'dào', 'qǐ', 'zhù', 'dòng', 'wán', 'jí', 'jiàn', 'dǒng', 'qīng', 'kāi', 'xià', 'shàng', 'guò', 'chéng', 'xiāo']);
const NOT_VERBS = new Set('不所获何安幸彼罗佛乍习亨刘尤终能胡杨心奖方故总热');
function isPotentialComplement(chars, syllables) {
  return chars.length === 3 && chars[1] === '得' && syllables[1] === 'dé' && !NOT_VERBS.has(chars[0]) && COMPLEMENTS.has(syllables[2]);
}

/** char → reading → [word types, summed frequency] */
// Readings the sources get wrong, checked against the standard dictionaries
// (现代汉语词典): CC-CEDICT's 海陆空 hǎilùkòng is hǎilùkōng "sea, land and air".
const CORRECTIONS = { 海陆空: 'hǎi lù kōng' };
// Words no source lists, written for this project (checked against the
// standard dictionaries, 现代汉语词典): 长高 zhǎnggāo "grow taller" (孩子长高了),
// which jieba's HMM keeps as one token that would otherwise read 长 cháng.
// Read like the dictionary words, but not counted in the usual readings.
const ADDITIONS = { 长高: 'zhǎng gāo' };

const inWords = new Map();
const wordFrequency = new Map();
const entries = [];
for (const [word, value] of Object.entries(complete)) {
  const [listed, frequency = 0] = Array.isArray(value) ? value : [value, 0];
  const reading = CORRECTIONS[word] ?? listed;
  const syllables = reading.normalize('NFC').split(' ');
  const chars = [...word];
  if (chars.length < 2 || syllables.length !== chars.length || !HAN.test(word)) continue;
  if (isPotentialComplement(chars, syllables)) syllables[1] = 'de';
  entries.push([word, chars, syllables]);
  chars.forEach((char, i) => {
    let readings = inWords.get(char);
    if (!readings) inWords.set(char, (readings = new Map()));
    const tally = readings.get(syllables[i]) ?? [0, 0];
    tally[0]++;
    tally[1] += frequency;
    readings.set(syllables[i], tally);
    wordFrequency.set(char, (wordFrequency.get(char) ?? 0) + frequency);
  });
}
for (const [word, reading] of Object.entries(ADDITIONS)) {
  if (word in complete) throw new Error(`${word} is listed in @pinyin-pro/data now: drop it from ADDITIONS`);
  entries.push([word, [...word], reading.normalize('NFC').split(' ')]);
}

/** No tone mark: a neutral tone (桌子 zhuōzi), never a default where toned readings exist. */
const isNeutral = (syllable) => !/[\u0304\u0301\u030c\u0300]/.test(syllable.normalize('NFD'));

/**
 * A neutral tone is a usual reading only where it clearly dominates (们 men
 * in 58 word types, mén in 3; 么 me): then it must outnumber every toned
 * reading NEUTRAL_RATIO times. 子 (zi 2469, zǐ 2155) stays zǐ.
 */
const NEUTRAL_RATIO = 3;

// A one-character token keeps pinyin-pro's reading when the character is at
// least as frequent alone as inside all words together.
const ALONE_RATIO = 1;
const chars = new Map(); // char → [usual reading, standalone preferred]
for (const [char, readings] of inWords) {
  // 一 and 不 are read by pinyin-pro (tone sandhi).
  if (char === '一' || char === '不') continue;
  // Three opinions on the usual reading: the majority over the dictionary's
  // word types (neutral tones never chosen where a toned reading exists),
  // pinyin-pro's reading of the character alone, and hotoo's. Two that agree
  // win; otherwise the word-type majority.
  const majority = majorityReading(readings);
  const alone = pinyin(char);
  const hotoo = hotooPinyin(char, { segment: false })[0]?.[0]?.normalize('NFC');
  const usual = alone === hotoo ? alone : majority;
  // Nothing to keep when every word and the character alone read it the
  // usual way (a character read one way in all its words, but not that way
  // alone, is kept: 仡 yì, but 仡佬 gēlǎo).
  if (readings.size === 1 && readings.has(usual) && usual === alone) continue;
  const single = complete[char];
  const singleFrequency = Array.isArray(single) ? single[1] ?? 0 : 0;
  chars.set(char, [usual, singleFrequency >= ALONE_RATIO * (wordFrequency.get(char) ?? 0)]);
}


// A character that names a chemical element is read as the element (钌 liǎo
// ruthenium, 锔 jú curium, 镝 dī dysprosium), as chemistry and any modern text
// uses it; its older readings (钌 liào "hasp", 锔 jū "mend with cramps") are
// rare. Only readings pinyin-pro lists for the character are taken.
const ELEMENTS = {
  氢: 'qīng', 氦: 'hài', 锂: 'lǐ', 铍: 'pí', 硼: 'péng', 碳: 'tàn', 氮: 'dàn', 氧: 'yǎng', 氟: 'fú', 氖: 'nǎi',
  钠: 'nà', 镁: 'měi', 铝: 'lǚ', 硅: 'guī', 磷: 'lín', 硫: 'liú', 氯: 'lǜ', 氩: 'yà', 钾: 'jiǎ', 钙: 'gài',
  钪: 'kàng', 钛: 'tài', 钒: 'fán', 铬: 'gè', 锰: 'měng', 钴: 'gǔ', 镍: 'niè', 锌: 'xīn', 镓: 'jiā',
  锗: 'zhě', 砷: 'shēn', 硒: 'xī', 溴: 'xiù', 氪: 'kè', 铷: 'rú', 锶: 'sī', 钇: 'yǐ', 锆: 'gào', 铌: 'ní',
  钼: 'mù', 锝: 'dé', 钌: 'liǎo', 铑: 'lǎo', 钯: 'bǎ', 镉: 'gé', 铟: 'yīn', 锑: 'tī', 碲: 'dì', 碘: 'diǎn',
  氙: 'xiān', 铯: 'sè', 钡: 'bèi', 镧: 'lán', 铈: 'shì', 镨: 'pǔ', 钕: 'nǚ', 钷: 'pǒ', 钐: 'shān', 铕: 'yǒu',
  钆: 'gá', 铽: 'tè', 镝: 'dī', 钬: 'huǒ', 铒: 'ěr', 铥: 'diū', 镱: 'yì', 镥: 'lǔ', 铪: 'hā', 钽: 'tǎn',
  钨: 'wū', 铼: 'lái', 锇: 'é', 铱: 'yī', 铂: 'bó', 汞: 'gǒng', 铊: 'tā', 铅: 'qiān', 铋: 'bì', 钋: 'pō',
  砹: 'ài', 氡: 'dōng', 钫: 'fāng', 镭: 'léi', 锕: 'ā', 钍: 'tǔ', 镤: 'pú', 铀: 'yóu', 镎: 'ná', 钚: 'bù',
  镅: 'méi', 锔: 'jú', 锫: 'péi', 锎: 'kāi', 锿: 'āi', 镄: 'fèi', 钔: 'mén', 锘: 'nuò', 铹: 'láo',
};
const elementDefaults = new Map();
for (const [char, reading] of Object.entries(ELEMENTS)) {
  const known = polyphonic(char, { type: 'array' })[0].map((r) => r.normalize('NFC'));
  if (!known.includes(reading)) {
    console.warn(`element ${char} ${reading}: not among pinyin-pro's readings ${known.join(' ')}, skipped`);
    continue;
  }
  if (known[0] !== reading) elementDefaults.set(char, reading);
  if (chars.has(char)) chars.get(char)[0] = reading;
}

function majorityReading(readings) {
  let best;
  let bestTally = [-1, -1];
  const toned = Math.max(0, ...[...readings].filter(([reading]) => !isNeutral(reading)).map(([, tally]) => tally[0]));
  for (const [reading, tally] of readings) {
    if (isNeutral(reading) && readings.size > 1 && tally[0] < NEUTRAL_RATIO * toned) continue;
    if (tally[0] > bestTally[0] || (tally[0] === bestTally[0] && tally[1] > bestTally[1])) {
      best = reading;
      bestTally = tally;
    }
  }
  return best;
}

// The words whose reading of one of those characters is not its usual one.
const words = [];
for (const [word, wordChars, syllables] of entries) {
  if (wordChars.some((char, i) => chars.has(char) && chars.get(char)[0] !== syllables[i])) {
    words.push(`${word} ${syllables.join(' ')}`);
  }
}

// CC-CEDICT (CC BY-SA 4.0, through the cc-cedict package) reads the words
// it reads one way only: where @pinyin-pro/data lists the word too, CC-CEDICT
// wins (its names follow their official romanisation, 彭丽媛 Péng Lìyuán
// rather than yuàn, 勃艮第 Bógèndì; its common words write the standard's
// neutral tones, 上边 shàngbian, 地上 dìshang), and it adds the words
// @pinyin-pro/data lacks (太姥山 Tàimǔshān). A word is listed when its
// reading of a character differs from what the engine would read without
// it; such a character joins CHARS with its default reading as usual
// reading, so that the engine looks the word up.
const cedictPath = resolve(dirname(fileURLToPath(import.meta.resolve('cc-cedict'))), '../data/simplified.js');
const cedict = (await import(cedictPath)).default;
const cedictVersion = JSON.parse(readFileSync(resolve(dirname(cedictPath), '../package.json'), 'utf8')).version;
let cedictWords = 0;
const replaced = new Set();
/** CC-CEDICT's words that @pinyin-pro/data lacks, read one way: [word, chars, syllables]. */
const cedictOnly = [];
const cedictLines = new Set();
for (const [word, readings] of Object.entries(cedict)) {
  if (!HAN.test(word) || word in CORRECTIONS) continue;
  const wordChars = [...word];
  const distinct = [...new Set(Object.keys(readings).map((reading) => reading.toLowerCase()))];
  if (wordChars.length < 2 || distinct.length !== 1) continue;
  const syllables = distinct[0].split(' ').map(markTone);
  if (syllables.length !== wordChars.length || syllables.includes(undefined)) continue;
  // A character read otherwise than usual must be read as pinyin-pro knows
  // it can be (a neutral tone included only where pinyin-pro lists it, as
  // 们 men): another reading is a CC-CEDICT variant, error, or a neutral tone
  // that is not the standard one.
  const isReading = (char, i) => polyphonic(char, { type: 'array' })[0].some((known) => known.normalize('NFC') === syllables[i]);
  const usualOf = (char) => chars.get(char)?.[0] ?? elementDefaults.get(char) ?? polyphonic(char, { type: 'array' })[0]?.[0]?.normalize('NFC');
  const differs = wordChars.map((char, i) => char !== '一' && char !== '不' && usualOf(char) !== syllables[i]);
  if (!wordChars.every((char, i) => !differs[i] || isReading(char, i))) continue;
  if (word in complete) replaced.add(word);
  else cedictOnly.push([word, wordChars, syllables]);
  if (!differs.includes(true)) continue;
  wordChars.forEach((char, i) => {
    if (differs[i] && !chars.has(char)) chars.set(char, [usualOf(char), false]);
  });
  words.push(`${word} ${syllables.join(' ')}`);
  cedictLines.add(words.at(-1));
  cedictWords++;
}

if (replaced.size > 0) {
  const kept = words.filter((line) => !replaced.has(line.slice(0, line.indexOf(' '))) || cedictLines.has(line));
  words.length = 0;
  words.push(...kept);
}

// Words read right only as a whole. A token that is not a listed word reads
// a character from the longest listed word inside it (readInListedWord), but
// most dictionary words are not listed, as they read every character the
// usual way: 飞行员 would take 行 from the listed 行员 hángyuán. Such words
// are listed too, with their own reading (飞行员 fēi xíng yuán). CC-CEDICT's
// reading of a word wins here as above.
const GUARD_LONGEST = 4;
// Function words at the edge of a token: in a token that is not listed,
// these read as the function word at its start or end (都是 dōushì, 吃了
// chīle; readTokens reads them from FUNCTION_EDGE_DATA), so the dictionary
// words that read them otherwise there are listed (都市 dūshì, 还原
// huányuán, 明了 míngliǎo).
const FUNCTION_EDGES = { start: { 都: 'dōu', 还: 'hái' }, end: { 了: 'le' } };
const listed = new Map(words.map((line) => [line.slice(0, line.indexOf(' ')), line.slice(line.indexOf(' ') + 1).split(' ')]));
const cedictReading = new Map([...cedictLines].map((line) => [line.slice(0, line.indexOf(' ')), line.slice(line.indexOf(' ') + 1).split(' ')]));
/** readInListedWord over a whole word: the listed word inside it that covers `at`, longest first. */
const readInside = (wordChars, at) => {
  for (let length = Math.min(GUARD_LONGEST, wordChars.length - 1); length >= 2; length--) {
    for (let start = Math.max(0, at - length + 1); start <= at && start + length <= wordChars.length; start++) {
      const inner = listed.get(wordChars.slice(start, start + length).join(''));
      if (inner) return inner[at - start];
    }
  }
  return undefined;
};
let guardWords = 0;
for (const [word, wordChars, dictionarySyllables] of [...entries, ...cedictOnly]) {
  if (listed.has(word) || wordChars.some((char) => char.length > 1)) continue;
  const syllables = cedictReading.get(word) ?? dictionarySyllables;
  const misread = wordChars.some((char, i) => {
    if (!chars.has(char) || char === '一' || char === '不') return false;
    const inside = readInside(wordChars, i);
    if (inside !== undefined) return inside !== syllables[i];
    const functionWord = i === 0 ? FUNCTION_EDGES.start[char] : i === wordChars.length - 1 ? FUNCTION_EDGES.end[char] : undefined;
    return functionWord !== undefined && functionWord !== syllables[i];
  });
  if (!misread) continue;
  words.push(`${word} ${syllables.join(' ')}`);
  guardWords++;
}

/** CC-CEDICT's `lu:4` → `lǜ`, `zi5` → `zi`, erhua `r5` → `er` (toneless: the engine writes it `r`). */
function markTone(numbered) {
  const match = /^([a-z:]+)([1-5])$/.exec(numbered);
  if (!match) return undefined;
  const letters = match[1] === 'r' ? 'er' : match[1].replace('u:', 'ü');
  const tone = Number(match[2]);
  if (tone === 5) return letters;
  const mark = ['\u0304', '\u0301', '\u030c', '\u0300'][tone - 1];
  // The mark goes on a or e, on the o of ou, else on the last vowel.
  const at = /[ae]/.test(letters) ? letters.search(/[ae]/) : letters.includes('ou') ? letters.indexOf('o') : letters.search(/[iouü][^iouü]*$/);
  if (at === -1) return undefined;
  return (letters.slice(0, at + 1) + mark + letters.slice(at + 1)).normalize('NFC');
}

// Traditional → simplified, character by character (both one UTF-16 unit, so
// offsets stay put): the engine reads 銀行行長 as 银行行长. From
// @pinyin-pro/data's table and OpenCC's (Apache-2.0, through opencc-js, a
// devDependency): its character table and the Taiwan and Hong Kong variants
// (車 → 车, 説 → 说, 祕 → 秘, which @pinyin-pro/data lacks). A character
// the two regional conversions turn into different characters is left
// alone.
// A few sources are simplified characters of their own with another
// reading (骼 gé is not a form of 胳 gē, 乾 qián in 乾隆 not 干, 吒 zhā in
// 哪吒 not 咤 zhà): a pair whose source is in GB 2312 (the simplified
// character set) and reads otherwise than its target, alone or inside words,
// is left out; but for 於: pinyin-pro reads it wū alone (archaic), every
// word reads it yú, as 于 (由於, 關於).
const ALWAYS_CONVERTED = new Set(['於']);
/** A character's usual reading inside words (the majority over word types), else alone. */
const inWordReading = (char) => (inWords.has(char) ? majorityReading(inWords.get(char)) : pinyin(char));
const readsAlike = (from, to) => pinyin(from) === pinyin(to) && inWordReading(from) === inWordReading(to);
const inGb2312 = (char) => {
  const bytes = iconv.encode(char, 'gbk');
  return bytes.length === 2 && bytes[0] >= 0xb0 && bytes[0] <= 0xf7 && bytes[1] >= 0xa1 && bytes[1] <= 0xfe;
};
const toSimplifiedPair = new Map(Object.entries(traditional));
const fromTaiwan = OpenCC.Converter({ from: 'tw', to: 'cn' });
const fromHongKong = OpenCC.Converter({ from: 'hk', to: 'cn' });
for (const table of [TSCharacters, TWVariantsRev, HKVariantsRev]) {
  for (const entry of table.split('|')) {
    const from = entry.slice(0, entry.indexOf(' '));
    const [taiwan, hongKong] = [fromTaiwan(from), fromHongKong(from)];
    if (from.length !== 1 || taiwan.length !== 1 || toSimplifiedPair.has(from)) continue;
    if (taiwan === hongKong || hongKong === from) toSimplifiedPair.set(from, taiwan);
  }
}
const traditionalPairs = [...toSimplifiedPair]
  .filter(([from, to]) => from.length === 1 && to.length === 1 && from !== to)
  .filter(([from, to]) => !inGb2312(from) || readsAlike(from, to) || ALWAYS_CONVERTED.has(from))
  .map(([from, to]) => from + to)
  .join('');

// Every character's default reading (pinyin-pro's first reading of it
// alone: 了 le, 长 cháng), grouped by reading like pinyin-pro's own dict1:
// the engine reads text from these tables without calling pinyin-pro.
const byReading = new Map();
const addDefault = (cp) => {
  const char = String.fromCodePoint(cp);
  const reading = elementDefaults.get(char) ?? polyphonic(char, { type: 'array' })[0]?.[0]?.normalize('NFC');
  // Any tone-marked letters (嗯 ǹg and 呣 ḿ too); pinyin-pro echoes a character it does not know.
  if (reading === undefined || reading === char || !/^[a-zü\u0300-\u036f]+$/u.test(reading.normalize('NFD'))) return;
  byReading.set(reading, (byReading.get(reading) ?? '') + char);
};
for (let cp = 0x3400; cp < 0xa000; cp++) addDefault(cp);
for (let cp = 0xf900; cp < 0xfb00; cp++) addDefault(cp);
for (let cp = 0x20000; cp < 0x32000; cp++) addDefault(cp);
const defaultLines = [...byReading].map(([reading, group]) => `${reading}:${group}`);

// Every reading pinyin-pro lists for a character, in its order (行 xíng háng
// hàng héng), grouped by the list, for the characters where that is not
// just their default reading: what strip() accepts, select: 'polyphonic'
// counts and the learner page's popups show, without loading pinyin-pro at
// run time.
// (pinyin-pro echoes a character it does not know: no reading.)
const PINYIN_LETTERS = /^[a-zü\u0300-\u036f]+$/u;
const allReadings = (char) =>
  (polyphonic(char, { type: 'array' })[0] ?? [])
    .map((reading) => reading.normalize('NFC'))
    .filter((reading) => reading !== char && PINYIN_LETTERS.test(reading.normalize('NFD')));
const defaultReading = new Map();
for (const [reading, group] of byReading) for (const char of group) defaultReading.set(char, reading);
const byList = new Map();
const addList = (cp) => {
  const char = String.fromCodePoint(cp);
  const list = allReadings(char);
  if (list.length === 0 || (list.length === 1 && list[0] === defaultReading.get(char))) return;
  const key = list.join(' ');
  byList.set(key, (byList.get(key) ?? '') + char);
};
for (let cp = 0x3400; cp < 0xa000; cp++) addList(cp);
for (let cp = 0xf900; cp < 0xfb00; cp++) addList(cp);
for (let cp = 0x20000; cp < 0x32000; cp++) addList(cp);
const listLines = [...byList].map(([list, group]) => `${list}:${group}`);

// Citation tones for neutral tones in words. Dictionaries write many
// lexical syllables in words with a neutral tone (认识 rènshi, 衣服 yīfu,
// 枇杷 pípa); much annotated text, pinyin-pro for many of these words, and
// the CPP benchmark's labels write the syllable's own tone (rènshí). The engine
// does that by default (see ReadingOptions.neutralTone): for each character
// read toneless in some listed word, the first reading with the same letters
// and a tone that pinyin-pro lists for it. Particles and grammatical suffixes
// keep the neutral tone (了 le, 们 men, 桌子 zhuōzi, 右边 yòubian), and are
// left out.
// 一 and 不 are left to the engine's sandhi rules (说一说 shuō yi shuō).
const GRAMMATICAL = new Set('的地得了着过吗呢吧啊呀哇哪啦喽嘛呗么们哟咯哩罢呐噢子边一不');
const citations = new Map();
for (const line of words) {
  const [word, ...syllables] = line.split(' ');
  [...word].forEach((char, i) => {
    const syllable = syllables[i];
    if (!isNeutral(syllable) || GRAMMATICAL.has(char) || citations.has(char) || syllable === 'er') return;
    const sameLetters = (reading) => !isNeutral(reading) && reading.normalize('NFD').replace(/[\u0304\u0301\u030c\u0300]/g, '').normalize('NFC') === syllable;
    const toned = polyphonic(char, { type: 'array' })[0].map((r) => r.normalize('NFC')).find(sameLetters);
    if (toned !== undefined) citations.set(char, toned);
  });
}
const citationLines = [...citations].map(([char, reading]) => char + reading);

// Words ending in a modal particle that they read with a tone (酒吧 jiǔbā,
// 爪哇 Zhǎowā, 唢呐 suǒnà): the engine makes a particle closing a clause
// toneless (走吧！ zǒu ba) except at the end of these words. From CC-CEDICT,
// whose readings of such words are curated (@pinyin-pro/data also lists
// phrases like 好呀 hǎo yā). The particles are readTokens' MODAL_PARTICLES.
const MODAL_PARTICLES = '啊吧呢吗嘛呀哇啦哦哟呗咯喽哩呐';
const particleWords = new Set();
for (const [word, readings] of Object.entries(cedict)) {
  const wordChars = [...word];
  if (wordChars.length < 2 || !HAN.test(word) || !MODAL_PARTICLES.includes(wordChars.at(-1))) continue;
  for (const reading of Object.keys(readings)) {
    const syllables = reading.split(' ');
    if (syllables.length === wordChars.length && !syllables.at(-1).endsWith('5')) particleWords.add(word);
  }
}

// Taiwan's standard writes some characters of the simplified character set
// for a second character too: 著 for 着 (隨著 suízhe, 穿著, 著手), 乾 for
// 干 gān (乾淨, 餅乾), 瞭 for 了 (瞭解), 徵 for 征 (特徵, 徵求); the
// simplified standard keeps them for one reading only (著名 zhù, 乾隆 qián,
// 瞭望 liào, 宫商角徵羽 zhǐ). Listed with the words (2 to 5 characters, both
// dictionaries) that read them so: in text that is not simplified, the
// character outside them is read as the second one (src/hanzi/readingForm.ts).
// Each row: the character, the second character, its own reading, and its
// one reading as the second character where it has only one (Taiwan's 乾 is
// 干 gān "dry" only, as 幹 is gàn; its 瞭 is 了 liǎo only, as 了 is le).
const SHARED_FORMS = [
  ['著', '着', 'zhù', ''],
  ['乾', '干', 'qián', 'gān'],
  ['瞭', '了', 'liào', 'liǎo'],
  ['徵', '征', 'zhǐ', 'zhēng'],
];
const regionalLines = SHARED_FORMS.map(([char, second, own, secondReading]) => {
  const keep = new Set();
  for (const [word, wordChars, syllables] of [...entries, ...cedictOnly]) {
    const at = wordChars.indexOf(char);
    if (at !== -1 && wordChars.length <= 5 && syllables[at] === own) keep.add(word);
  }
  return `${char}${second}${secondReading}:${[...keep].sort().join(',')}`;
});

// The syllables the engine may write for a character that pinyin-pro does
// not list for it: its usual reading and its syllable in listed words, where
// those are toneless (东西 → 西 xi, 大夫 → 夫 fu) or another dictionary's
// (阿房宫 → 房 páng). strip() accepts them too (guarantee 1), from this table
// alone, so it never parses the word list. Grouped by syllable.
const engineExtras = new Map(); // syllable → characters
const addExtra = (char, syllable) => {
  if (!syllable || defaultReading.get(char) === syllable || allReadings(char).includes(syllable)) return;
  const group = engineExtras.get(syllable) ?? '';
  if (![...group].includes(char)) engineExtras.set(syllable, group + char);
};
for (const [char, [usual]] of chars) addExtra(char, usual);
// Taiwan's 著 read as 着 may be zháo or zhāo (睡著 shuìzháo, 著急), which
// pinyin-pro does not list for 著.
for (const [char, second, , secondReading] of SHARED_FORMS) {
  for (const reading of secondReading ? [secondReading] : allReadings(second)) addExtra(char, reading);
}
for (const line of words) {
  const [word, ...syllables] = line.split(' ');
  [...word].forEach((char, i) => addExtra(char, syllables[i]));
}
const extraLines = [...engineExtras].map(([syllable, group]) => `${syllable}:${group}`);

// Word counts from jieba's dictionary (cppjieba's dict/jieba.dict.utf8 in
// nodejieba, MIT): the segmenter's own, so its tokens are these words. Only
// words of two or more characters counted at least COMMON_COUNT times that
// hold a character the polyphone model decides (data/g2pm/model.bin's
// header): readPolyphones protects common words from the model by their
// count, with thresholds from this one up.
const COMMON_COUNT = 500;
const modelFile = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../g2pm/model.bin'));
const modelHeader = JSON.parse(new TextDecoder().decode(modelFile.subarray(8, 8 + modelFile.readUInt32LE(4))));
const modelChars = new Set(modelHeader.decides.split(',').map((item) => String.fromCodePoint(item.codePointAt(0))));
const jiebaDict = resolve(dirname(require.resolve('nodejieba/package.json')), 'submodules/cppjieba/dict/jieba.dict.utf8');
const wordCounts = [];
for (const line of readFileSync(jiebaDict, 'utf8').split('\n')) {
  const [word, count] = line.split(' ');
  if (word && Number(count) >= COMMON_COUNT && [...word].length > 1 && HAN.test(word) && [...word].some((char) => modelChars.has(char))) {
    wordCounts.push(`${word}${count}`);
  }
}

const charLines = [...chars].map(([char, [reading, alone]]) => `${char}${alone ? '!' : ''}${reading}`);
const out = `// generated by data/readings/generate.mjs from @pinyin-pro/data ${version}
// (complete.json and traditional.json, ISC licence), CC-CEDICT (© MDBG,
// CC BY-SA 4.0, through the cc-cedict ${cedictVersion} package), OpenCC's
// conversion tables (Apache-2.0, through opencc-js), pinyin-pro and hotoo's
// pinyin (MIT): do not edit, regenerate. See data/readings/README.md.

/** \`字reading\` per character, \`!\` when the character is more common as a word on its own. */
export const CHAR_DATA = ${JSON.stringify(charLines.join(','))};

/** \`reading:characters\` per group: every character's default reading. */
export const DEFAULT_DATA = ${JSON.stringify(defaultLines.join(','))};

/** \`reading reading …:characters\` per group: pinyin-pro's readings of each character that has more than its default. */
export const READING_LISTS = ${JSON.stringify(listLines.join(','))};

/** \`syllable:characters\` per group: syllables the engine writes that pinyin-pro does not list for the character. */
export const ENGINE_EXTRA_DATA = ${JSON.stringify(extraLines.join(','))};

/** Pairs \`繁简\`: each traditional character followed by its simplified one. */
export const TRADITIONAL_DATA = ${JSON.stringify(traditionalPairs)};

/** The modal particles (readTokens' MODAL_PARTICLES) this file was made for. */
export const PARTICLE_CHARS = ${JSON.stringify(MODAL_PARTICLES)};

/** Words ending in a modal particle read with a tone, comma-separated (酒吧,爪哇). */
export const PARTICLE_WORDS = ${JSON.stringify([...particleWords].sort().join(','))};

/** \`字reading\` per character: its citation tone where a listed word reads it toneless (识shí). */
export const CITATION_DATA = ${JSON.stringify(citationLines.join(','))};

/** \`字reading,…|字reading,…\`: function words read so starting | ending a token that is not listed (都是 dōushì, 吃了 chīle). */
export const FUNCTION_EDGE_DATA = ${JSON.stringify([FUNCTION_EDGES.start, FUNCTION_EDGES.end].map((edge) => Object.entries(edge).map(([char, reading]) => char + reading).join(',')).join('|'))};

/** \`字字reading:word,word,…\` per character, \`|\`-separated: outside those words (2 to 5 characters), the first character is read as the second in text that is not simplified (著 → 着 but 著名), with that reading if one is given (乾 → 干 gān). */
export const REGIONAL_DATA = ${JSON.stringify(regionalLines.join('|'))};

/** \`wordcount\` comma-separated (调解711): jieba's dictionary's count of each common word (≥ ${COMMON_COUNT}) holding a character the polyphone model decides. */
export const WORD_COUNTS = ${JSON.stringify(wordCounts.join(','))};

/** \`word syllable syllable …\` per line: words the engine would misread without their entry. */
export const WORD_DATA = ${JSON.stringify(words.join('\n'))};
`;
const target = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/data/readingData.generated.ts');
writeFileSync(target, out);
console.log(`${cedictWords} CC-CEDICT ${cedictVersion} words, ${guardWords} words listed to guard them from a listed word inside, ${[...byReading.values()].reduce((n, g) => n + [...g].length, 0)} default readings, ${chars.size} characters, ${words.length} words, ${citations.size} citation tones, ${regionalLines.map((line) => `${line[0]} ${line.split(',').length}`).join(', ')} regional keep-words, ${particleWords.size} particle words, ${wordCounts.length} word counts, ${[...byList.values()].reduce((n, g) => n + [...g].length, 0)} reading lists, ${[...engineExtras.values()].reduce((n, g) => n + [...g].length, 0)} engine extras, ${out.length} chars written to ${target}`);
