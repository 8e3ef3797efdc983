// Polyphone accuracy of the reading engine, through the public annotateTokens
// (polyphones 'model', the default, unless said otherwise):
// - CPP dev split (data/cpp/dev.sent + dev.lb): the share of sentences whose
//   labelled character gets the gold reading when the whole sentence (markers
//   removed) is annotated; tones compared as digits, neutral = 5, ü = v.
// - findGlosses on the same sentences glossed character by character, as
//   content farms do (經(jīng)開(kāi)…): how often the expected reading of the
//   labelled character is the gold one (no segmenter: the glossed spans are
//   all findGlosses reads).
// - The seed page: how many of its 60 glosses get the page's own reading.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { annotateTokens, findGlosses } from '../dist/index.js';
import { dataDir, hasDataset } from './dataDir.mjs';

const MARKS = { '\u0304': 1, '\u0301': 2, '\u030c': 3, '\u0300': 4 };

/** `lǘ` → `lv2`, `le` → `le5`, `r` (erhua) → `r5`. */
function toDigits(syllable) {
  let tone = 5;
  let letters = '';
  for (const char of syllable.normalize('NFD')) {
    if (char in MARKS) tone = MARKS[char];
    else if (char === '\u0308') letters = letters.replace(/u$/, 'v');
    else letters += char;
  }
  return letters.toLowerCase() + tone;
}

/** The syllable of the Han character at UTF-16 offset `at`, from annotated tokens. */
function syllableAt(text, tokens, at) {
  for (const token of tokens) {
    if (at < token.start || at >= token.end) continue;
    if (!token.pinyin) return undefined;
    let index = 0;
    for (let i = token.start; i < at; ) {
      const cp = text.codePointAt(i);
      if (/\p{Script=Han}/u.test(String.fromCodePoint(cp))) index++;
      i += cp > 0xffff ? 2 : 1;
    }
    return token.pinyin[index];
  }
  return undefined;
}

const dir = dataDir('cpp');

// CPP dev. Its labels write every lexical syllable with its own tone (认识
// rèn4 shi2), so the headline figure reads with `neutralTone: 'particles'`,
// the option that writes them that way; the default ('dictionary': rènshi,
// as the standard writes it) is printed beside it.
const sentences = readFileSync(join(dir, 'cpp/dev.sent'), 'utf8').trimEnd().split('\n');
const labels = readFileSync(join(dir, 'cpp/dev.lb'), 'utf8').trimEnd().split('\n');

// Content farms convert copied news to traditional characters: the same
// sentences converted by OpenCC (opencc-js, a devDependency) to Taiwan's
// and Hong Kong's standard forms are read too. OpenCC converts phrase by
// phrase; a sentence whose length it changes (none in dev) is counted as
// missed.
const require = createRequire(import.meta.url);
const OpenCC = require('opencc-js');
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });

/** Sentences read right, and the labelled characters missed, with these options. */
function measure(options, convert = (text) => text) {
  let right = 0;
  const missed = new Map();
  for (let i = 0; i < sentences.length; i++) {
    const marked = sentences[i];
    const at = marked.indexOf('\u2581');
    const plain = marked.replaceAll('\u2581', '');
    const text = convert(plain);
    if (text.length !== plain.length) continue;
    const got = syllableAt(text, annotateTokens(text, options), at);
    const gold = labels[i].trim().replace('u:', 'v');
    if (got !== undefined && toDigits(got) === gold) right++;
    else {
      const char = String.fromCodePoint(text.codePointAt(at));
      missed.set(char, (missed.get(char) ?? 0) + 1);
    }
  }
  return { right, missed };
}

const percent = (right) => `${right}/${sentences.length} = ${((100 * right) / sentences.length).toFixed(2)}%`;
const started = performance.now();
const { right, missed } = measure({ neutralTone: 'particles' });
const seconds = (performance.now() - started) / 1000;
console.log(`CPP dev accuracy (neutralTone 'particles', the labels' convention): ${percent(right)}  (${seconds.toFixed(1)} s)`);
console.log(`CPP dev accuracy with the default options (neutralTone 'dictionary'): ${percent(measure({}).right)}`);
console.log(`CPP dev accuracy with polyphones 'rules' (dictionaries and rules alone; neutralTone 'particles'): ${percent(measure({ neutralTone: 'particles', polyphones: 'rules' }).right)}`);
for (const [region, convert] of [['Taiwan', toTaiwan], ['Hong Kong', toHongKong]]) {
  console.log(`CPP dev accuracy in ${region}'s traditional characters (OpenCC; neutralTone 'particles'): ${percent(measure({ neutralTone: 'particles' }, convert).right)}`);
}
const top = [...missed].sort((a, b) => b[1] - a[1]).slice(0, 20);
console.log(`20 most-missed characters: ${top.map(([char, n]) => `${char} ${n}`).join(', ')}`);

// findGlosses on per-character glosses: every Han character glossed with the
// engine's reading (what a gloss writes does not change the reading expected
// of it); is the labelled character's expected reading the gold one?
/** Sentences whose labelled character, glossed character by character, findGlosses expects as the gold reading. */
function measurePerCharacter(convert = (text) => text) {
  let right = 0;
  for (let i = 0; i < sentences.length; i++) {
    const at = sentences[i].indexOf('\u2581');
    const plain = sentences[i].replaceAll('\u2581', '');
    const text = convert(plain);
    if (text.length !== plain.length) continue;
    let glossed = '';
    let labelled = -1;
    for (const token of annotateTokens(text, { neutralTone: 'particles' })) {
      let k = 0;
      for (let j = token.start; j < token.end; ) {
        const char = String.fromCodePoint(text.codePointAt(j));
        if (j === at) labelled = glossed.length;
        glossed += token.pinyin && /\p{Script=Han}/u.test(char) ? `${char}(${token.pinyin[k++]})` : char;
        j += char.length;
      }
    }
    const gloss = findGlosses(glossed, { neutralTone: 'particles' }).find((found) => found.wordStart === labelled);
    if (gloss !== undefined && toDigits(gloss.expected) === labels[i].trim().replace('u:', 'v')) right++;
  }
  return right;
}
console.log(`findGlosses on the same sentences glossed character by character: expected reading = gold for ${percent(measurePerCharacter())}`);
console.log(`  the same in Taiwan's traditional characters (OpenCC), as content farms publish them: ${percent(measurePerCharacter(toTaiwan))}`);

// Seed page (not distributed: measured where it is at hand)
if (!hasDataset('seed')) {
  console.log('Seed page: not measured (no seed data set)');
  process.exit(0);
}
const clean = readFileSync(join(dir, 'seed/article.clean.txt'), 'utf8');
const glosses = JSON.parse(readFileSync(join(dir, 'seed/article.glosses.json'), 'utf8'));
const tokens = annotateTokens(clean);
let agree = 0;
const differ = [];
for (const gloss of glosses) {
  const syllables = [];
  for (let at = gloss.start; at < gloss.end; ) {
    const cp = clean.codePointAt(at);
    syllables.push(syllableAt(clean, tokens, at) ?? '?');
    at += cp > 0xffff ? 2 : 1;
  }
  const ours = syllables.join('');
  if (ours === gloss.pinyin.normalize('NFC').toLowerCase()) agree++;
  else differ.push(`${gloss.word}(${gloss.pinyin}) → ${ours}`);
}
console.log(`Seed page: ${agree}/${glosses.length} glosses get the page's reading`);
if (differ.length > 0) console.log(`  differ: ${differ.join('; ')}`);
