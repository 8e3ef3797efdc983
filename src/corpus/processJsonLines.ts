import type { Operation } from './createOperation.js';
import { formatFound } from './formatFound.js';
import { parseFieldPath } from './parseFieldPath.js';
import { readJsonRecord } from './readJsonRecord.js';
import { DEFAULT_CORPUS_TASK } from './types.js';
import type { BadLine, Batch, BatchResult, CorpusTask } from './types.js';

/**
 * The JSON Lines records of `text` (whole lines, the first numbered
 * `batch.firstLine`): each record's field goes through `operation`; a line
 * that is not JSON or lacks the field is a bad line, kept, skipped or
 * stopping the batch as `task.onBadLine` says.
 */
export function processJsonLines(batch: Batch, text: string, task: CorpusTask, operation: Operation): BatchResult {
  const path = parseFieldPath(task.field ?? DEFAULT_CORPUS_TASK.field);
  const policy = task.onBadLine ?? DEFAULT_CORPUS_TASK.onBadLine;
  const badLines: BadLine[] = [];
  let output = '';
  let lines = 0;
  let records = 0;
  let glosses = 0;
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline + 1;
    const content = text.slice(start, newline < 0 ? text.length : newline);
    const eol = text.slice(start + content.length, end);
    const lineNumber = batch.firstLine + lines;
    lines++;
    start = end;
    const record = readJsonRecord(content, path);
    if (!record.ok) {
      const bad = { line: lineNumber, reason: record.reason };
      if (policy === 'fail') return { seq: batch.seq, output, lines, records, glosses, badLines, failed: bad };
      badLines.push(bad);
      // `find` writes glosses, not records: a kept bad line has nothing to show.
      if (policy === 'keep' && operation.kind === 'rewrite') output += content + eol;
      continue;
    }
    records++;
    if (operation.kind === 'rewrite') {
      const result = operation.apply(record.text);
      glosses += result.glosses;
      output += record.rewrite(result.text) + eol;
    } else {
      const found = operation.find(record.text);
      glosses += found.length;
      for (const gloss of found) output += formatFound(gloss, task.file, lineNumber);
    }
  }
  return { seq: batch.seq, output, lines, records, glosses, badLines };
}

