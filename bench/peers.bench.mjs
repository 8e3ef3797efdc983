// Peer benchmark (issue 6): one table, every figure measured in this run on
// the same texts. Each case runs in its own child process so that its peak
// memory (VmHWM) is its own. Corpora are generated once into bench/.corpora/.
//
//   node bench/peers.bench.mjs            # the table (npm run bench runs it)
//   PEERS_CLI_MB=64 node bench/peers.bench.mjs   # smaller CLI file (default 512)
//   PEERS_QUICK=1 node bench/peers.bench.mjs     # a smoke run: small texts, short timing
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';
import { random } from './random.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const corporaDir = join(here, '.corpora');
const QUICK = process.env.PEERS_QUICK === '1';
const LARGE_CHARS = QUICK ? 100_000 : 2_000_000;
const STRIP_MB = QUICK ? 5 : 50;
const MIN_SECONDS = QUICK ? 0.2 : 2;
const article = readFileSync(join(root, 'data/article.txt'), 'utf8');
const SHORT = article.split('\n').find((line) => line.length > 40) ?? article;
const TEXT_FILE = join(corporaDir, `peers-text-${LARGE_CHARS}.txt`);
const GLOSSED_FILE = join(corporaDir, `peers-glossed-${STRIP_MB}mb.txt`);


/**
 * About `chars` UTF-16 units of generated Chinese: words drawn from jieba's
 * dictionary by their frequency (so common words repeat as in real text and
 * the vocabulary is large, unlike a repeated article), in clauses of 4 to 15
 * words with Chinese punctuation, a line break every few sentences.
 */
function generateText(chars) {
  const dictPath = join(root, 'node_modules/nodejieba/submodules/cppjieba/dict/jieba.dict.utf8');
  const words = [];
  const cumulative = [];
  let total = 0;
  for (const line of readFileSync(dictPath, 'utf8').split('\n')) {
    const [word, freq] = line.split(' ');
    if (!word || !/^\p{Script=Han}+$/u.test(word)) continue;
    total += Number(freq);
    words.push(word);
    cumulative.push(total);
  }
  const next = random(6);
  const pick = () => {
    const target = next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    return words[lo];
  };
  let text = '';
  let sentences = 0;
  while (text.length < chars) {
    const clause = 4 + Math.floor(next() * 12);
    for (let i = 0; i < clause; i++) text += pick();
    const end = next() < 0.6 ? '，' : '。';
    text += end;
    if (end === '。' && ++sentences % 5 === 0) text += '\n';
  }
  return text.slice(0, chars);
}

/** Writes `path` once by `make()` (to a temporary name, so an interrupted run leaves nothing), then reuses it. */
async function cached(path, make) {
  mkdirSync(corporaDir, { recursive: true });
  if (!existsSync(path)) {
    await make(`${path}.partial`);
    renameSync(`${path}.partial`, path);
  }
  return path;
}

/** Runs `fn` until MIN_SECONDS have passed (at least twice), returns units per second. */
function rate(units, fn) {
  fn(); // warm-up: dictionaries load, JIT settles
  let runs = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  do {
    fn();
    runs++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  } while (elapsed < MIN_SECONDS || runs < 2);
  return (units * runs) / elapsed;
}

const cases = {
  async 'nodejieba.cut'(text) {
    const { default: jieba } = await import('nodejieba');
    return rate(text.length, () => jieba.cut(text));
  },
  async 'pinyin-gloss annotate'(text) {
    const { annotate } = await import('../dist/index.js');
    return rate(text.length, () => annotate(text));
  },
  async 'pinyin-pro pinyin()'(text) {
    const { pinyin } = await import('pinyin-pro');
    return rate(text.length, () => pinyin(text));
  },
  async 'pinyin-pro html()'(text) {
    const { html } = await import('pinyin-pro');
    return rate(text.length, () => html(text));
  },
  async 'pinyin (hotoo) + nodejieba'(text) {
    // CommonJS with an ES-style default: module.exports.default is the function.
    const { default: mod } = await import('pinyin');
    const pinyin = mod.default ?? mod;
    return rate(text.length, () => pinyin(text, { segment: 'nodejieba', group: true }));
  },
};

const stripCases = {
  async 'pinyin-gloss strip'(glossed) {
    const { strip } = await import('../dist/index.js');
    return rate(Buffer.byteLength(glossed), () => strip(glossed));
  },
  async 'one regex replace'(glossed) {
    const gloss = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;
    return rate(Buffer.byteLength(glossed), () => glossed.replace(gloss, ''));
  },
};

/**
 * This process's peak RSS in MB. Linux's VmHWM belongs to the address space
 * and starts afresh at exec; getrusage's maxRSS does not (a child spawned
 * from this big parent would report the parent's peak).
 */
function peakRssMB() {
  const status = existsSync('/proc/self/status') ? readFileSync('/proc/self/status', 'utf8') : '';
  const hwm = /^VmHWM:\s+(\d+) kB/m.exec(status);
  return (hwm ? Number(hwm[1]) : process.resourceUsage().maxRSS) / 1024;
}

async function runChild(kind, name, size) {
  let value;
  if (kind === 'annotate') {
    const text = size === 'short' ? SHORT : readFileSync(TEXT_FILE, 'utf8');
    value = await cases[name](text);
  } else {
    value = await stripCases[name](readFileSync(GLOSSED_FILE, 'utf8'));
  }
  process.stdout.write(JSON.stringify({ value, rssMB: peakRssMB() }));
}

/**
 * Writes a glossed file of about `mb` MB: the generated text annotated the
 * way content farms do (about half the words glossed), repeated.
 */
async function writeGlossed(path, mb) {
  const { annotate } = await import('../dist/index.js');
  const unit = Buffer.from(annotate(readFileSync(TEXT_FILE, 'utf8').slice(0, 200_000), { select: { rate: 0.5, seed: 1 } }));
  const out = createWriteStream(path);
  for (let written = 0; written < mb * 1e6; written += unit.length) {
    if (!out.write(unit)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** Wall seconds and peak RSS (MB) of a command, via GNU time when present. */
function timeCommand(command, args) {
  const gnuTime = existsSync('/usr/bin/time');
  const start = process.hrtime.bigint();
  const result = gnuTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
    : spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  const lastLine = result.stderr.trim().split('\n').pop();
  const rssMB = gnuTime ? Number(lastLine) / 1024 : NaN;
  return { seconds, rssMB };
}

/** A ratio with two significant digits: 0.39, 1.3, 0.0041. */
function ratio(value, base) {
  return Number((value / base).toPrecision(2)).toString();
}

async function main() {
  await cached(TEXT_FILE, (path) => writeFileSync(path, generateText(LARGE_CHARS)));
  await cached(GLOSSED_FILE, (path) => writeGlossed(path, STRIP_MB));
  const rows = [];
  const child = (kind, name, size) => {
    const result = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--case', kind, name, size], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    if (result.status !== 0) throw new Error(`${name} failed:\n${result.stderr}`);
    return JSON.parse(result.stdout);
  };
  for (const size of ['large', 'short']) {
    const base = child('annotate', 'nodejieba.cut', size);
    for (const name of Object.keys(cases)) {
      const r = name === 'nodejieba.cut' ? base : child('annotate', name, size);
      rows.push([`annotate, ${size === 'large' ? `${LARGE_CHARS / 1e6}M-char text` : `one ${SHORT.length}-char sentence`}`, name,
        `${(r.value / 1e6).toFixed(2)} M chars/s`, ratio(r.value, base.value), r.rssMB.toFixed(0)]);
    }
  }
  const regex = child('strip', 'one regex replace', 'large');
  for (const name of ['one regex replace', 'pinyin-gloss strip']) {
    const r = name === 'one regex replace' ? regex : child('strip', name, 'large');
    rows.push([`strip, ${STRIP_MB} MB glossed text`, name, `${(r.value / 1e6).toFixed(0)} MB/s`, ratio(r.value, regex.value), r.rssMB.toFixed(0)]);
  }
  const mb = Number(process.env.PEERS_CLI_MB ?? (QUICK ? 16 : 512));
  const file = await cached(join(corporaDir, `peers-glossed-${mb}mb.txt`), (path) => writeGlossed(path, mb));
  const bytes = statSync(file).size;
  const cat = timeCommand('cat', [file]);
  const cli = timeCommand(process.execPath, [join(root, 'dist/cli/index.js'), 'strip', '--quiet', file]);
  const task = `CLI, ${(bytes / 1e6).toFixed(0)} MB file (page-cached)`;
  rows.push([task, '`cat file > /dev/null`', `${(bytes / 1e6 / cat.seconds).toFixed(0)} MB/s (${cat.seconds.toFixed(2)} s)`, '1', cat.rssMB.toFixed(0)]);
  rows.push([task, '`pinyin-gloss strip --quiet file > /dev/null`', `${(bytes / 1e6 / cli.seconds).toFixed(0)} MB/s (${cli.seconds.toFixed(1)} s)`,
    ratio(cat.seconds, cli.seconds), cli.rssMB.toFixed(0)]);

  console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
  console.log(`Load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(', ')}`);
  console.log('ratio = throughput / first row of its group, measured in this run; peak RSS = VmHWM of the process\n');
  const header = ['task', 'tool', 'throughput', 'ratio', 'peak RSS MB'];
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}

if (process.argv[2] === '--case') await runChild(process.argv[3], process.argv[4], process.argv[5]);
else await main();
