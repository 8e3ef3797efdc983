// `npm run eval [-- --data DIR] [words…]`: every eval/*.eval.mjs (or those
// whose name holds a word). The evaluation data is read from DIR, or
// $PINYIN_GLOSS_DATA (see dataDir.mjs: each data set and where to get it); it
// is never copied into the repository.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runEach } from '../scripts/runEach.mjs';

const words = [];
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === '--data' || arg.startsWith('--data=')) {
    const dir = arg === '--data' ? args[++i] : arg.slice('--data='.length);
    if (!dir) {
      console.error('npm run eval: --data needs a folder');
      process.exit(2);
    }
    // The scripts run in child processes, which inherit the environment.
    process.env.PINYIN_GLOSS_DATA = resolve(dir);
  } else {
    words.push(arg);
  }
}

runEach(dirname(fileURLToPath(import.meta.url)), '.eval.mjs', words);
