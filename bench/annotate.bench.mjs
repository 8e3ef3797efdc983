// annotate() throughput on a large text, against nodejieba.cut() alone on the
// same text in the same run (goal: ratio ≥ 0.5). The text is the bundled
// sample article's sentences, shuffled with a fixed seed and joined into
// paragraphs (BENCH_CHARS characters, default 3,000,000), and the same text
// in traditional characters. segmenter: 'wasm' (jieba-wasm) against the same
// nodejieba.cut (goal: ratio ≥ 0.3).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotate, segment } from '../dist/index.js';
import { fastestRounds } from './fastestRounds.mjs';

const require = createRequire(import.meta.url);
const nodejieba = require('nodejieba');
const here = dirname(fileURLToPath(import.meta.url));
const size = Number(process.env.BENCH_CHARS ?? 3_000_000);
const runs = Number(process.env.BENCH_RUNS ?? 3);

function corpus(chars) {
  const article = readFileSync(join(here, '..', 'data', 'article.txt'), 'utf8');
  const sentences = article.split(/(?<=[。！？；])|\n+/).map((s) => s.trim()).filter(Boolean);
  let seed = 12345;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const parts = [];
  let length = 0;
  while (length < chars) {
    let paragraph = '';
    const count = 2 + Math.floor(random() * 5);
    for (let i = 0; i < count; i++) paragraph += sentences[Math.floor(random() * sentences.length)];
    parts.push(paragraph);
    length += paragraph.length + 1;
  }
  return parts.join('\n');
}

const text = corpus(size);
const lines = text.split('\n');
// The same text in Taiwan's traditional characters (OpenCC, a devDependency;
// same length): traditional text is read through its simplified form.
const traditional = require('opencc-js').Converter({ from: 'cn', to: 'tw' })(text);
// Warm up: loads nodejieba's dictionaries and the reading data once.
annotate(text.slice(0, 20_000));
annotate(text.slice(0, 20_000), { segmenter: 'wasm' });
nodejieba.cut(text.slice(0, 20_000));

// The machine may be shared: variants run in interleaved rounds and each
// keeps its fastest round, so a burst of load hits them alike.
const variants = {
  'nodejieba.cut(text)': () => nodejieba.cut(text),
  'nodejieba.cut(text, true) (HMM)': () => nodejieba.cut(text, true),
  'nodejieba.cut(line) for each line': () => {
    for (const line of lines) nodejieba.cut(line);
  },
  'segment(text)': () => segment(text),
  "segment(text, { segmenter: 'wasm' })": () => segment(text, { segmenter: 'wasm' }),
  'annotate(text)': () => annotate(text),
  "annotate(text, { segmenter: 'wasm' })": () => annotate(text, { segmenter: 'wasm' }),
  "annotate(text, { select: 'polyphonic' })": () => annotate(text, { select: 'polyphonic' }),
  'annotate(the text in traditional characters)': () => annotate(traditional),
};
const fastest = fastestRounds(variants, runs);
const rate = (ms) => (text.length / ms) * 1000;
const format = (ms) => `${(rate(ms) / 1e6).toFixed(2)}M chars/s`;
console.log(`text: ${text.length.toLocaleString('en')} chars (${(Buffer.byteLength(text) / 2 ** 20).toFixed(1)} MiB UTF-8), fastest of ${runs} interleaved rounds`);
console.log(`  ${''.padEnd(44)} ${'wall'.padEnd(16)} cpu`);
for (const [name, { wall, cpu }] of Object.entries(fastest)) console.log(`  ${name.padEnd(44)} ${format(wall).padEnd(16)} ${format(cpu)}`);
const cut = fastest['nodejieba.cut(text)'];
const ours = fastest['annotate(text)'];
console.log(`annotate / nodejieba.cut ratio: ${(cut.wall / ours.wall).toFixed(2)} wall, ${(cut.cpu / ours.cpu).toFixed(2)} cpu (goal ≥ 0.5)`);
const fastestCut = Math.min(...['nodejieba.cut(text)', 'nodejieba.cut(text, true) (HMM)', 'nodejieba.cut(line) for each line'].map((name) => fastest[name].cpu));
console.log(`annotate / fastest nodejieba call above (cpu): ${(fastestCut / ours.cpu).toFixed(2)}`);
console.log(`segment / nodejieba.cut ratio (cpu): ${(cut.cpu / fastest['segment(text)'].cpu).toFixed(2)}`);
const wasm = fastest["segment(text, { segmenter: 'wasm' })"];
console.log(`segment with wasm / nodejieba.cut ratio: ${(cut.wall / wasm.wall).toFixed(2)} wall, ${(cut.cpu / wasm.cpu).toFixed(2)} cpu (goal ≥ 0.3)`);
const wasmAnnotate = fastest["annotate(text, { segmenter: 'wasm' })"];
console.log(`annotate with wasm / nodejieba.cut ratio (cpu): ${(cut.cpu / wasmAnnotate.cpu).toFixed(2)}`);
