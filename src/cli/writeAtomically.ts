import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';

// Temporary files still open: removed if the process is interrupted.
const pending = new Set<string>();
let handlersInstalled = false;

function installSignalHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      for (const file of pending) {
        try {
          unlinkSync(file);
        } catch {
          // already gone
        }
      }
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
 */
export async function writeAtomically(
  target: string,
  mode: number,
  write: (output: Writable) => Promise<void>,
): Promise<void> {
  installSignalHandlers();
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', mode);
  pending.add(temp);
  let output: Writable | undefined;
  try {
    output = handle.createWriteStream({ autoClose: false, highWaterMark: 1 << 20 });
    await write(output);
    await handle.sync();
    await handle.close();
    await rename(temp, target);
    pending.delete(temp);
    await syncDirectory(dirname(target));
  } catch (error) {
    output?.destroy();
    await handle.close().catch(() => {});
    await unlink(temp).catch(() => {});
    pending.delete(temp);
    throw error;
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
