// `npm start`: the main job on the samples bundled in data/ — the article
// annotated for a learner, and the scraped glossed text cleaned. Runs on the
// built package (npm start builds it first), through the CLI as a user would.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
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

// The learner page (issue 7): written under test-output/, which git ignores.
const page = join('test-output', 'article.html');
mkdirSync(join(root, 'test-output'), { recursive: true });
console.log('\n== data/article.txt as a page for a learner: pinyin above every word, tone colours, switches ==');
console.log(`   pinyin-gloss annotate --output html data/article.txt -o ${page}\n`);
pinyinGloss('annotate', '--output', 'html', '--quiet', 'data/article.txt', '-o', page);
console.log(`   written to ${join(root, page)}: open it in a browser`);

console.log('\n== data/scrape.txt, cleaned: glosses removed, everything else untouched ==');
console.log('   pinyin-gloss strip data/scrape.txt\n');
pinyinGloss('strip', 'data/scrape.txt');
