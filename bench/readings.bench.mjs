// The reading engine's speed with both `polyphones` settings, beside
// nodejieba.cut and pinyin-pro in the same run, on text that does not repeat:
// the CPP dev split's sentences (the cpp data set, see eval/dataDir.mjs; about 400k characters),
// markers removed, joined into one string. A repeated article lets caches
// answer and overstates speed. Goals: default annotate ≥ 0.1 ×
// nodejieba.cut(text, true) (HMM on, as the segmenter uses it), 'rules' ≥ 0.5 ×.
// Then the cost of the first call with the model (fresh processes).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { annotate, segment } from '../dist/index.js';
import { dataDir } from '../eval/dataDir.mjs';

const require = createRequire(import.meta.url);
const nodejieba = require('nodejieba');
const { html, pinyin } = require('pinyin-pro');
const runs = Number(process.env.BENCH_RUNS ?? 3);

const text = readFileSync(join(dataDir('cpp'), 'cpp/dev.sent'), 'utf8').replaceAll('\u2581', '').replaceAll('\n', '');
// Warm up: nodejieba's dictionaries, the reading tables and the model load once.
annotate(text.slice(0, 5_000));
annotate(text.slice(0, 5_000), { polyphones: 'rules' });
nodejieba.cut(text.slice(0, 5_000), true);
pinyin(text.slice(0, 5_000));

// Interleaved rounds, each variant keeping its fastest: a burst of load on
// the shared machine hits them alike. CPU time (user + system) of this process.
const variants = {
  'nodejieba.cut(text, true) (HMM)': () => nodejieba.cut(text, true),
  // What annotating costs beyond segmenting: the 'rules' time less this one.
  'segment(text)': () => segment(text),
  'annotate(text) (polyphones: model, default)': () => annotate(text),
  "annotate(text, { polyphones: 'rules' })": () => annotate(text, { polyphones: 'rules' }),
  'pinyin-pro pinyin(text)': () => pinyin(text),
  'pinyin-pro html(text) (ruby)': () => html(text),
};
const cpuNow = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
const fastest = Object.fromEntries(Object.keys(variants).map((name) => [name, Infinity]));
for (let round = 0; round < runs; round++) {
  for (const [name, fn] of Object.entries(variants)) {
    const cpu = cpuNow();
    fn();
    fastest[name] = Math.min(fastest[name], cpuNow() - cpu);
  }
}
const cut = fastest['nodejieba.cut(text, true) (HMM)'];
console.log(`text: the CPP dev sentences joined, ${text.length.toLocaleString('en')} chars; CPU time, fastest of ${runs} interleaved rounds`);
for (const [name, ms] of Object.entries(fastest)) {
  console.log(`  ${name.padEnd(46)} ${((text.length / ms) * 1000 / 1e3).toFixed(0).padStart(6)}k chars/s  ${(cut / ms).toFixed(2)} × nodejieba.cut`);
}

// First call in a fresh process (import + first annotate of one sentence),
// with the model and without: the child's CPU time (user + system; wall time
// on a shared machine swings by hundreds of ms), median of 7 interleaved
// runs each.
const script = (options) =>
  `const {annotate}=await import(${JSON.stringify(new URL('../dist/index.js', import.meta.url).href)});` +
  `annotate('他还了钱，我们去银行。', ${JSON.stringify(options)});const u=process.cpuUsage();console.log((u.user+u.system)/1000)`;
const median = (values) => values.sort((a, b) => a - b)[values.length >> 1];
const firstCalls = { model: [], rules: [] };
for (let run = 0; run < 7; run++) {
  for (const [name, options] of [['model', {}], ['rules', { polyphones: 'rules' }]]) {
    firstCalls[name].push(Number(spawnSync(process.execPath, ['--input-type=module', '-e', script(options)], { encoding: 'utf8' }).stdout));
  }
}
const withModel = median(firstCalls.model);
const withRules = median(firstCalls.rules);
console.log(`first call (import + annotate one sentence, fresh process, CPU time, median of 7): model ${withModel.toFixed(0)} ms, rules ${withRules.toFixed(0)} ms, the model adds ${(withModel - withRules).toFixed(0)} ms`);
