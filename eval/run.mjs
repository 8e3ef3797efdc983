// `npm run eval [words…]`: every eval/*.eval.mjs (or those whose name holds a
// word). Evaluation data is read from ../shared/data (override with
// PINYIN_GLOSS_DATA); it is never copied into the repo.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runEach } from '../scripts/runEach.mjs';

runEach(dirname(fileURLToPath(import.meta.url)), '.eval.mjs');
