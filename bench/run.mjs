// `npm run bench [words…]`: every bench/*.bench.mjs (or those whose name holds
// a word), on the built package in dist/ (npm run bench builds it first).
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runEach } from '../scripts/runEach.mjs';

runEach(dirname(fileURLToPath(import.meta.url)), '.bench.mjs');
