import { isUtf8 } from 'node:buffer';
import { findInvalidUtf8 } from '../internal/findInvalidUtf8.js';
import type { Operation } from './createOperation.js';
import { processJsonLines } from './processJsonLines.js';
import { DEFAULT_CORPUS_TASK } from './types.js';
import type { BadLine, Batch, BatchResult, CorpusTask } from './types.js';

/**
 * `processJsonLines` on a batch of UTF-8 bytes (whole lines). A record whose
 * bytes are not UTF-8 (a GBK or Big5 line in a UTF-8 crawl, a cut
 * character) is a bad line like any other: reported with its line number,
 * kept byte for byte (`keep`), dropped (`skip`) or stopping the job
 * (`fail`). With `encodingErrors: 'replace'` it is decoded with U+FFFD,
 * processed, and still reported.
 *
 * Fast path: a batch that is all UTF-8 (one SIMD check) is decoded whole.
 * Otherwise the runs of valid lines between the bad ones are decoded and
 * processed as usual, and the output is assembled as bytes, because a kept
 * bad line must be written as it was read.
 */
export function processJsonLineBytes(batch: Batch, task: CorpusTask, operation: Operation): BatchResult {
  const bytes = batch.bytes ?? new Uint8Array(0);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isUtf8(buffer)) return processJsonLines(batch, buffer.toString('utf8'), task, operation);

  const policy = task.onBadLine ?? DEFAULT_CORPUS_TASK.onBadLine;
  const replace = task.encodingErrors === 'replace';
  const parts: Uint8Array[] = [];
  const badLines: BadLine[] = [];
  let lines = 0;
  let records = 0;
  let glosses = 0;
  let failed: BadLine | undefined;

  // Processes the valid lines [from, to) as text; false when a bad line there stops the job.
  const processRun = (from: number, to: number, text: string): boolean => {
    if (from === to) return true;
    const result = processJsonLines({ ...batch, firstLine: batch.firstLine + lines }, text, task, operation);
    lines += result.lines;
    records += result.records;
    glosses += result.glosses;
    badLines.push(...result.badLines);
    if (result.output.length > 0) parts.push(Buffer.from(result.output as string));
    failed = result.failed;
    return failed === undefined;
  };

  let runStart = 0;
  let lineStart = 0;
  let linesInRun = 0;
  while (lineStart < buffer.length && failed === undefined) {
    const newline = buffer.indexOf(0x0a, lineStart);
    const end = newline < 0 ? buffer.length : newline + 1;
    const line = buffer.subarray(lineStart, newline < 0 ? end : newline);
    if (isUtf8(line)) {
      linesInRun++;
      lineStart = end;
      continue;
    }
    if (!processRun(runStart, lineStart, buffer.toString('utf8', runStart, lineStart))) break;
    const at = (batch.byteOffset ?? 0) + lineStart + Math.max(0, findInvalidUtf8(line));
    const bad: BadLine = { line: batch.firstLine + lines, reason: `invalid bytes for utf-8 at byte ${at}`, ...(replace ? { replaced: true } : {}) };
    if (replace) {
      // Decoded with U+FFFD and processed, as asked; reported all the same.
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(buffer.subarray(lineStart, end));
      const kept = badLines.length;
      processRun(lineStart, end, text);
      badLines.splice(kept, 0, bad);
    } else if (policy === 'fail') {
      failed = bad;
      lines++;
    } else {
      badLines.push(bad);
      lines++;
      if (policy === 'keep' && operation.kind === 'rewrite') parts.push(buffer.subarray(lineStart, end));
    }
    linesInRun = 0;
    runStart = end;
    lineStart = end;
  }
  if (failed === undefined && linesInRun > 0) processRun(runStart, buffer.length, buffer.toString('utf8', runStart, buffer.length));

  // One buffer of its own (never Node's shared pool): it is moved to the main thread.
  const output = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let filled = 0;
  for (const part of parts) {
    output.set(part, filled);
    filled += part.length;
  }
  return { seq: batch.seq, output, lines, records, glosses, badLines, ...(failed ? { failed } : {}) };
}
