// Strip, findGlosses and reannotate on the real seed page
// (the seed data set, see dataDir.mjs): strip(glossed) must equal the clean text byte for
// byte, findGlosses must find all 60 glosses (the repeated 到(dào) twice),
// match article.glosses.json, and flag 赢得(yíngde); reannotate samples.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findGlosses, reannotate, strip } from '../dist/index.js';
import { dataDir } from './dataDir.mjs';

const seed = join(dataDir('seed'), 'seed');
const glossed = readFileSync(join(seed, 'article.glossed.txt'), 'utf8');
const clean = readFileSync(join(seed, 'article.clean.txt'), 'utf8');
const gold = JSON.parse(readFileSync(join(seed, 'article.glosses.json'), 'utf8'));

let failed = false;

const stripped = strip(glossed);
const same = Buffer.compare(Buffer.from(stripped, 'utf8'), Buffer.from(clean, 'utf8')) === 0;
console.log(`strip(article.glossed.txt) === article.clean.txt byte for byte: ${same ? 'yes' : 'no'}`);
if (!same) {
  failed = true;
  let i = 0;
  while (i < stripped.length && stripped[i] === clean[i]) i++;
  console.log(`  first difference at UTF-16 offset ${i}:`);
  console.log(`  got      ${JSON.stringify(stripped.slice(Math.max(0, i - 20), i + 30))}`);
  console.log(`  expected ${JSON.stringify(clean.slice(Math.max(0, i - 20), i + 30))}`);
}
console.log(`strip(clean) === clean (nothing else touched): ${strip(clean) === clean ? 'yes' : 'no'}`);
if (strip(clean) !== clean) failed = true;

const glosses = findGlosses(glossed);
console.log(`findGlosses: ${glosses.length} found (gold ${gold.length})`);
// Compare with the gold list: word, pinyin, and the word's offsets in the clean text.
// Offsets in the clean text: subtract the glosses cut before the word.
const removedBefore = (offset) => glosses.filter((g) => g.end <= offset).reduce((sum, g) => sum + g.end - g.start, 0);
let matching = 0;
const mismatches = [];
glosses.forEach((gloss, i) => {
  const expected = gold[i];
  const start = gloss.wordStart - removedBefore(gloss.wordStart);
  const same = expected
    && expected.word === gloss.word && expected.pinyin === gloss.pinyin
    && expected.start === start && expected.end === start + gloss.word.length
    && expected.glossStart === gloss.start && expected.glossEnd === gloss.end;
  if (same) matching++;
  else mismatches.push(`${gloss.word}(${gloss.pinyin}) at ${start}`);
});
console.log(`  matching article.glosses.json (word, pinyin, word offsets in the clean text, gloss offsets in the page): ${matching}/${gold.length}`);
if (mismatches.length > 0 || glosses.length !== gold.length) {
  failed = true;
  console.log(`  mismatches: ${mismatches.slice(0, 10).join(', ')}`);
}
const repeated = glosses.filter((g) => g.word === '到');
console.log(`  到(dào)(dào) found ${repeated.length} times`);
const disagreeing = glosses.filter((g) => !g.agrees);
console.log(`  disagreeing with the reading in context: ${disagreeing.length}`);
for (const g of disagreeing) console.log(`    ${g.word}(${g.pinyin}) expected ${g.expected}`);
if (!disagreeing.some((g) => g.word === '赢得')) failed = true;

const sample = (text, word) => {
  const at = text.indexOf(word);
  return text.slice(Math.max(0, at - 12), at + 60).replace(/\s+/g, ' ');
};
console.log('\nreannotate samples:');
const ruby = reannotate(glossed, { output: 'ruby' });
console.log(`  ruby:      ${sample(ruby, '党群<ruby>服务站')}`);
const corrected = reannotate(glossed, { correct: true });
console.log(`  corrected: ${sample(corrected, '赢得')}`);
const numbered = reannotate(glossed, { tone: 'number', separator: ' ', brackets: 'fullwidth' });
console.log(`  numbered:  ${sample(numbered, '到（')}`);
console.log(`  strip(reannotate(page, corrected)) === clean: ${strip(corrected) === clean ? 'yes' : 'no'}`);
if (strip(corrected) !== clean) failed = true;

process.exitCode = failed ? 1 : 0;
