// How closely annotate() reproduces the real page's 60 glosses when asked to
// gloss the same spans of its clean text, and how many of those spans are
// exactly one token of segment(). Data: the seed page (see dataDir.mjs).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotate, annotateTokens, findGlosses, segment } from '../dist/index.js';
import { dataDir } from './dataDir.mjs';

const seed = join(dataDir('seed'), 'seed');
const text = readFileSync(join(seed, 'article.clean.txt'), 'utf8');
const glosses = JSON.parse(readFileSync(join(seed, 'article.glosses.json'), 'utf8'));

// 1. Token spans: is each glossed span exactly one of segment()'s tokens?
const tokenSpans = new Set(segment(text).map((token) => `${token.start}:${token.end}`));
const whole = glosses.filter((gloss) => tokenSpans.has(`${gloss.start}:${gloss.end}`));

// 2. Readings: gloss exactly the page's spans. A span that is a token is
// selected by a predicate on its offsets; a span that is not (a character
// inside a longer word, e.g. 党 of 党建) is read from the tokens it overlaps,
// in the context of the whole text.
const wanted = new Set(glosses.map((gloss) => `${gloss.start}:${gloss.end}`));
const tokens = annotateTokens(text, { select: (token) => wanted.has(`${token.start}:${token.end}`) });
const reproduced = [];
const misses = [];
for (const gloss of glosses) {
  const syllables = [];
  for (const token of tokens) {
    if (token.end <= gloss.start || token.start >= gloss.end || !token.pinyin) continue;
    // One syllable per Han character of the token: keep those inside the span.
    let index = 0;
    for (let at = token.start; at < token.end; ) {
      const char = String.fromCodePoint(text.codePointAt(at));
      if (/\p{Script=Han}/u.test(char)) {
        if (at >= gloss.start && at < gloss.end) syllables.push(token.pinyin[index]);
        index++;
      }
      at += char.length;
    }
  }
  const ours = syllables.join('');
  const isToken = tokenSpans.has(`${gloss.start}:${gloss.end}`);
  (ours === gloss.pinyin.normalize('NFC') ? reproduced : misses).push({ ...gloss, ours, isToken });
}
const glossedSpans = tokens.filter((token) => token.glossed).length;

console.log(`glosses reproduced exactly: ${reproduced.length} / ${glosses.length} (goal 59; the page's 赢得(yíngde) is its own error)`);
for (const miss of misses) {
  console.log(`  miss: ${miss.word} page ${miss.pinyin} ours ${miss.ours || '(none)'} at ${miss.start}${miss.isToken ? '' : ' (not one token)'}`);
}
console.log(`spans that are exactly one segment() token: ${whole.length} / ${glosses.length} (jieba cut() alone: 57)`);
for (const gloss of glosses.filter((g) => !tokenSpans.has(`${g.start}:${g.end}`))) {
  const around = segment(text.slice(Math.max(0, gloss.start - 4), gloss.end + 4)).map((t) => t.text).join('|');
  console.log(`  not a token: ${gloss.word} at ${gloss.start} (${around})`);
}
console.log(`distinct spans glossed by annotate() with the offsets predicate: ${glossedSpans} of ${wanted.size} (the others are not tokens; the page repeats 到(dào)(dào))`);

// 3. Spelling: the same spans written as annotate() writes a gloss (joined,
// with the spelling rules' apostrophe before a, o, e): the page writes none,
// and none of its words needs one, so every reproduced gloss stays the same.
const written = findGlosses(annotate(text, { select: (token) => wanted.has(`${token.start}:${token.end}`) }));
const pagePinyin = new Map(glosses.map((gloss) => [gloss.word, gloss.pinyin.normalize('NFC')]));
const withApostrophe = written.filter((gloss) => gloss.pinyin.includes("'"));
const sameAsPage = written.filter((gloss) => pagePinyin.get(gloss.word) === gloss.pinyin);
console.log(`annotate()'s written glosses on those spans: ${written.length}, equal to the page's: ${sameAsPage.length}, with an apostrophe: ${withApostrophe.length}`);
