// Word segmentation against the gold cuts the test suite writes: every
// `[input, [tokens…]]` pair in tests/**/*.test.ts whose tokens join to the
// input (the project's own sentences). Prints precision, recall and F1 of
// segment() over word spans; with PINYIN_GLOSS_COMPARE=<dir of another
// built dist>, the same figures for that build (e.g. main before a change).
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function* testFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) yield* testFiles(join(dir, entry.name));
    else if (entry.name.endsWith('.test.ts')) yield join(dir, entry.name);
  }
}

// `'input', ['a', 'b', …]` pairs, read as string literals.
const PAIR = /'([^'\n]+)',\s*\[((?:\s*'[^'\n]*',?)+)\s*\]/g;
// The names tests' sentences are counted apart: they were written for the
// name step, the others before it.
const NAMES_TESTS = 'recognizeNames.test.ts';
const general = new Map();
const names = new Map();
for (const file of testFiles(join(root, 'tests'))) {
  for (const [, input, list] of readFileSync(file, 'utf8').matchAll(PAIR)) {
    const words = [...list.matchAll(/'([^'\n]*)'/g)].map((match) => match[1]);
    if (words.join('') !== input || !/\p{Script=Han}/u.test(input) || input.includes('\\')) continue;
    (file.endsWith(NAMES_TESTS) ? names : general).set(input, words);
  }
}

function spans(words) {
  const out = new Set();
  let at = 0;
  for (const word of words) {
    if (word.trim() !== '') out.add(`${at}:${at + word.length}`);
    at += word.length;
  }
  return out;
}

async function score(dist, label) {
  const { segment } = await import(pathToFileURL(join(dist, 'index.js')).href);
  for (const [cases, what] of [[general, 'other tests'], [names, 'names tests']]) measure(segment, cases, `${label}, ${what}`);
}

function measure(segment, cases, label) {
  let gold = 0;
  let found = 0;
  let right = 0;
  for (const [input, words] of cases) {
    const expected = spans(words);
    const got = spans(segment(input).map((token) => token.text));
    gold += expected.size;
    found += got.size;
    for (const span of got) if (expected.has(span)) right++;
  }
  const p = right / found;
  const r = right / gold;
  console.log(`${label}: ${cases.size} sentences, ${gold} gold words: precision ${(100 * p).toFixed(2)}%, recall ${(100 * r).toFixed(2)}%, F1 ${((200 * p * r) / (p + r)).toFixed(2)}%`);
}

await score(join(root, 'dist'), 'segment (this build)');
if (process.env.PINYIN_GLOSS_COMPARE) await score(process.env.PINYIN_GLOSS_COMPARE, `segment (${process.env.PINYIN_GLOSS_COMPARE})`);
