import { isUtf8 } from 'node:buffer';
import { findInvalidUtf8 } from '../internal/findInvalidUtf8.js';
import { createByteStripper } from '../strip/createByteStripper.js';
import { resolveStripOptions } from '../strip/options.js';
import type { Operation } from './createOperation.js';
import { locateJsonFieldBytes } from './locateJsonFieldBytes.js';
import { parseFieldPath } from './parseFieldPath.js';
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
 * Fast path: a batch that is all UTF-8 (one SIMD check) is decoded whole,
 * except for `strip`, which takes each record's field as bytes where it can
 * (`stripFieldBytes`). Otherwise the runs of valid lines between the bad
 * ones are decoded and processed as usual, and the output is assembled as
 * bytes, because a kept bad line must be written as it was read.
 */
export function processJsonLineBytes(batch: Batch, task: CorpusTask, operation: Operation): BatchResult {
  const bytes = batch.bytes ?? new Uint8Array(0);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const valid = isUtf8(buffer);
  // `strip` takes each record's field as bytes when it can (see below).
  const stripBytes = task.command === 'strip' ? stripFieldBytes(task) : undefined;
  if (valid && stripBytes === undefined) return processJsonLines(batch, buffer.toString('utf8'), task, operation);

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
    if (valid || isUtf8(line)) {
      const stripped = stripBytes?.(line);
      if (stripped === undefined) {
        // The text path decides (and reports) this line.
        linesInRun++;
        lineStart = end;
        continue;
      }
      if (!processRun(runStart, lineStart, buffer.toString('utf8', runStart, lineStart))) break;
      parts.push(...stripped.parts, buffer.subarray(lineStart + line.length, end));
      glosses += stripped.glosses;
      lines++;
      records++;
      linesInRun = 0;
      runStart = end;
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

  const output = assemble(parts, buffer);
  return { seq: batch.seq, output, lines, records, glosses, badLines, ...(failed ? { failed } : {}) };
}

/**
 * `strip` of one record, on its bytes: when `locateJsonFieldBytes` vouches
 * for the line (valid JSON, the field a string without `\u` escapes), the
 * field's raw token is stripped as bytes and the rest of the line is kept.
 * That is the text path's result byte for byte: a gloss holds no character
 * JSON escapes, and the escapes it keeps (`\"`, `\n` …) are never Han, a
 * bracket or a space, so they end a look-back or a body the same way raw or
 * decoded (property-tested against the text path). `undefined`: the text
 * path takes the line.
 */
function stripFieldBytes(task: CorpusTask): ((line: Uint8Array) => { parts: Uint8Array[]; glosses: number } | undefined) | undefined {
  const path = parseFieldPath(task.field ?? DEFAULT_CORPUS_TASK.field).map((key) => Buffer.from(key, 'utf8'));
  const stripper = createByteStripper(resolveStripOptions('strip', task.options));
  return (line) => {
    const token = locateJsonFieldBytes(line, path);
    if (token === undefined) return undefined;
    const before = stripper.glosses;
    // In place, in the batch's own buffer: a giant record is never copied.
    const content = line.subarray(token.start + 1, token.end - 1);
    const length = stripper.stripInPlace(content);
    return {
      parts: [line.subarray(0, token.start + 1), content.subarray(0, length), line.subarray(token.end - 1)],
      glosses: stripper.glosses - before,
    };
  };
}

/**
 * The output of a batch: its parts joined into one buffer that owns its
 * memory (it goes to the main thread). Parts that lie in the batch's own
 * buffer, in order, are moved to its front where they are (a giant record
 * then costs no second copy); a part from elsewhere (a line the text path
 * wrote) is copied in when it fits before the batch bytes still to move,
 * else everything is copied into a new buffer.
 */
function assemble(parts: readonly Uint8Array[], batch: Buffer): Uint8Array {
  const own = (part: Uint8Array) => part.buffer === batch.buffer && part.byteOffset >= batch.byteOffset;
  // For each part, the first byte of the batch that no earlier part has moved yet.
  const pendingFrom = new Array<number>(parts.length);
  let next = batch.length;
  for (let k = parts.length - 1; k >= 0; k--) {
    const part = parts[k]!;
    if (own(part) && part.length > 0) next = part.byteOffset - batch.byteOffset;
    pendingFrom[k] = next;
  }
  let at = 0;
  // The batch owns its memory: a buffer of its own, or the start of shared
  // memory lent for this batch alone (createBatchBuffers), whose rest is spare.
  let fits = batch.byteOffset === 0 && (batch.byteLength === batch.buffer.byteLength || batch.buffer instanceof SharedArrayBuffer);
  for (let k = 0; fits && k < parts.length; k++) {
    const part = parts[k]!;
    // A part from elsewhere must not overwrite batch bytes still to be moved.
    if (!own(part) && at + part.length > pendingFrom[k]!) fits = false;
    at += part.length;
  }
  if (!fits) {
    // One buffer of its own (never Node's shared pool).
    const output = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
    let filled = 0;
    for (const part of parts) {
      output.set(part, filled);
      filled += part.length;
    }
    return output;
  }
  at = 0;
  for (const part of parts) {
    if (own(part)) batch.copyWithin(at, part.byteOffset - batch.byteOffset, part.byteOffset - batch.byteOffset + part.length);
    else batch.set(part, at);
    at += part.length;
  }
  return new Uint8Array(batch.buffer, batch.byteOffset, at);
}
