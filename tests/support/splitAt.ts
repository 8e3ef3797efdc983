/**
 * Splits a string or byte array at cut points (taken modulo its length + 1,
 * duplicates dropped), so property tests can feed any chunking: cuts may fall
 * inside surrogate pairs, UTF-8 characters, glosses and `\r\n`.
 */
export function splitAt(text: string, cuts: readonly number[]): string[];
export function splitAt<T extends Uint8Array>(bytes: T, cuts: readonly number[]): T[];
export function splitAt(whole: string | Uint8Array, cuts: readonly number[]): (string | Uint8Array)[] {
  const points = [...new Set(cuts.map((cut) => cut % (whole.length + 1)))].sort((a, b) => a - b);
  const piece = (from: number, to?: number) => (typeof whole === 'string' ? whole.slice(from, to) : whole.subarray(from, to));
  const chunks: (string | Uint8Array)[] = [];
  let from = 0;
  for (const point of points) {
    chunks.push(piece(from, point));
    from = point;
  }
  chunks.push(piece(from));
  return chunks;
}
