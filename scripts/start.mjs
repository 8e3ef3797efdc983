// `npm start`: the main job on the samples bundled in data/ — the article
// annotated for a learner, and the scraped glossed text cleaned. Runs on the
// built package (npm start builds it first), through the CLI as a user would.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli', 'index.js');

/** Runs `pinyin-gloss ...args` in the project folder, output straight to the terminal. */
function pinyinGloss(...args) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

console.log('== data/article.txt, annotated for a learner: less common words, each glossed once ==');
console.log('   pinyin-gloss annotate --select rare --once data/article.txt\n');
pinyinGloss('annotate', '--select', 'rare', '--once', 'data/article.txt');

console.log('\n== data/scrape.txt, cleaned: glosses removed, everything else untouched ==');
console.log('   pinyin-gloss strip data/scrape.txt\n');
pinyinGloss('strip', 'data/scrape.txt');
