import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { PinyinGlossError } from '../errors.js';

// The first error of each output, recorded by its one listener.
const failures = new WeakMap<Writable, { error: unknown }>();

/**
 * The last step of one input's pipeline: writes what comes into `output`,
 * which stays open for the next input. Passing `output` to `pipeline(…,
 * { end: false })` left an error, close, finish and end listener on it for
 * every input, so eleven files into one output printed
 * MaxListenersExceededWarning. Here each output gets one error listener,
 * added on its first use and kept (an error the stream emits late, after a
 * failed write, is recorded rather than thrown at the process); a write
 * after a failure, or a wait for 'drain', fails with that error.
 */
export function writeInto(output: Writable): (source: AsyncIterable<Buffer | string>) => Promise<void> {
  const state = watch(output);
  return async (source) => {
    for await (const chunk of source) {
      if (state.error !== undefined) throw state.error;
      if (!output.write(chunk)) await drained(output, state);
    }
    // Buffered data of a file stream: wait until it is written.
    if (output.writableNeedDrain) await drained(output, state);
    if (state.error !== undefined) throw state.error;
  };
}

function watch(output: Writable): { error: unknown } {
  let state = failures.get(output);
  if (state === undefined) {
    const created = { error: undefined as unknown };
    output.on('error', (error: unknown) => {
      created.error ??= error;
    });
    failures.set(output, created);
    state = created;
  }
  return state;
}

async function drained(output: Writable, state: { error: unknown }): Promise<void> {
  // An output that already failed emits no 'drain'.
  if (state.error !== undefined) throw state.error;
  // Its 'error' event may come later (a file stream emits it once closed).
  if (output.errored) throw output.errored;
  if (output.destroyed) throw new PinyinGlossError('IO_ERROR', 'the output was closed');
  await once(output, 'drain');
}
