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
// Warm up: dictionaries and name tables load once, the code is compiled.
segment(text.slice(0, 20_000));
nodejieba.cut(text.slice(0, 20_000), true);

const variants = {
  'nodejieba.cut(text, true)': () => nodejieba.cut(text, true),
  'segment(text)': () => segment(text),
};
const GOAL = 0.6;
const verdict = (ratio) => `${ratio.toFixed(2)} ${ratio >= GOAL ? 'met' : 'NOT met'}`;
const format = (ms) => `${((text.length / ms) * 1000 / 1e6).toFixed(2)}M chars/s`;
const ratios = (times) => {
  const cut = times['nodejieba.cut(text, true)'];
  const ours = times['segment(text)'];
  return `cpu ${verdict(cut.cpu / ours.cpu)}, wall ${verdict(cut.wall / ours.wall)}`;
};
// The first time through the text, for the record: segment has not yet
// memoised jieba's dictionary answers for its words (about 9,000 look-ups)
// and parts of its code are still being compiled. The goal's figure is the
// steady state of a long run over a corpus: the rounds after it.
const first = fastestRounds(variants, 1);
// Interleaved rounds, fastest of each (see fastestRounds.mjs): the steady state.
const fastest = fastestRounds(variants, runs);
console.log(`text: CPP dev sentences, ${text.length.toLocaleString('en')} chars; the first round, then the fastest of ${runs} interleaved rounds`);
for (const [name, { wall, cpu }] of Object.entries(fastest)) console.log(`  ${name.padEnd(28)} wall ${format(wall).padEnd(16)} cpu ${format(cpu)}`);
console.log(`segment / nodejieba.cut(text, true) (goal ≥ ${GOAL}): ${ratios(fastest)}`);
console.log(`  the first round alone (words not yet memoised; not the goal's figure): ${ratios(first)}`);
