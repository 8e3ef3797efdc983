// Generates src/segment/nameData.generated.ts, the tables of the name step
// (src/segment/recognizeNames.ts), from two permissively licensed sources:
// - jieba's dictionary as nodejieba ships it (cppjieba's dict/jieba.dict.utf8,
//   MIT): 349,000 words with a frequency and a part-of-speech tag, among them
//   about 60,000 person names (`nr`) and 6,000 transliterated ones (`nrt`);
// - pinyin-pro's surname table (MIT, a devDependency): about 500 surnames
//   with their surname reading (曾 zēng, 单 shàn, 尉迟 yù chí).
// Run: node data/names/generate.mjs
//
// What it derives (statistics only, nothing hand-listed but the suffixes in
// recognizeNames.ts):
// - SURNAME_DATA: each surname with its reading and a score: how much more
//   often jieba's person names start with it than jieba's words hold it
//   (log odds, tenths); `*` marks a character jieba tags as a name on its own.
// - GIVEN_DATA: characters of given names (after a surname in jieba's
//   two- and three-character `nr` words) with their log odds (tenths)
//   against their share of all the dictionary's text.
// - GIVEN_WORD_DATA: two-character words of jieba's dictionary that end two
//   or more of its three-character person names, are not much more common
//   as words, and are written with given-name characters (宏伟; not 文化, 丞相).
// - FOREIGN_DATA: characters of transliterated names: much more common in
//   jieba's `nrt`/`nrfg` names of three or more characters than in its text
//   and than in Chinese given names.
// - PERSON_DATA, PLACE_DATA, ORGANIZATION_DATA: the words of jieba's
//   dictionary that CC-CEDICT writes as a person's name (surname and given
//   name capitalised, 周恩来 Zhou1 En1 lai2), and those jieba tags as places
//   (`ns`) and organisations (`nt`) that CC-CEDICT also writes as proper
//   nouns (a capitalised reading), so that a tag error of jieba's (一劳永逸
//   `nr`) does not make a name; and CC-CEDICT's proper nouns of three or more
//   characters that jieba lacks (亚投行, 大湾区), as NEW_NAME_DATA, with a
//   kind told by their last characters where those say it.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const jiebaDir = dirname(require.resolve('nodejieba/package.json'));
const jiebaVersion = JSON.parse(readFileSync(resolve(jiebaDir, 'package.json'), 'utf8')).version;
const pinyinProDir = dirname(require.resolve('pinyin-pro/package.json'));
const pinyinProVersion = JSON.parse(readFileSync(resolve(pinyinProDir, 'package.json'), 'utf8')).version;
const { default: Surnames } = await import(resolve(pinyinProDir, 'dist/esm/data/surname.mjs'));

const lines = readFileSync(resolve(jiebaDir, 'submodules/cppjieba/dict/jieba.dict.utf8'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => line.split(' '));
const HAN = /^\p{Script=Han}+$/u;
const cedictPath = resolve(dirname(fileURLToPath(import.meta.resolve('cc-cedict'))), '../data/simplified.js');
const cedict = (await import(cedictPath)).default;
const cedictVersion = JSON.parse(readFileSync(resolve(dirname(cedictPath), '../package.json'), 'utf8')).version;
const isCedictName = (word) => word in cedict && Object.keys(cedict[word]).some((reading) => /^[A-Z]/.test(reading));

const surnames = new Map(Object.entries(Surnames).map(([surname, reading]) => [surname, reading.normalize('NFC')]));
const inText = new Map(); // character → summed frequency of the words holding it
let textTotal = 0;
const single = new Map(); // character → [frequency, tag] as a word on its own
const nameStarts = new Map();
let nameTotal = 0;
const given = new Map();
let givenTotal = 0;
const givenWords = new Map(); // two-character given name → how many of jieba's three-character names end in it
const wordFreq = new Map(); // two-character word → its frequency in jieba's dictionary
const foreign = new Map();
let foreignTotal = 0;
for (const [word, freqText, tag] of lines) {
  if (!HAN.test(word)) continue;
  const chars = [...word];
  const freq = Number(freqText);
  for (const char of chars) inText.set(char, (inText.get(char) ?? 0) + freq);
  textTotal += freq * chars.length;
  if (chars.length === 1) single.set(word, [freq, tag]);
  if (chars.length === 2) wordFreq.set(word, freq);
  if (tag === 'nr' && (chars.length === 2 || chars.length === 3)) {
    nameStarts.set(chars[0], (nameStarts.get(chars[0]) ?? 0) + 1);
    nameTotal++;
    if (surnames.has(chars[0])) {
      for (const char of chars.slice(1)) given.set(char, (given.get(char) ?? 0) + 1);
      givenTotal += chars.length - 1;
      if (chars.length === 3) givenWords.set(word.slice(1), (givenWords.get(word.slice(1)) ?? 0) + 1);
    }
  }
  if ((tag === 'nrt' || tag === 'nrfg') && chars.length >= 3) {
    for (const char of chars) foreign.set(char, (foreign.get(char) ?? 0) + 1);
    foreignTotal += chars.length;
  }
}

const KIND_OF_TAG = { ns: 'place', nt: 'organization' };
// CC-CEDICT writes a person's surname and given name each capitalised
// (Zhou1 En1 lai2), a place or a thing with one capital (Xi1 an1).
const isCedictPerson = (word) => Object.keys(cedict[word] ?? {}).some((reading) => /^[A-Z][a-z:]*\d [A-Z]/.test(reading));
const startsWithSurname = (word) => surnames.has(word.slice(0, 2)) || surnames.has(word[0]);
const known = { person: [], place: [], organization: [] };
const jiebaWords = new Set();
for (const [word, , tag] of lines) {
  jiebaWords.add(word);
  if (word.length < 2 || !HAN.test(word) || !isCedictName(word)) continue;
  // jieba's tags are often wrong for persons (周恩来 \`t\`, 阿根廷 \`nrt\`, 祝福
  // \`nr\`): a person is a name CC-CEDICT writes as a person's, starting with
  // a surname, up to four characters.
  const kind = word.length <= 4 && startsWithSurname(word) && isCedictPerson(word) ? 'person' : KIND_OF_TAG[tag];
  if (kind) known[kind].push(word);
}
const ORGANIZATION_ENDINGS = /(行|会|组织|党|社|公司|集团|大学|学院|联盟|部|局|署|院|所|厂|台|委)$/u;
const PLACE_ENDINGS = /(省|市|县|区|乡|镇|村|州|山|河|江|湖|岛|湾|港|峡|洲|国|城)$/u;
const newNames = { person: [], place: [], organization: [], other: [] };
for (const word of Object.keys(cedict)) {
  if (word.length < 3 || !HAN.test(word) || jiebaWords.has(word) || !isCedictName(word)) continue;
  const kind = ORGANIZATION_ENDINGS.test(word) ? 'organization' : PLACE_ENDINGS.test(word) ? 'place' : 'other';
  newNames[kind].push(word);
}

const logOdds = (counts, total, char) =>
  Math.log(((counts.get(char) ?? 0) + 0.5) / total) - Math.log(((inText.get(char) ?? 0) + 1) / textTotal);
const tenths = (x) => Math.round(x * 10);

const surnameItems = [...surnames].map(([surname, reading]) => {
  const chars = [...surname];
  const score = chars.length === 1 ? tenths(logOdds(nameStarts, nameTotal, surname)) : 99;
  const star = chars.length === 1 && single.get(surname)?.[1] === 'nr' ? '*' : '';
  return `${surname}${reading}${star}${score}`;
});

const givenItems = [...given.keys()]
  .filter((char) => given.get(char) >= 2)
  .map((char) => [char, tenths(logOdds(given, givenTotal, char))])
  .filter(([, score]) => score > -30)
  .sort((a, b) => b[1] - a[1])
  .map(([char, score]) => `${char}${score}`);

// Words that are given names as often as words: in two or more of jieba's
// three-character names (江宏伟, 何宏伟 …), and not more than 200 times as
// frequent as a word per name that holds them (宏伟 yes; 文化, 和平 no).
// Both characters must be given-name characters in their own right (log
// odds ≥ 0), which leaves out titles and nouns that follow names (丞相, 郎中).
const givenWordItems = [...givenWords]
  .filter(([word, count]) => count >= 2 && wordFreq.has(word) && wordFreq.get(word) <= 200 * count)
  .filter(([word]) => [...word].every((char) => logOdds(given, givenTotal, char) >= 0))
  .map(([word]) => word)
  .sort();

const foreignChars = [...foreign.keys()]
  .filter((char) => foreign.get(char) >= 3)
  .filter((char) => logOdds(foreign, foreignTotal, char) > 1 && logOdds(foreign, foreignTotal, char) > logOdds(given, givenTotal, char))
  .sort((a, b) => foreign.get(b) - foreign.get(a));

const out = `// generated by data/names/generate.mjs from jieba's dictionary (nodejieba ${jiebaVersion},
// cppjieba dict/jieba.dict.utf8, MIT), pinyin-pro ${pinyinProVersion}'s surname table (MIT)
// and CC-CEDICT (© MDBG, CC BY-SA 4.0, through the cc-cedict ${cedictVersion} package):
// do not edit, regenerate. See data/names/README.md.

/** \`surname reading score\` (reading: syllables joined by spaces; score: log odds in tenths; \`*\` jieba tags the character as a name), comma-separated. */
export const SURNAME_DATA = ${JSON.stringify(surnameItems.join(','))};

/** \`character score\` of given-name characters (log odds in tenths), comma-separated. */
export const GIVEN_DATA = ${JSON.stringify(givenItems.join(','))};

/** Words of jieba's dictionary that are often given names (宏伟 in 江宏伟), comma-separated. */
export const GIVEN_WORD_DATA = ${JSON.stringify(givenWordItems.join(','))};

/** Characters of transliterated names, most common first. */
export const FOREIGN_DATA = ${JSON.stringify(foreignChars.join(''))};

/** Names jieba's dictionary holds, by kind (comma-separated). */
export const PERSON_DATA = ${JSON.stringify(known.person.join(','))};
export const PLACE_DATA = ${JSON.stringify(known.place.join(','))};
export const ORGANIZATION_DATA = ${JSON.stringify(known.organization.join(','))};

/** Names jieba's dictionary lacks: \`organization|place|other\` lists, comma-separated. */
export const NEW_NAME_DATA = ${JSON.stringify([newNames.organization, newNames.place, newNames.other].map((list) => list.join(',')).join('|'))};
`;
writeFileSync(resolve(here, '../../src/segment/nameData.generated.ts'), out);
console.log(`${surnameItems.length} surnames, ${givenItems.length} given-name characters, ${givenWordItems.length} given-name words, ${foreignChars.length} transliteration characters`);
console.log(`known names: ${known.person.length} persons, ${known.place.length} places, ${known.organization.length} organisations; new: ${newNames.organization.length} organisations, ${newNames.place.length} places, ${newNames.other.length} others`);
