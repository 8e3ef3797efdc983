#!/usr/bin/env node
import { runCli } from './runCli.js';

// A closed stdout (`pinyin-gloss strip big.txt | head`) ends the job quietly.
// Any other write error (a full disk) fails the pipeline writing to stdout,
// which reports it in one line: it must not also be thrown here.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
});

const code = await runCli(process.argv.slice(2));
// A failure has been reported in one line: end now, so that nothing left
// running (a worker thread still busy with a batch) holds the process.
if (code !== 0) process.exit(code);
