// JSON Lines at corpus scale: `pinyin-gloss strip --jsonl` on a generated
// corpus of at least 256 MB (bench/.corpora/, git-ignored), with --jobs 1 and
// --jobs 2, as MB/s and their ratio (the goal on 2 cores: at least 1.6), and
// `cat` of the same file in the same run as the baseline of the machine.
// The CLI's own --stats-json figures are printed beside the wall times.
//   PINYIN_GLOSS_BENCH_MB=64 node bench/jsonl.bench.mjs   # a smaller corpus
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
// PINYIN_GLOSS_CLI runs another build (e.g. a copy of dist/ that parallel
// builds cannot replace mid-run); the default is the package's dist/.
const cli = process.env.PINYIN_GLOSS_CLI ?? join(here, '../dist/cli/index.js');
const targetMb = Number(process.env.PINYIN_GLOSS_BENCH_MB ?? 256);
const corpus = join(here, '.corpora', `jsonl-${targetMb}mb-v1.jsonl`);

// Text written for this benchmark, glossed the way content farms do it.
const CLAUSES = [
  '老旧小区改造(gǎizào)是今年的重点工作',
  '居民们在社区(shèqū)广场上跳舞',
  '银行(yínháng)行长(hángzhǎng)参加了座谈会',
  '我们吃完晚饭一起去公园散步(sànbù)',
  '这条街道(jiēdào)的路灯已经修好了',
  '志愿者为(wèi)困难群体送去温暖',
  '孩子们在操场上踢足球',
  '天气预报说明天会下雨(xiàyǔ)',
  '他把旧书捐给了图书馆(túshūguǎn)',
  '拆墙并院以后邻里关系更加和睦(hémù)',
  '新建的停车场缓解了停车难(nán)的问题',
  '大家对改造的效果很满意(mǎnyì)',
  '党群服务站(受访者供图)',
  '项目在2023年(nián)完工',
];

function makeRecord(id, random) {
  let text = '';
  const sentences = 8 + (random() % 24);
  for (let s = 0; s < sentences; s++) {
    const clauses = 1 + (random() % 3);
    for (let c = 0; c < clauses; c++) {
      text += CLAUSES[random() % CLAUSES.length] + (c + 1 < clauses ? '，' : '。');
    }
    if (random() % 5 === 0) text += '\n';
  }
  return `${JSON.stringify({ id, url: `https://news.example/a/${id}.html`, meta: { lang: 'zh', score: 0.5 + (id % 50) / 100 }, text })}\n`;
}

async function generate() {
  mkdirSync(dirname(corpus), { recursive: true });
  const target = targetMb * 1e6;
  const out = createWriteStream(`${corpus}.part`);
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed >>> 8;
  };
  let bytes = 0;
  let id = 0;
  while (bytes < target) {
    let block = '';
    for (let i = 0; i < 256; i++) block += makeRecord(id++, random);
    bytes += Buffer.byteLength(block);
    if (!out.write(block)) await new Promise((resolve) => out.once('drain', resolve));
  }
  await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())));
  spawnSync('mv', [`${corpus}.part`, corpus]);
}

if (!existsSync(corpus)) {
  const t = performance.now();
  await generate();
  console.log(`generated ${corpus} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}
const size = statSync(corpus).size;
const mb = size / 1e6;
console.log(`corpus: ${mb.toFixed(1)} MB of JSON Lines, ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(1)}`);

/** Wall seconds, and CPU seconds (user + sys of the process and its threads, from bash's `time`). */
function time(command, args) {
  const quoted = [command, ...args].map((arg) => `'${arg.replaceAll("'", "'\\''")}'`).join(' ');
  const script = `TIMEFORMAT='cpu %U %S'; time ${quoted} > /dev/null`;
  const t = performance.now();
  const result = spawnSync('bash', ['-c', script], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const seconds = (performance.now() - t) / 1000;
  const lines = result.stderr.trimEnd().split('\n');
  const [, user, sys] = lines.pop().split(' ');
  if (lines.length > 0) process.stderr.write(`${lines.join('\n')}\n`);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
  return { seconds, cpu: Number(user) + Number(sys) };
}

// Control, in the same run: two independent `--jobs 1` processes on the
// same corpus at once, as GNU parallel would run them. Their combined MB/s
// against one process shows how much of a second core this machine gives
// this very workload right now (2.0 on two idle cores).
async function control(when) {
  const { spawn } = await import('node:child_process');
  const run = () =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [cli, 'strip', '--jsonl', '--jobs', '1', '--quiet', corpus], { stdio: ['ignore', 'ignore', 'inherit'] });
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`control run exited with ${code}`))));
    });
  const t = performance.now();
  await Promise.all([run(), run()]);
  const seconds = (performance.now() - t) / 1000;
  console.log(`control ${when}: two --jobs 1 processes at once: ${((2 * mb) / seconds).toFixed(1)} MB/s together (${seconds.toFixed(2)} s)`);
  return (2 * mb) / seconds;
}

const controlBefore = await control('before');
const { seconds: catSeconds } = time('cat', [corpus]);
console.log(`cat:      ${(mb / catSeconds).toFixed(0)} MB/s (${catSeconds.toFixed(2)} s)`);
const rows = [];
for (const jobs of [1, 2]) {
  const statsFile = join(tmpdir(), `pinyin-gloss-bench-stats-${process.pid}-${jobs}.json`);
  const load = loadavg()[0];
  const { seconds, cpu } = time(process.execPath, [cli, 'strip', '--jsonl', '--jobs', String(jobs), '--quiet', '--stats-json', statsFile, corpus]);
  const stats = JSON.parse(readFileSync(statsFile, 'utf8'));
  rmSync(statsFile);
  rows.push({ jobs, seconds, cpu, mbPerSecond: mb / seconds });
  console.log(
    `--jobs ${jobs}: ${(mb / seconds).toFixed(1)} MB/s wall (${seconds.toFixed(2)} s, ${(catSeconds / seconds).toFixed(3)}× cat), ` +
      `${cpu.toFixed(2)} CPU s; its --stats-json: ${stats.mbPerSecond} MB/s, ${stats.records} records, ${stats.glosses} glosses removed, ` +
      `${stats.badLines} bad lines; load average ${load.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after`,
  );
}
const ratio = rows[1].mbPerSecond / rows[0].mbPerSecond;
console.log(`ratio --jobs 2 / --jobs 1: ${ratio.toFixed(2)} (goal on 2 cores: ≥ 1.6)`);
console.log(`CPU seconds --jobs 2 / --jobs 1: ${(rows[1].cpu / rows[0].cpu).toFixed(2)} (the work added by threading)`);

const controlAfter = await control('after');
const capacity = Math.max(controlBefore, controlAfter) / rows[0].mbPerSecond;
console.log(
  `control ratio (two processes / one): ${capacity.toFixed(2)}; --jobs 2 reached ${((ratio / capacity) * 100).toFixed(0)}% of it`,
);
