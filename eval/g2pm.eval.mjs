// The polyphone model alone (the g2pM BiLSTM as the package ships and runs
// it: data/g2pm/model.bin, src/pinyin/model/) on the CPP dev split: each
// labelled character's best-scoring reading among its candidates, the whole
// sentence as input. The published figure is 97.36% (float32); the package's
// int8 embedding and WebAssembly kernel should give the same or better.
// The model's modules are bundled on the fly with esbuild (tsup's) into
// dist/, so that they find data/ as the built package does.
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { dataDir } from './dataDir.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'dist', 'g2pm-eval.js');
await build({
  stdin: {
    contents: "export { loadPolyphoneModel, BEGIN, END, UNKNOWN } from './src/pinyin/model/loadPolyphoneModel.ts';\nexport { runPolyphoneModel } from './src/pinyin/model/runPolyphoneModel.ts';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile,
  logLevel: 'error',
});
const { loadPolyphoneModel, runPolyphoneModel, BEGIN, END, UNKNOWN } = await import(pathToFileURL(outfile).href);
rmSync(outfile);

const dir = dataDir();
const sentences = readFileSync(join(dir, 'cpp/dev.sent'), 'utf8').trimEnd().split('\n');
const labels = readFileSync(join(dir, 'cpp/dev.lb'), 'utf8').trimEnd().split('\n');
const MARKS = { '\u0304': 1, '\u0301': 2, '\u030c': 3, '\u0300': 4 };
const toDigits = (syllable) => {
  let tone = 5;
  let letters = '';
  for (const char of syllable.normalize('NFD')) {
    if (char in MARKS) tone = MARKS[char];
    else if (char === '\u0308') letters += ':';
    else letters += char;
  }
  return letters + tone;
};

const model = loadPolyphoneModel();
let right = 0;
let decided = 0;
const started = performance.now();
for (let i = 0; i < sentences.length; i++) {
  const marked = sentences[i];
  const chars = [...marked.replaceAll('\u2581', '')];
  const at = [...marked.slice(0, marked.indexOf('\u2581'))].length;
  const candidates = model.decides.get(chars[at].codePointAt(0));
  if (candidates === undefined) continue;
  decided++;
  const ids = Int32Array.from([BEGIN, ...chars.map((char) => {
    const cp = char.codePointAt(0);
    return cp > 0xffff ? (model.astralIndex.get(cp) ?? UNKNOWN) : model.bmpIndex[cp];
  }), END]);
  const [scores] = runPolyphoneModel(model, ids, [at + 1], [candidates]);
  let best = 0;
  for (let k = 1; k < scores.length; k++) if (scores[k] > scores[best]) best = k;
  if (toDigits(model.readings[candidates[best]]) === labels[i].trim()) right++;
}
const seconds = (performance.now() - started) / 1000;
console.log(`g2pM alone (as shipped: int8 embedding, WebAssembly kernel) on CPP dev: ${right}/${sentences.length} = ${((100 * right) / sentences.length).toFixed(2)}%  (${decided} labelled characters it decides; ${seconds.toFixed(1)} s)`);
