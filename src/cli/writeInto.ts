import { once } from 'node:events';
import type { Writable } from 'node:stream';

/**
 * The last step of one input's pipeline: writes what comes into `output`,
 * which stays open for the next input. Passing `output` to `pipeline(…,
 * { end: false })` left an error, close, finish and end listener on it for
 * every input, so eleven files into one output printed
 * MaxListenersExceededWarning; this step holds one error listener while it
 * runs and removes it when done.
 */
export function writeInto(output: Writable): (source: AsyncIterable<Buffer | string>) => Promise<void> {
  return async (source) => {
    let failed: unknown;
    const onError = (error: unknown): void => {
      failed ??= error;
    };
    output.on('error', onError);
    try {
      for await (const chunk of source) {
        if (failed !== undefined) throw failed;
        if (!output.write(chunk)) await drained(output);
      }
      // Buffered data of a file stream: wait until it is written.
      if (output.writableNeedDrain) await drained(output);
      if (failed !== undefined) throw failed;
    } finally {
      output.off('error', onError);
    }
  };
}

async function drained(output: Writable): Promise<void> {
  // An output that already failed emits no 'drain': its error instead.
  if (output.errored) throw output.errored;
  if (output.destroyed) throw new Error('the output was closed');
  await once(output, 'drain');
}
