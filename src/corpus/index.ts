// Corpus-scale processing behind the CLI's --jsonl, --field, --on-bad-line,
// --jobs and --stats (internal: not part of the package's public API).
export { runCorpus, processCorpus, acceptsBytes, DEFAULT_RUN_CORPUS_OPTIONS } from './runCorpus.js';
export type { RunCorpusOptions } from './runCorpus.js';
export { processBatch, countLines } from './processBatch.js';
export { createOperation } from './createOperation.js';
export type { Operation } from './createOperation.js';
export { createWorkerPool } from './createWorkerPool.js';
export type { WorkerPool, WorkerReply } from './createWorkerPool.js';
export { readJsonRecord } from './readJsonRecord.js';
export type { JsonRecord, BadRecord } from './readJsonRecord.js';
export { locateJsonString } from './locateJsonString.js';
export { rewriteJsonString } from './rewriteJsonString.js';
export { parseFieldPath } from './parseFieldPath.js';
export { countGlosses, glossMarks } from './countGlosses.js';
export { formatBadLine } from './formatBadLine.js';
export { decodeBatch } from './decodeBatch.js';
export { formatStats, mergeStats } from './stats.js';
export type { CorpusStats } from './stats.js';
export { DEFAULT_CORPUS_TASK } from './types.js';
export type { BadLine, BadLinePolicy, Batch, BatchResult, CorpusCommand, CorpusFormat, CorpusTask, FoundGloss } from './types.js';
export { createCorpusTransform } from './createCorpusTransform.js';
export type { CorpusTransformOptions } from './createCorpusTransform.js';
