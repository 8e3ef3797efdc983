import { Readable, type Transform } from 'node:stream';
import { buffer } from 'node:stream/consumers';

/** Cuts `bytes` at the given offsets (sorted, deduplicated, inside the range). */
export function cutAt(bytes: Uint8Array, cuts: readonly number[]): Buffer[] {
  const points = [...new Set(cuts.filter((c) => c > 0 && c < bytes.length))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let from = 0;
  for (const point of [...points, bytes.length]) {
    if (point > from) chunks.push(Buffer.from(bytes.subarray(from, point)));
    from = point;
  }
  return chunks;
}

/** Every byte its own chunk. */
export function bytewise(text: string): Buffer[] {
  return [...Buffer.from(text, 'utf8')].map((byte) => Buffer.from([byte]));
}

/** Feeds `chunks` through `transform` and returns its whole output as text. */
export async function runThrough(transform: Transform, chunks: readonly (Buffer | string)[]): Promise<string> {
  // Buffer#toString, not TextDecoder: a BOM in the output must stay visible.
  return (await buffer(Readable.from(chunks, { objectMode: true }).pipe(transform))).toString('utf8');
}
