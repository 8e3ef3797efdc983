import { CLAUSE_ENDS } from '../internal/pieces.js';
import { PinyinGlossError } from '../errors.js';
import type { BatchBuffers } from './createBatchBuffers.js';
import type { CorpusFormat } from './types.js';

export interface TextPart {
  readonly text: string;
}

export interface BytePart {
  readonly bytes: Uint8Array;
  readonly byteOffset: number;
  readonly last: boolean;
}

/**
 * Collects input chunks (all text, or all UTF-8 bytes) and hands out batches
 * cut by `findCut` / `findByteCut`; `next(true)` at the end of the input
 * also hands out the rest. A UTF-8 BOM at the start is dropped, as the
 * CLI's decoder does. Byte chunks are searched where they are and copied
 * once, into the batch, which owns its memory: a buffer of its own, or,
 * given `buffers`, shared memory that worker threads process where it is.
 */
export function createCutter(format: CorpusFormat, batchSize: number, { buffers }: { buffers?: BatchBuffers } = {}) {
  let text = '';
  let chunks: Buffer[] = [];
  let length = 0;
  let byteOffset = 0;
  let bomChecked = false;
  let kind: 'text' | 'bytes' | undefined;
  // The pending bytes before `bytes` hold no line end, and those before
  // `marks` no clause end: a line of many chunks is searched once, not again
  // at every chunk (that was quadratic).
  const searched = { bytes: 0, marks: 0 };

  // A copy into shared memory goes by relaxed atomic words when source and
  // target are aligned alike, byte by byte otherwise (V8's Relaxed_Memcpy:
  // measured 5× slower, the main thread's largest cost), so a misaligned
  // piece is first copied (plainly) into this scratch buffer, aligned alike.
  let scratch: Buffer | undefined;
  const copyShared = (into: Uint8Array, piece: Uint8Array, at: number) => {
    const target = into.byteOffset + at;
    if (((target - piece.byteOffset) & 7) === 0) return into.set(piece, at);
    if (scratch === undefined || scratch.length < piece.length + 8) scratch = Buffer.allocUnsafeSlow(Math.max(piece.length, batchSize) + 8);
    const aligned = target & 7;
    scratch.set(piece, aligned);
    into.set(scratch.subarray(aligned, aligned + piece.length), at);
  };

  /** Drops the first `cut` pending bytes, copied into `into` if given. */
  const drop = (cut: number, into?: Uint8Array) => {
    let filled = 0;
    while (filled < cut) {
      const chunk = chunks[0]!;
      const used = Math.min(chunk.length, cut - filled);
      if (into && buffers) copyShared(into, chunk.subarray(0, used), filled);
      else into?.set(chunk.subarray(0, used), filled);
      filled += used;
      if (used === chunk.length) chunks.shift();
      else chunks[0] = chunk.subarray(used);
    }
    length -= cut;
    searched.bytes = 0;
    searched.marks = 0;
  };

  /** Takes the first `cut` pending bytes as one new buffer of its own memory. */
  const take = (cut: number): Uint8Array => {
    // Not zero-filled first: every byte is written below.
    const bytes = buffers ? buffers.take(cut) : Buffer.allocUnsafeSlow(cut);
    drop(cut, bytes);
    return bytes;
  };

  return {
    push(chunk: string | Uint8Array) {
      const chunkKind = typeof chunk === 'string' ? 'text' : 'bytes';
      if (kind !== undefined && kind !== chunkKind) throw new PinyinGlossError('INVALID_TYPE', 'processCorpus: chunks must be all strings or all bytes');
      kind = chunkKind;
      if (typeof chunk === 'string') text += chunk;
      else if (chunk.length > 0) {
        chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        length += chunk.length;
      }
    },
    next(final: boolean): TextPart | BytePart | undefined {
      if (kind === 'text') {
        let cut = text.length >= batchSize ? findCut(text, format, batchSize) : 0;
        if (cut === 0 && final) cut = text.length;
        if (cut === 0) return undefined;
        const part = text.slice(0, cut);
        text = text.slice(cut);
        return { text: part };
      }
      if (!bomChecked && (length >= 3 || final)) {
        bomChecked = true;
        const head = chunks.length > 0 ? Buffer.concat(chunks, Math.min(length, 3)) : Buffer.alloc(0);
        if (head.length === 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) {
          drop(3);
          byteOffset += 3;
        }
      }
      if (length === 0 || (length < batchSize && !final)) return undefined;
      let cut = length >= batchSize ? findByteCut(chunks, length, format, batchSize, searched) : 0;
      if (cut === 0 && final) cut = length;
      if (cut === 0) return undefined;
      const part: BytePart = { bytes: take(cut), byteOffset, last: final && length === 0 };
      byteOffset += cut;
      return part;
    },
  };
}

// A long line is cut after a clause end (see internal/pieces.ts).
const SAFE_CUT_AFTER = new Set(CLAUSE_ENDS);

/**
 * Where to cut `buffer` (0: wait for more input): after the last line end
 * within `batchSize`, or after the first one beyond it when a line is longer.
 * Plain text without a line end for 2 batches may also end after Chinese
 * punctuation, which no gloss (Latin letters and marks in brackets) and no
 * word contains.
 */
function findCut(buffer: string, format: CorpusFormat, batchSize: number): number {
  let newline = buffer.lastIndexOf('\n', batchSize - 1);
  if (newline < 0) newline = buffer.indexOf('\n', batchSize);
  if (newline >= 0) return newline + 1;
  if (format === 'jsonl' || buffer.length < 2 * batchSize) return 0;
  for (let i = buffer.length - 1; i > 0; i--) {
    if (SAFE_CUT_AFTER.has(buffer[i - 1]!)) return i;
  }
  return 0;
}

const SAFE_CUT_AFTER_BYTES = [...SAFE_CUT_AFTER].map((mark) => Buffer.from(mark));

/**
 * `findCut` on UTF-8 bytes held in `chunks` (`length` in all): `\n` and the
 * punctuation never occur inside another character.
 */
function findByteCut(chunks: readonly Buffer[], length: number, format: CorpusFormat, batchSize: number, searched: { bytes: number; marks: number }): number {
  // The last line end within the batch size…
  let cut = 0;
  let offset = 0;
  for (const chunk of chunks) {
    if (offset >= batchSize) break;
    const at = chunk.lastIndexOf(0x0a, Math.min(chunk.length, batchSize - offset) - 1);
    if (at >= 0) cut = offset + at + 1;
    offset += chunk.length;
  }
  if (cut > 0) return cut;
  // …or the first one beyond it, searching only bytes not searched before.
  offset = 0;
  for (const chunk of chunks) {
    if (offset + chunk.length <= searched.bytes) {
      offset += chunk.length;
      continue;
    }
    const at = chunk.indexOf(0x0a, Math.max(0, batchSize - offset, searched.bytes - offset));
    if (at >= 0) return offset + at + 1;
    offset += chunk.length;
  }
  searched.bytes = length;
  if (format === 'jsonl' || length < 2 * batchSize) return 0;
  // Rare: a line of more than 2 batches. The last punctuation mark, searched
  // from the last chunk back (each with the 2 bytes before it, where a mark
  // may start), so that a long line is not joined again at every chunk; and
  // only back to the bytes searched before (a long line without one was
  // searched again, whole, at every chunk).
  let end = length;
  for (let k = chunks.length - 1; k >= 0 && end > searched.marks; k--) {
    const chunk = chunks[k]!;
    const start = end - chunk.length;
    const previous = k > 0 ? chunks[k - 1]! : undefined;
    const head = previous ? previous.subarray(Math.max(0, previous.length - 2)) : Buffer.alloc(0);
    const window = head.length > 0 ? Buffer.concat([head, chunk]) : chunk;
    for (const mark of SAFE_CUT_AFTER_BYTES) {
      const at = window.lastIndexOf(mark);
      if (at >= 0) cut = Math.max(cut, start - head.length + at + mark.length);
    }
    if (cut > 0) return cut;
    end = start;
  }
  searched.marks = length;
  return cut;
}

