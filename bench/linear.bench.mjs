// Linear time on adversarial input for everything but strip (strip's own
// adversarial rows are in strip.bench.mjs): CPU ms per 100k characters at
// growing sizes. A flat row is linear; a row that grows with the size is a
// hang waiting for a large enough input. This replaces the per-call time
// limit the unit tests once had, which a busy shared machine made flaky.
import { annotate, annotateHtml, annotateTokens, findGlosses, reannotate, segment } from '../dist/index.js';

const SIZES = (process.env.LINEAR_BENCH_K ?? '25,100,400').split(',').map(Number); // thousands of characters

const INPUTS = {
  'Han run, no punctuation': '老旧小区改造行长银行重庆长大',
  'one character repeated': '行',
  'open parens after Han': '汉(',
  'glossed per character': '經(jīng)開(kāi)區(qū)',
  'Han, Latin and digits mixed': '改造GDP2023年a',
};

const FUNCTIONS = {
  segment: (text) => segment(text),
  annotate: (text) => annotate(text),
  annotateTokens: (text) => annotateTokens(text),
  annotateHtml: (text) => annotateHtml(text),
  findGlosses: (text) => findGlosses(text),
  reannotate: (text) => reannotate(text, { output: 'ruby' }),
};

function cpuMs(fn) {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const textOf = (unit, thousands) => unit.repeat(Math.ceil((thousands * 1000) / unit.length)).slice(0, thousands * 1000);

annotate('预热'); // load the segmenter and tables outside the timings
console.log(`CPU ms per 100k characters at ${SIZES.map((k) => `${k}k`).join(', ')} (best of 3)`);
for (const [fnName, fn] of Object.entries(FUNCTIONS)) {
  console.log(`\n${fnName}`);
  for (const [inputName, unit] of Object.entries(INPUTS)) {
    fn(textOf(unit, SIZES[0])); // warm-up: the first call compiles and fills caches
    const perHundredK = SIZES.map((k) => {
      const text = textOf(unit, k);
      return (Math.min(cpuMs(() => fn(text)), cpuMs(() => fn(text)), cpuMs(() => fn(text))) * 100) / k;
    });
    // The ratio says nothing when the first size takes under a millisecond.
    const growth = perHundredK[0] >= 1 ? (perHundredK.at(-1) / perHundredK[0]).toFixed(2) : '-';
    const cells = perHundredK.map((ms) => ms.toFixed(1).padStart(8)).join('');
    console.log(`  ${inputName.padEnd(30)} ${cells}   last/first ${growth}`);
  }
}
