import { Duplex } from 'node:stream';
import { createChunkDecoder } from '../internal/createChunkDecoder.js';
import type { DecodeOptions } from '../types.js';
import type { RunCorpusOptions } from './runCorpus.js';
import type { CorpusStats } from './stats.js';
import type { CorpusTask } from './types.js';

export interface CorpusTransformOptions extends RunCorpusOptions, DecodeOptions {
  /** Called with the byte count of each Buffer chunk as it arrives (progress). */
  readonly onBytes?: (bytes: number) => void;
  /** Called once at the end with the job's statistics. */
  readonly onStats?: (stats: CorpusStats) => void;
}

/**
 * A Duplex over the raw input (Buffers, decoded per `encoding`, or strings)
 * that yields the corpus job's output in input order: what the CLI pipes a
 * file through for --jsonl and --jobs.
 */
export function createCorpusTransform(task: CorpusTask, options: CorpusTransformOptions = {}): Duplex {
  const { encoding, encodingErrors, onBytes, onStats, ...runOptions } = options;
  // `signal` aborts when the Duplex is destroyed (its reader or writer
  // failed): the job's worker threads are stopped then, not left waiting.
  return Duplex.from(async function* (source: AsyncIterable<Uint8Array | string>, { signal }: { signal: AbortSignal }) {
    // Imported on first use: a tiny `strip` does not parse the corpus machinery.
    const { acceptsBytes, processCorpus } = await import('./runCorpus.js');
    // UTF-8 goes to the workers as bytes: they decode it in parallel, and the
    // main thread only cuts it at line ends.
    const asBytes = (encoding ?? 'utf-8') === 'utf-8' && acceptsBytes(task);
    const decoder = createChunkDecoder({ encoding, encodingErrors });
    let stringBytes = 0;
    async function* chunks(): AsyncGenerator<string | Uint8Array> {
      for await (const chunk of source) {
        if (typeof chunk === 'string') {
          stringBytes += Buffer.byteLength(chunk);
          if (chunk.length > 0) yield asBytes ? Buffer.from(chunk) : chunk;
          continue;
        }
        onBytes?.(chunk.length);
        if (asBytes) {
          yield chunk;
          continue;
        }
        const text = decoder.write(chunk);
        if (text.length > 0) yield text;
      }
      if (asBytes) return;
      const rest = decoder.end();
      if (rest.length > 0) yield rest;
    }
    const outputs = processCorpus(chunks(), { ...task, ...(encodingErrors ? { encodingErrors } : {}) }, {
      ...runOptions,
      signal,
      ...(asBytes ? {} : { bytesRead: () => decoder.bytesIn + stringBytes }),
    });
    for (;;) {
      const next = await outputs.next();
      if (next.done) {
        onStats?.(next.value);
        return;
      }
      yield next.value;
    }
  });
}
