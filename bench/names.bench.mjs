// segment() with its name step against nodejieba.cut(text, true) — the raw
// cut it refines — on the same non-repeating text in the same run (goal:
// segment ≥ 0.6 × nodejieba.cut(text, true), by CPU time and by wall time;
// each is said met or NOT met). The text is the CPP benchmark's
// dev sentences (about 9,900 news and encyclopedia sentences, read from
// ../shared/data, markers removed), one per line; names are frequent there.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { segment } from '../dist/index.js';
import { dataDir } from '../eval/dataDir.mjs';
import { fastestRounds } from './fastestRounds.mjs';

const nodejieba = createRequire(import.meta.url)('nodejieba');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const text = readFileSync(join(dataDir('cpp'), 'cpp', 'dev.sent'), 'utf8').replaceAll('▁', '');
// Warm up: dictionaries and name tables load once.
segment(text.slice(0, 20_000));
nodejieba.cut(text.slice(0, 20_000), true);

const variants = {
  'nodejieba.cut(text, true)': () => nodejieba.cut(text, true),
  'segment(text)': () => segment(text),
};
// Interleaved rounds, fastest of each (see fastestRounds.mjs).
const fastest = fastestRounds(variants, runs);
const format = (ms) => `${((text.length / ms) * 1000 / 1e6).toFixed(2)}M chars/s`;
console.log(`text: CPP dev sentences, ${text.length.toLocaleString('en')} chars, fastest of ${runs} interleaved rounds`);
for (const [name, { wall, cpu }] of Object.entries(fastest)) console.log(`  ${name.padEnd(28)} wall ${format(wall).padEnd(16)} cpu ${format(cpu)}`);
const cut = fastest['nodejieba.cut(text, true)'];
const ours = fastest['segment(text)'];
const GOAL = 0.6;
const verdict = (ratio) => `${ratio.toFixed(2)} ${ratio >= GOAL ? 'met' : 'NOT met'}`;
console.log(`segment / nodejieba.cut(text, true) (goal ≥ ${GOAL}): cpu ${verdict(cut.cpu / ours.cpu)}, wall ${verdict(cut.wall / ours.wall)}`);
