// Where the two segmenter backends (nodejieba, jieba-wasm) cut differently,
// and whether that changes readings: on the seed page's clean text and the
// CPP dev sentences (markers removed). Prints counts and the first examples.
// The seed's 59/60 with wasm: `PINYIN_GLOSS_SEGMENTER=wasm npm run eval seed`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateTokens, segment } from '../dist/index.js';
import { dataDir } from './dataDir.mjs';

const data = dataDir('seed', 'cpp');
const seed = readFileSync(join(data, 'seed/article.clean.txt'), 'utf8');
const cpp = readFileSync(join(data, 'cpp/dev.sent'), 'utf8').replaceAll('\u2581', '').split('\n').filter(Boolean);

const spans = (tokens) => tokens.map((token) => token.text).join(' ');
const readings = (tokens) => tokens.map((token) => (token.pinyin ?? []).join('')).join('');

function compare(name, lines) {
  let cutDiffers = 0;
  let readingDiffers = 0;
  let tokens = 0;
  const examples = [];
  for (const line of lines) {
    const native = segment(line, { segmenter: 'nodejieba' });
    const wasm = segment(line, { segmenter: 'wasm' });
    tokens += native.length;
    if (spans(native) === spans(wasm)) continue;
    cutDiffers++;
    const nativeRead = readings(annotateTokens(line, { segmenter: 'nodejieba' }));
    const wasmRead = readings(annotateTokens(line, { segmenter: 'wasm' }));
    if (nativeRead !== wasmRead) readingDiffers++;
    if (examples.length < 8) {
      // Only the tokens that differ, with a little context.
      const a = new Set(native.map((t) => `${t.start}:${t.end}`));
      const b = new Set(wasm.map((t) => `${t.start}:${t.end}`));
      const onlyNative = native.filter((t) => !b.has(`${t.start}:${t.end}`)).map((t) => t.text);
      const onlyWasm = wasm.filter((t) => !a.has(`${t.start}:${t.end}`)).map((t) => t.text);
      examples.push(`  nodejieba ${onlyNative.join(' ')} | wasm ${onlyWasm.join(' ')}${nativeRead !== wasmRead ? '  (readings differ)' : ''}`);
    }
  }
  console.log(`${name}: ${lines.length} lines, ${tokens} nodejieba tokens; cut differs in ${cutDiffers} lines, readings differ in ${readingDiffers}`);
  for (const example of examples) console.log(example);
}

compare('seed page (clean text, by line)', seed.split('\n').filter(Boolean));
compare('CPP dev sentences', cpp);
