import { once } from 'node:events';
import { createReadStream, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Duplex, Readable, Writable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import { PinyinGlossError } from '../errors.js';
import { createTextTransform, type TextSession, type TextTransformOptions } from '../stream/createTextTransform.js';
import { createProgress, printAboveProgress, type Progress } from './createProgress.js';
import { ioFailure } from './ioFailure.js';
import type { IoOptions } from './ioOptions.js';
import { UsageError } from './UsageError.js';
import { writeAtomically } from './writeAtomically.js';
import { writeInto } from './writeInto.js';

/**
 * How one input is turned into output text; `label` is the file name or `-`
 * for stdin. A session, or a whole Transform given the decoding options (the
 * corpus jobs of --jsonl / --jobs, see corpusOptions.ts).
 */
export type SessionFactory = (label: string) => TextSession | { transform(decode: TextTransformOptions): Duplex };

const STDIN = '-';
const READ_CHUNK = 1 << 16; // fs default; larger chunks raised peak RSS when decoded to text (1 MiB: ~155 MB vs ~107 MB on 33 MB)
// Input taken as bytes (UTF-8 strip, corpus jobs) is never decoded to one
// big string: larger chunks cost little memory there and save per-chunk work
// (read calls, stream steps, writes): ~6% of a 256 MB strip's CPU time.
const BYTE_READ_CHUNK = 1 << 20;

/**
 * The shared input → output pipeline of every command: each input (files, or
 * stdin when none / `-`) is decoded, run through a fresh session and written
 * to stdout, `--out` (atomically: `-o` may name an input) or back over
 * itself (`--in-place`).
 * Inputs are checked before anything is written, so a missing file is a
 * usage error with no partial output. `loadSession` imports the library
 * lazily (strip and find never load the segmenter) and checks the options.
 */
export async function runTextCommand(
  files: readonly string[],
  io: IoOptions,
  loadSession: () => SessionFactory | Promise<SessionFactory>,
): Promise<void> {
  const inputs = files.length === 0 ? [STDIN] : files;
  if (io.inPlace && io.out !== undefined) throw new UsageError('--in-place and --out cannot be used together');
  if (io.inPlace && inputs.includes(STDIN)) throw new UsageError('--in-place needs file arguments, not stdin');
  const stats = await Promise.all(inputs.map((file) => (file === STDIN ? undefined : statInput(file))));
  // Only now load the library (and let it check its options): a typo in a
  // file name fails fast, and nothing is written before options are valid.
  const makeSession = await loadSession();

  const sizes = stats.map((s) => s?.size);
  const totalBytes = sizes.every((size) => size !== undefined) ? sizes.reduce<number>((a, b) => a + b!, 0) : undefined;
  const progress = await createProgress(totalBytes, !io.quiet && process.stderr.isTTY === true);
  try {
    if (io.inPlace) {
      for (const [index, file] of inputs.entries()) {
        await writeAtomically(file, stats[index]!.mode & 0o7777, (output) => convertAll([file], output, file, io, makeSession, progress, false), printAboveProgress);
      }
    } else if (io.out !== undefined) {
      const out = io.out;
      const existing = await stat(out).catch(() => undefined);
      if (existing && !existing.isFile()) {
        // A device or FIFO (e.g. /dev/stdout) cannot be replaced: write to it directly.
        const { createWriteStream } = await import('node:fs');
        await convertAll(inputs, createWriteStream(out), out, io, makeSession, progress, true);
      } else {
        await writeAtomically(
          out,
          existing ? existing.mode & 0o7777 : 0o666,
          (output) => convertAll(inputs, output, out, io, makeSession, progress, false),
          printAboveProgress,
        );
      }
    } else {
      await convertAll(inputs, process.stdout, 'stdout', io, makeSession, progress, false);
    }
  } finally {
    progress.stop();
  }
}

/**
 * Every input into `output` (named `outputName` in errors). A failed write
 * is reported as `cannot write NAME: cause (CODE)`, a failed read likewise.
 */
async function convertAll(
  inputs: readonly string[],
  output: Writable,
  outputName: string,
  io: IoOptions,
  makeSession: SessionFactory,
  progress: Progress,
  endOutput: boolean,
): Promise<void> {
  // One listener for the whole output: it tells a failed write from the rest.
  let writeError: unknown;
  const onWriteError = (error: unknown) => {
    if (isSystemError(error)) writeError ??= error;
  };
  output.on('error', onWriteError);
  try {
    for (const input of inputs) await convert(input, output, io, makeSession, progress);
    if (endOutput) {
      output.end();
      await finished(output);
    }
  } catch (error) {
    // The output's own error may be thrown before its 'error' event is emitted (writeInto).
    const failedWrite = writeError ?? (error !== undefined && error === output.errored ? error : undefined);
    throw failedWrite === undefined ? error : ioFailure(failedWrite, 'write', outputName);
  } finally {
    output.off('error', onWriteError);
  }
}

/** One input through a fresh session into `output`, which stays open. */
async function convert(input: string, output: Writable, io: IoOptions, makeSession: SessionFactory, progress: Progress): Promise<void> {
  const made = makeSession(input);
  const asBytes = 'transform' in made && (io.encoding ?? 'utf-8') === 'utf-8' && io.encodingErrors !== 'replace';
  const source: Readable = input === STDIN ? process.stdin : createReadStream(input, { highWaterMark: asBytes ? BYTE_READ_CHUNK : READ_CHUNK });
  let readError: unknown;
  source.on('error', (error) => {
    if (isSystemError(error)) readError ??= error;
  });
  const decode: TextTransformOptions = {
    encoding: io.encoding,
    encodingErrors: io.encodingErrors,
    onBytes: (bytes) => progress.add(bytes),
  };
  const transform = 'transform' in made ? made.transform(decode) : createTextTransform(made, decode);
  try {
    await pipeline(source, transform, writeInto(output));
  } catch (error) {
    if (readError !== undefined) throw ioFailure(readError, 'read', input === STDIN ? 'stdin' : input);
    throw withInputName(error, input === STDIN ? 'stdin' : input);
  }
  // A file stream ended with end: false may hold buffered data: wait for it
  // to drain (`once` rejects if the output fails meanwhile).
  if (output.writableNeedDrain) await once(output, 'drain');
}

/**
 * An error of the system (ENOSPC, EIO, EISDIR), not one the pipeline
 * passed along when it tore the streams down (invalid bytes, a bad line).
 */
function isSystemError(error: unknown): boolean {
  return typeof (error as NodeJS.ErrnoException).syscall === 'string';
}

function withInputName(error: unknown, label: string): unknown {
  if (error instanceof PinyinGlossError && error.code === 'INVALID_ENCODING') {
    // Bytes that read cleanly as a legacy Chinese encoding: name its flag, not a replacement that makes garbage.
    const readsAs = / \(they read cleanly as ([\w-]+)\)$/.exec(error.message);
    const hint = readsAs ? `--encoding ${readsAs[1]} to read them so` : '--encoding-errors replace to go on';
    const message = readsAs ? error.message.slice(0, readsAs.index) : error.message;
    return new PinyinGlossError('INVALID_ENCODING', `${label}: ${message} (${hint})`, { cause: error });
  }
  return error;
}

async function statInput(file: string): Promise<Stats> {
  let stats: Stats;
  try {
    stats = await stat(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read (${code})`);
  }
  if (stats.isDirectory()) throw new UsageError(`${file}: is a directory`);
  return stats;
}
