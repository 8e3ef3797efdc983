import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, unlinkSync } from 'node:fs';
import { open, realpath, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { PinyinGlossError } from '../errors.js';
import { ioFailure } from './ioFailure.js';
import { removeStaleTemps } from './removeStaleTemps.js';

// Temporary files not yet renamed: removed if the process is interrupted or crashes.
const pending = new Set<string>();
let handlersInstalled = false;

function removePending(): void {
  for (const file of pending) {
    try {
      unlinkSync(file);
    } catch {
      // already gone
    }
  }
  pending.clear();
}

function installSignalHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  // Also on a crash (an uncaught exception still emits 'exit').
  process.once('exit', removePending);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      removePending();
      // Die of the signal itself (the shell sees 128 + n): process.exit()
      // would wait for a read blocked in the thread pool, e.g. on a FIFO.
      process.kill(process.pid, signal);
    });
  }
}

/**
 * Writes `target` all or nothing: `write` fills a temporary file in the same
 * directory (so the rename stays on one file system), which is fsynced and
 * renamed over `target`. On any failure the temporary file is removed and
 * `target` is untouched, then the error is rethrown.
 *
 * Temporary files that killed runs left beside the target (their process
 * is gone) are removed first, each named through `report`.
 *
 * A symbolic link is followed, as `sed -i --follow-symlinks` does: the file
 * it points to is replaced and the link stays a link.
 */
export async function writeAtomically(
  link: string,
  mode: number,
  write: (output: Writable) => Promise<void>,
  report: (line: string) => void = () => {},
): Promise<void> {
  installSignalHandlers();
  const target = await realpath(link).catch(() => link);
  for (const stale of removeStaleTemps(target)) {
    report(`pinyin-gloss: removed ${stale}, the temporary file of an earlier run that was killed`);
  }
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  pending.add(temp);
  const output = createWriteStream(temp, { flags: 'wx', mode, highWaterMark: 1 << 20 });
  try {
    // Opened before anything can fail, so the cleanup below never races the open.
    await once(output, 'ready');
    await write(output);
    // Every write reaches the file, and the file is closed, before the sync.
    await new Promise<void>((resolve, reject) => {
      output.once('error', reject);
      output.once('close', resolve);
      output.end();
    });
    // fsync through a new descriptor: it flushes the file, not the descriptor.
    const handle = await open(temp, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
    pending.delete(temp);
    await syncDirectory(dirname(target));
  } catch (error) {
    output.destroy();
    await unlink(temp).catch(() => {});
    pending.delete(temp);
    // Node's own errors (closing, syncing, renaming the temporary file) name the target.
    throw error instanceof PinyinGlossError ? error : ioFailure(error, 'write', target);
  }
}

// Makes the rename itself durable; best effort (not every file system allows it).
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // the data is already synced; only the directory entry may lag
  }
}
