// How segmentation treats names, on news sentences with their names marked
// (data/ner-dev/peoples-daily.dev.jsonl: PER, LOC, ORG entities with UTF-16
// offsets). For every entity, the tokens of `segment(text)` either make it
// exactly one token (whole), hold it inside one longer token (absorbed), cut
// it into several tokens within its span (split), or cross one of its edges
// (a token starting inside and ending outside, or the other way: crossed).
// "Intact" = whole + absorbed; "crossed" is also given as a share of all
// entities. Also: how `annotateTokens` labels the entities (`kind`), and the
// same counts for nodejieba.cut(text, true) alone, for comparison.
// `node eval/names.eval.mjs --misses PER` lists the person names not intact.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { annotateTokens, segment } from '../dist/index.js';
import { dataDir } from './dataDir.mjs';

const file = join(dataDir('ner-dev'), 'ner-dev', 'peoples-daily.dev.jsonl');
const sentences = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
const showMisses = process.argv.indexOf('--misses');
const missType = showMisses === -1 ? undefined : process.argv[showMisses + 1] ?? 'PER';

/** whole | absorbed | split | crossed, for entity [start, end) among tokens. */
function classify(tokens, start, end) {
  let inside = 0;
  for (const token of tokens) {
    if (token.end <= start || token.start >= end) continue;
    if (token.start === start && token.end === end) return 'whole';
    if (token.start <= start && token.end >= end) return 'absorbed';
    if (token.start < start || token.end > end) return 'crossed';
    inside++;
  }
  return inside > 1 ? 'split' : 'whole';
}

/** The tokens of `cut` (an array of strings) with offsets. */
function withOffsets(words) {
  const tokens = [];
  let at = 0;
  for (const word of words) {
    tokens.push({ text: word, start: at, end: at + word.length });
    at += word.length;
  }
  return tokens;
}

function count(cutSentence, label) {
  const byType = {};
  let crossed = 0;
  let all = 0;
  const misses = [];
  for (const { text, entities } of sentences) {
    if (entities.length === 0) continue;
    const tokens = cutSentence(text);
    for (const entity of entities) {
      const how = classify(tokens, entity.start, entity.end);
      const counts = (byType[entity.type] ??= { whole: 0, absorbed: 0, split: 0, crossed: 0, total: 0 });
      counts[how]++;
      counts.total++;
      all++;
      if (how === 'crossed') crossed++;
      if (missType === entity.type && (how === 'split' || how === 'crossed')) {
        const around = tokens.filter((t) => t.end > entity.start - 2 && t.start < entity.end + 2).map((t) => t.text);
        misses.push(`${how}\t${text.slice(entity.start, entity.end)}\t${around.join('|')}`);
      }
    }
  }
  console.log(`${label}`);
  for (const type of ['PER', 'LOC', 'ORG']) {
    const c = byType[type];
    const pct = (n) => ((100 * n) / c.total).toFixed(1).padStart(5);
    console.log(
      `  ${type} (${c.total}): intact ${pct(c.whole + c.absorbed)}%  (whole ${pct(c.whole)}%, absorbed ${pct(c.absorbed)}%)  split ${pct(c.split)}%  crossed ${pct(c.crossed)}%`,
    );
  }
  console.log(`  crossed: ${crossed} of ${all} entities = ${((100 * crossed) / all).toFixed(2)}%`);
  return misses;
}

const jieba = createRequire(import.meta.url)('nodejieba');
count((text) => withOffsets(jieba.cut(text, true)), 'nodejieba.cut(text, true):');
const misses = count((text) => segment(text), 'segment(text):');

// Labels: of the entities that come out as one token, how many get the right kind.
const KINDS = { PER: 'person', LOC: 'place', ORG: 'organization' };
const labels = { PER: [0, 0], LOC: [0, 0], ORG: [0, 0] };
let wrongKind = 0;
let kinded = 0;
for (const { text, entities } of sentences) {
  const tokens = annotateTokens(text);
  const entityAt = new Map(entities.map((e) => [`${e.start}:${e.end}`, e.type]));
  for (const token of tokens) {
    const type = entityAt.get(`${token.start}:${token.end}`);
    if (type !== undefined) {
      labels[type][1]++;
      if (token.kind === KINDS[type]) labels[type][0]++;
    }
    if (token.kind !== undefined) {
      kinded++;
      if (type === undefined || token.kind !== KINDS[type]) wrongKind++;
    }
  }
}
console.log('annotateTokens kind, on entities that are one token:');
for (const type of ['PER', 'LOC', 'ORG']) {
  const [right, total] = labels[type];
  console.log(`  ${type}: ${right} of ${total} labelled ${KINDS[type]} (${((100 * right) / total).toFixed(1)}%)`);
}
console.log(`  tokens with a kind: ${kinded}, of which not an entity of that kind: ${wrongKind} (${((100 * wrongKind) / Math.max(1, kinded)).toFixed(1)}%)`);

if (missType) for (const line of misses) console.log(line);
