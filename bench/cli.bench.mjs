// CLI benchmark (issue 4): `pinyin-gloss strip` on a generated glossed file of
// 512 MiB — wall time, MB/s and peak RSS — against `cat FILE > /dev/null` in
// the same run; the same file as one single line without newline; and the
// cold start of a tiny strip against `node -e 0`.
//
// The corpora are generated from text written for this benchmark into
// bench/.corpora/ (git-ignored) and reused when present. Set
// PINYIN_GLOSS_BENCH_MB to use a smaller size while developing.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { random } from './random.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, '../dist/cli/index.js');
const corpora = join(here, '.corpora');
const MB = 1024 * 1024;
const size = Number(process.env.PINYIN_GLOSS_BENCH_MB ?? 512) * MB;

// Sentences written for this benchmark, glossed the ways pages do it.
const SENTENCES = [
  '我们的小区(xiǎoqū)今年开始改造(gǎizào)，居民(jūmín)都很高兴。',
  '从一墙之隔到(dào)(dào)拆墙并院，一点儿(yìdiǎnr)也不难。',
  '行长(hángzhǎng)在银行（yínháng）工作了(le)二十年，大家都认识他。',
  '达莎(Dasha)说(2023)年的事情（受访者供图）已经过去了。',
  '街道(jiēdào)办事处组织志愿者(zhìyuànzhě)清理楼道，加装电梯(diàntī)的工作也在推进。',
  'The report (page 3) lists 42 projects, 老旧小区改造(gai3zao4) among them.',
  '重庆(Chóngqìng)的长江(Chángjiāng)大桥上，孩子们(men)慢慢长大(zhǎngdà)。',
  '社区服务站(fúwùzhàn)每天早上八点开门，周末也不休息。',
];


/** Writes `bytes` of glossed text, lines of 1–4 sentences, or one single line. */
function generate(file, bytes, singleLine) {
  if (existsSync(file) && statSync(file).size === bytes) return false;
  mkdirSync(dirname(file), { recursive: true });
  const next = random(42);
  const temp = `${file}.part`;
  const fd = openSync(temp, 'w');
  let written = 0;
  while (written < bytes) {
    let block = '';
    while (block.length < 1 << 20) {
      const count = 1 + Math.floor(next() * 4);
      for (let i = 0; i < count; i++) block += SENTENCES[Math.floor(next() * SENTENCES.length)];
      block += singleLine ? ' ' : '\n';
    }
    let buffer = Buffer.from(block, 'utf8');
    if (written + buffer.length > bytes) {
      // Cut on a character boundary and pad with spaces to the exact size.
      let cut = bytes - written;
      while (cut > 0 && (buffer[cut] & 0xc0) === 0x80) cut--;
      buffer = Buffer.concat([buffer.subarray(0, cut), Buffer.alloc(bytes - written - cut, 0x20)]);
    }
    writeSync(fd, buffer);
    written += buffer.length;
  }
  closeSync(fd);
  renameSync(temp, file);
  return true;
}

/** Runs a command with stdout to /dev/null; returns wall seconds and the child's peak RSS (MB). */
function timed(command, args, { node = false } = {}) {
  const rssFile = join(corpora, `rss-${process.pid}.txt`);
  const devNull = openSync('/dev/null', 'w');
  // Peak RSS of a node child from inside it (covers its worker threads too):
  // a preload writes process.resourceUsage().maxRSS at exit.
  const preload = `process.on('exit',()=>require('fs').writeFileSync(${JSON.stringify(rssFile)},String(process.resourceUsage().maxRSS)))`;
  const env = node ? { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${join(corpora, 'rss-preload.cjs')}` } : process.env;
  if (node) {
    mkdirSync(corpora, { recursive: true });
    writeFileSync(join(corpora, 'rss-preload.cjs'), preload);
  }
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: ['ignore', devNull, 'pipe'], env, maxBuffer: 16 * MB, timeout: 20 * 60 * 1000 });
  const seconds = (performance.now() - started) / 1000;
  closeSync(devNull);
  if (result.status !== 0) {
    const why = result.error ? result.error.message : `exit ${result.status ?? result.signal}`;
    console.log(`  ${command} ${args.join(' ')} failed (${why}): ${result.stderr.toString().trim().slice(0, 300)}`);
    return { seconds, rssMb: NaN, failed: true };
  }
  let rssMb = NaN;
  if (node && existsSync(rssFile)) {
    rssMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
    rmSync(rssFile);
  }
  return { seconds, rssMb, failed: false };
}


function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

if (!existsSync(cli)) {
  console.error('dist/cli/index.js is missing: run `npm run build` first');
  process.exit(1);
}

const lines = join(corpora, `glossed-${size / MB}m.txt`);
const oneLine = join(corpora, `glossed-${size / MB}m-one-line.txt`);
for (const [file, single] of [[lines, false], [oneLine, true]]) {
  const started = performance.now();
  if (generate(file, size, single)) console.log(`generated ${file} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const mb = size / MB;
console.log(`\nstrip of ${mb} MiB (MB = MiB; RSS = the child's peak resident memory)\n`);
console.log('| case | wall s | MB/s | × cat time | peak RSS MB |');
console.log('|---|---|---|---|---|');
timed('cat', [lines]); // warm the page cache
const cat = timed('cat', [lines]);
console.log(`| cat file > /dev/null | ${cat.seconds.toFixed(2)} | ${(mb / cat.seconds).toFixed(0)} | 1 | – |`);
const cases = [
  ['strip, lines, --jobs 1 (streaming)', [lines, '--jobs', '1']],
  ['strip, lines, default jobs', [lines]],
  ['strip, one single line, --jobs 1 (streaming)', [oneLine, '--jobs', '1']],
  ['strip, one single line, default jobs', [oneLine]],
];
for (const [name, args] of cases) {
  const run = timed(process.execPath, [cli, 'strip', '--quiet', ...args], { node: true });
  const status = run.failed ? ' (failed)' : '';
  console.log(
    `| ${name}${status} | ${run.seconds.toFixed(2)} | ${(mb / run.seconds).toFixed(1)} | ${(run.seconds / cat.seconds).toFixed(0)} | ${run.rssMb.toFixed(0)} |`,
  );
}

// Cold start: a tiny strip from stdin, median of 7, against node itself.
const tiny = join(corpora, 'tiny.txt');
writeFileSync(tiny, '小区(xiǎoqū)改造(gǎizào)\n');
const coldRuns = 7;
const cold = { 'node -e 0': [process.execPath, ['-e', '0']], 'strip --jobs 1 (streaming)': [process.execPath, [cli, 'strip', '--quiet', '--jobs', '1', tiny]], 'strip, default jobs': [process.execPath, [cli, 'strip', '--quiet', tiny]] };
const times = Object.fromEntries(Object.keys(cold).map((name) => [name, []]));
for (let i = 0; i < coldRuns; i++) {
  for (const [name, [command, args]] of Object.entries(cold)) times[name].push(timed(command, args).seconds * 1000);
}
const nodeMedian = median(times['node -e 0']);
console.log(`\ncold start of a tiny strip (median of ${coldRuns} runs, interleaved):`);
for (const [name, values] of Object.entries(times)) {
  const ms = median(values);
  console.log(`  ${name}: ${ms.toFixed(0)} ms (×${(ms / nodeMedian).toFixed(1)} node -e 0, +${(ms - nodeMedian).toFixed(0)} ms)`);
}
