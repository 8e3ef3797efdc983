/**
 * The shared memory of the batches that worker threads process: batches are
 * copied into SharedArrayBuffers, which reach a worker without being moved
 * (moving an ArrayBuffer detaches it, and a detach slows a thread's
 * typed-array code for good: see cli/worker.ts), and a buffer whose batch
 * has been written out is used again, not collected: a fresh one per batch
 * cost the main thread more time than the copy, and, collected late, held
 * hundreds of MB.
 */
export interface BatchBuffers {
  /** A view of `size` bytes at the start of a free buffer (one of at least `minSize` bytes). */
  take(size: number): Uint8Array;
  /**
   * Whether a buffer is used again (handed back once nothing reads its
   * batch any more): not one made for a batch far over the batch size (a
   * giant JSON record), whose output is then handed on where it lies rather
   * than copied out.
   */
  reuses(buffer: SharedArrayBuffer): boolean;
  give(buffer: SharedArrayBuffer): void;
}

export function createBatchBuffers(minSize: number, maxKept: number): BatchBuffers {
  const free: SharedArrayBuffer[] = [];
  return {
    reuses: (buffer) => buffer.byteLength <= 4 * minSize,
    take(size) {
      const at = free.findIndex((buffer) => buffer.byteLength >= size);
      const buffer = at >= 0 ? free.splice(at, 1)[0]! : new SharedArrayBuffer(Math.max(size, minSize));
      return new Uint8Array(buffer, 0, size);
    },
    give(buffer) {
      free.push(buffer);
      // Keep the largest (a long line's batches, cut at punctuation, may outgrow the others).
      if (free.length > maxKept) free.splice(free.indexOf(free.reduce((a, b) => (a.byteLength <= b.byteLength ? a : b))), 1);
    },
  };
}
