import { exitCodeFor } from './exitCodeFor.js';
import { createProgram } from './createProgram.js';
import { flagMessage } from './flagMessage.js';
import { formatErrorLine } from './formatErrorLine.js';
import { CommanderError } from 'commander';

/** Runs the CLI on `argv` (without node and script) and returns the exit code. */
export async function runCli(argv: readonly string[]): Promise<number> {
  try {
    await createProgram().parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    // The reader went away (`| head`): not a failure of ours.
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') return 0;
    // Commander has already printed its own one-line message.
    // A bad option value names the flag it came from (--rate, not select.rate).
    if (!(error instanceof CommanderError)) process.stderr.write(formatErrorLine(flagMessage(error) ?? (error as Error).message ?? String(error)));
    // PINYIN_GLOSS_DEBUG=1 adds the stack, for bug reports.
    if (process.env.PINYIN_GLOSS_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
    return exitCodeFor(error);
  }
}
