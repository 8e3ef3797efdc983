// select: { hsk: N } on the seed article: no word the HSK 3.0 list puts at
// levels 1–N is glossed, every listed word above N is. The levels are read
// from ../shared/data/hsk/levels.tsv itself (not the package's generated
// table), so a mistake in the generator would show here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotate, annotateTokens, findGlosses } from '../dist/index.js';
import { dataDir } from './dataDir.mjs';

const data = dataDir();
const text = readFileSync(join(data, 'seed', 'article.clean.txt'), 'utf8');
const listed = new Map();
for (const line of readFileSync(join(data, 'hsk', 'levels.tsv'), 'utf8').split('\n')) {
  if (line === '' || line.startsWith('#')) continue;
  const [word, traditional, hsk3] = line.split('\t');
  if (hsk3 === '') continue;
  for (const form of [word, ...(traditional ? traditional.split(',') : [])]) {
    if (!listed.has(form) || listed.get(form) > Number(hsk3)) listed.set(form, Number(hsk3));
  }
}
const HAN = /\p{Script=Han}+/u;

for (const level of [1, 4, 6]) {
  const tokens = annotateTokens(text, { select: { hsk: level } });
  const glossedWords = findGlosses(annotate(text, { select: { hsk: level } })).map((gloss) => gloss.word);
  let known = 0, knownGlossed = 0, above = 0, aboveGlossed = 0, unlisted = 0, unlistedGlossed = 0;
  const wrong = [];
  for (const token of tokens) {
    const word = HAN.exec(token.text)?.[0];
    if (word === undefined || token.pinyin === undefined) continue;
    const hsk = listed.get(word);
    if (hsk === undefined) {
      unlisted++;
      if (token.glossed) unlistedGlossed++;
    } else if (hsk <= level) {
      known++;
      if (token.glossed) { knownGlossed++; wrong.push(`${word}(${hsk}) glossed`); }
    } else {
      above++;
      if (token.glossed) aboveGlossed++;
      else wrong.push(`${word}(${hsk}) not glossed`);
    }
  }
  console.log(
    `hsk ${level}: listed tokens at levels 1–${level}: ${known}, glossed ${knownGlossed}; listed above: ${above}, glossed ${aboveGlossed}; ` +
      `unlisted tokens: ${unlisted}, glossed ${unlistedGlossed} (the others are made of listed words); annotate() wrote ${glossedWords.length} glosses` +
      (wrong.length > 0 ? `\n  wrong: ${wrong.slice(0, 20).join(', ')}` : ''),
  );
}

// Traditional forms: a listed word written in traditional characters gets
// the level of its simplified form (through the reading form).
let same = 0, differ = 0;
const misses = [];
for (const line of readFileSync(join(data, 'hsk', 'levels.tsv'), 'utf8').split('\n')) {
  if (line === '' || line.startsWith('#')) continue;
  const [word, traditional, hsk3] = line.split('\t');
  if (!traditional || hsk3 === '') continue;
  for (const form of traditional.split(',')) {
    const tokens = annotateTokens(form, { select: (token) => token.text === form });
    const token = tokens.length === 1 ? tokens[0] : undefined;
    if (token === undefined) continue; // segmented into several tokens: not a lookup of the form
    const expected = annotateTokens(word).length === 1 ? annotateTokens(word)[0].hsk : Number(hsk3);
    if (token.hsk === expected) same++;
    else { differ++; if (misses.length < 10) misses.push(`${form}→${token.hsk} (${word} ${expected})`); }
  }
}
console.log(`traditional forms cut as one token: level as their simplified form ${same}, otherwise ${differ}${misses.length ? `: ${misses.join(', ')}` : ''}`);
