import { isUtf8 } from 'node:buffer';
import { createByteStripper } from '../strip/createByteStripper.js';
import { resolveStripOptions } from '../strip/options.js';
import type { Operation } from './createOperation.js';
import { decodeBatch } from './decodeBatch.js';
import { formatFoundIn } from './formatFound.js';
import { processJsonLineBytes } from './processJsonLineBytes.js';
import { processJsonLines } from './processJsonLines.js';
import { DEFAULT_CORPUS_TASK } from './types.js';
import type { Batch, BatchResult, CorpusTask } from './types.js';

/**
 * Processes one batch: the same code runs in the main thread for `jobs: 1`
 * and in each worker for more, which is why their outputs are identical.
 *
 * JSON Lines: each line is its own text, so options that carry state across
 * a text (`once`, `select: {rate, seed}`) restart at every record.
 * `find` writes one JSON object a gloss instead of the records.
 */
export function processBatch(batch: Batch, task: CorpusTask, operation: Operation): BatchResult {
  const format = task.format ?? DEFAULT_CORPUS_TASK.format;
  // JSON Lines bytes are checked line by line: a record with bytes that are
  // not UTF-8 is a bad line, not the end of the job.
  if (format === 'jsonl' && batch.text === undefined) return processJsonLineBytes(batch, task, operation);
  // UTF-8 plain text is stripped as bytes, never decoded (invalid bytes go on to decodeBatch's error).
  if (format === 'text' && batch.bytes !== undefined && task.command === 'strip' && task.encodingErrors !== 'replace' && isUtf8(batch.bytes)) {
    return stripTextBytes(batch, batch.bytes, task);
  }
  const text =
    batch.text ?? decodeBatch(batch.bytes ?? new Uint8Array(0), batch.byteOffset ?? 0, task.encodingErrors !== 'replace', batch.last === true);
  if (format === 'text') return processText(batch, text, task, operation);
  return processJsonLines(batch, text, task, operation);
}

function stripTextBytes(batch: Batch, bytes: Uint8Array, task: CorpusTask): BatchResult {
  const stripper = createByteStripper(resolveStripOptions('strip', task.options));
  // A batch is a whole text (its lines, or a long line cut at punctuation):
  // stripped where it is, in the batch's own buffer, which a worker moves back
  // to the main thread. No second buffer per batch: less garbage, less memory.
  const lines = countByteLines(bytes);
  const output = bytes.subarray(0, stripper.stripInPlace(bytes));
  return { seq: batch.seq, output, lines, records: 1, glosses: stripper.glosses, badLines: [] };
}

/** The `\n` bytes of `bytes`. */
export function countByteLines(bytes: Uint8Array): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let count = 0;
  for (let at = buffer.indexOf(0x0a); at >= 0; at = buffer.indexOf(0x0a, at + 1)) count++;
  return count;
}

function processText(batch: Batch, text: string, task: CorpusTask, operation: Operation): BatchResult {
  // Line ends only: a batch cut at punctuation ends inside a line, and the
  // caller counts a last line without a line end once, at the end.
  const lines = countLines(text, false);
  if (operation.kind === 'rewrite') {
    const result = operation.apply(text);
    return { seq: batch.seq, output: result.text, lines, records: 1, glosses: result.glosses, badLines: [] };
  }
  const found = operation.find(text);
  const output = formatFoundIn(found, text, task.file, batch.offset ?? 0, batch.firstLine);
  return { seq: batch.seq, output, lines, records: 1, glosses: found.length, badLines: [] };
}

/** Lines in `text`: its `\n`s, plus a last line without one (when `last`). */
export function countLines(text: string, last = true): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  if (last && text.length > 0 && !text.endsWith('\n')) count++;
  return count;
}
