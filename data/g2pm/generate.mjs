// Generates data/g2pm/model.bin, the polyphone model the reading engine runs
// (src/pinyin/model/), from the published g2pM weights as converted in the
// evaluation data folder (../shared/data/g2pm, or $PINYIN_GLOSS_DATA/g2pm):
//
//     node data/g2pm/generate.mjs
//
// What it keeps (see data/g2pm/README.md): the embedding as int8 with one
// float32 scale per vocabulary entry (the float32 original is 4× larger; on
// the CPP dev split int8 scores 97.38% where float32 scores 97.36%), the LSTM
// and the hidden layer as float32 (the two LSTM biases summed), and of the
// 876-class output layer only the rows of readings that the characters the
// model decides can take. Those characters are the benchmark's 623 polyphones
// (cpp/POLYPHONIC_CHARS.txt, from the same g2pM release): the model was
// trained to tell their readings apart and no others.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const shared = process.env.PINYIN_GLOSS_DATA ?? resolve(here, '../../../shared/data');
if (!existsSync(join(shared, 'g2pm'))) {
  console.error(`g2pM weights not found in ${shared}/g2pm: set PINYIN_GLOSS_DATA to the data folder`);
  process.exit(2);
}
const read = (file) => readFileSync(join(shared, file));
const json = (file) => JSON.parse(read(file).toString('utf8'));

const raw = read('g2pm/weights.f32');
const floats = new Float32Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
const tensors = new Map(json('g2pm/weights.json').tensors.map((t) => [t.name, floats.subarray(t.offset, t.offset + t.shape.reduce((a, b) => a * b, 1))]));
const tensor = (name) => tensors.get(name) ?? fail(`tensor ${name} missing`);
const vocabulary = json('g2pm/chars.json');
const classes = json('g2pm/classes.json');
const candidates = json('g2pm/candidates.json');
const decided = [...new Set(read('cpp/POLYPHONIC_CHARS.txt').toString('utf8').split('\n').filter(Boolean).map((line) => line.split('\t')[0]))];

function fail(message) {
  throw new Error(message);
}

// Indices 0–3 are <PAD>, <UNK>, begin and end of sentence; the rest are one
// character each (some astral), stored as one string.
if (vocabulary.slice(4).some((char) => [...char].length !== 1)) fail('a vocabulary entry is not one character');
const EMBED = 64;

/** `zhao2` → `zháo`, `lu:4` → `lǜ`, `le5` → `le`: the engine's tone-marked form. */
function markTone(numbered) {
  const tone = Number(numbered.at(-1));
  let bare = numbered.slice(0, -1).replace('u:', 'ü').replace(/^([jqxy])v/, '$1u').replace('v', 'ü');
  if (!(tone >= 1 && tone <= 5)) fail(`bad class ${numbered}`);
  if (tone === 5) return bare;
  const MARKS = { a: 'āáǎà', e: 'ēéěè', i: 'īíǐì', o: 'ōóǒò', u: 'ūúǔù', ü: 'ǖǘǚǜ', n: 'ńňǹ', m: 'ḿ' };
  // The tone goes on a or e, on the o of ou, else on the last vowel.
  let at = bare.search(/[ae]/);
  if (at < 0) at = bare.indexOf('ou');
  if (at < 0) {
    for (let i = bare.length - 1; i >= 0; i--) if ('iouü'.includes(bare[i])) { at = i; break; }
  }
  if (at < 0) {
    // syllabic n, m (嗯 ń, 呣 ḿ)
    at = bare.search(/[nm]/);
    const marks = MARKS[bare[at]];
    const mark = bare[at] === 'm' ? marks[0] : marks[tone - 2];
    if (mark === undefined) fail(`no mark for ${numbered}`);
    return bare.slice(0, at) + mark + bare.slice(at + 1);
  }
  return bare.slice(0, at) + MARKS[bare[at]][tone - 1] + bare.slice(at + 1);
}

const classIndex = new Map(classes.map((name, i) => [name, i]));
const usedClasses = [];
const usedIndex = new Map();
const routed = {};
for (const char of decided) {
  const readings = (candidates[char] ?? []).filter((name) => classIndex.has(name));
  if (readings.length < 2) continue;
  routed[char] = readings.map((name) => {
    if (!usedIndex.has(name)) {
      usedIndex.set(name, usedClasses.length);
      usedClasses.push(name);
    }
    return usedIndex.get(name);
  });
}

// Sections, each 4-byte aligned.
const sections = [];
let size = 0;
function add(name, array) {
  const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  sections.push({ name, bytes, offset: size, length: array.length, type: array instanceof Int8Array ? 'int8' : 'float32' });
  size += Math.ceil(bytes.length / 4) * 4;
}

const embedding = tensor('embedding.weight');
const rows = vocabulary.length;
const quantized = new Int8Array(rows * EMBED);
const scales = new Float32Array(rows);
for (let row = 0; row < rows; row++) {
  let max = 0;
  for (let k = 0; k < EMBED; k++) max = Math.max(max, Math.abs(embedding[row * EMBED + k]));
  const scale = max / 127;
  scales[row] = scale;
  for (let k = 0; k < EMBED; k++) quantized[row * EMBED + k] = scale === 0 ? 0 : Math.round(embedding[row * EMBED + k] / scale);
}
add('embedding', quantized);
add('embeddingScale', scales);
for (const [direction, suffix] of [['forward', ''], ['backward', '_reverse']]) {
  add(`${direction}.input`, tensor(`lstm.weight_ih_l0${suffix}`));
  add(`${direction}.recurrent`, tensor(`lstm.weight_hh_l0${suffix}`));
  const inputBias = tensor(`lstm.bias_ih_l0${suffix}`);
  const recurrentBias = tensor(`lstm.bias_hh_l0${suffix}`);
  add(`${direction}.bias`, inputBias.map((value, i) => value + recurrentBias[i]));
}
add('hidden.weights', tensor('logit_layer.0.weight'));
add('hidden.bias', tensor('logit_layer.0.bias'));
const outputWeights = tensor('logit_layer.2.weight');
const outputBias = tensor('logit_layer.2.bias');
const HIDDEN = 32;
const keptWeights = new Float32Array(usedClasses.length * HIDDEN);
const keptBias = new Float32Array(usedClasses.length);
usedClasses.forEach((name, i) => {
  const row = classIndex.get(name);
  keptWeights.set(outputWeights.subarray(row * HIDDEN, (row + 1) * HIDDEN), i * HIDDEN);
  keptBias[i] = outputBias[row];
});
add('output.weights', keptWeights);
add('output.bias', keptBias);

const header = {
  source: 'g2pM (Park & Lee, Interspeech 2020), kakaobrain/g2pM commit 170526e, Apache-2.0; generated by data/g2pm/generate.mjs',
  vocabulary: vocabulary.slice(4).join(''),
  readings: usedClasses.map(markTone),
  decides: Object.entries(routed).map(([char, list]) => `${char}${list.join(' ')}`).join(','),
  sections: Object.fromEntries(sections.map(({ name, offset, length, type }) => [name, { offset, length, type }])),
};
const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
const start = Math.ceil((8 + headerBytes.length) / 4) * 4;
const out = Buffer.alloc(start + size);
out.write('G2PM', 0, 'latin1');
out.writeUInt32LE(headerBytes.length, 4);
headerBytes.copy(out, 8);
for (const { bytes, offset } of sections) out.set(bytes, start + offset);
const target = join(here, 'model.bin');
writeFileSync(target, out);
console.log(`${target}: ${out.length} bytes; ${Object.keys(routed).length} characters decided, ${usedClasses.length} readings`);

// The LSTM's hot loop in WebAssembly (lstm.wat beside this file), compiled
// with wabt (a devDependency) into a module the library decodes at load.
const wabt = await (await import('wabt')).default();
const parsed = wabt.parseWat('lstm.wat', readFileSync(join(here, 'lstm.wat'), 'utf8'), { simd: true });
parsed.validate();
const kernel = Buffer.from(parsed.toBinary({}).buffer);
const kernelTarget = resolve(here, '../../src/pinyin/model/lstmKernel.generated.ts');
writeFileSync(
  kernelTarget,
  '// generated by data/g2pm/generate.mjs from data/g2pm/lstm.wat: do not edit, regenerate.\n\n' +
    '/** The WebAssembly module (base64) that runs one LSTM direction; see data/g2pm/lstm.wat. */\n' +
    `export const LSTM_KERNEL = '${kernel.toString('base64')}';\n`,
);
console.log(`${kernelTarget}: ${kernel.length} bytes of WebAssembly`);
