import { Transform } from 'node:stream';
import { PinyinGlossError } from '../errors.js';
import { createChunkDecoder } from '../internal/createChunkDecoder.js';
import type { DecodeOptions } from '../types.js';

/** The incremental contract of the library: concatenated output = the function on all input. */
export interface TextSession {
  push(text: string): string;
  flush(): string;
}

export interface TextTransformOptions extends DecodeOptions {
  /** Called with the byte count of each Buffer chunk as it arrives (progress). */
  readonly onBytes?: (bytes: number) => void;
}

/**
 * A Transform that takes Buffers (decoded per `encoding`) or strings, runs
 * them through `session` and emits its output as UTF-8 Buffers (call
 * `setEncoding('utf8')` on it for strings). Memory stays bounded by the
 * session's own carry plus at most 3 undecoded bytes.
 */
export function createTextTransform(session: TextSession, options: TextTransformOptions = {}): Transform {
  const { onBytes, ...decodeOptions } = options;
  const decoder = createChunkDecoder(decodeOptions);
  let pendingBytes = false;
  // A session given half a surrogate pair may return it: hold a trailing high
  // surrogate back, since encoding it alone as UTF-8 would make it U+FFFD.
  let heldSurrogate = '';
  const emit = (text: string, end = false): string | undefined => {
    let out = heldSurrogate + text;
    heldSurrogate = '';
    const last = out.charCodeAt(out.length - 1);
    if (!end && last >= 0xd800 && last <= 0xdbff) {
      heldSurrogate = out.slice(-1);
      out = out.slice(0, -1);
    }
    return out.length > 0 ? out : undefined;
  };

  return new Transform({
    // Strings reach transform() as strings: no encode/decode round trip.
    decodeStrings: false,
    transform(chunk: unknown, _encoding, callback) {
      try {
        let text: string;
        if (typeof chunk === 'string') {
          if (pendingBytes) text = decoder.end() + chunk; // a character cut off by a string: invalid
          else text = chunk;
          pendingBytes = false;
        } else if (chunk instanceof Uint8Array) {
          onBytes?.(chunk.length);
          text = decoder.write(chunk);
          pendingBytes = true;
        } else {
          throw invalidChunk(chunk);
        }
        callback(null, emit(text.length > 0 ? session.push(text) : ''));
      } catch (error) {
        callback(error as Error);
      }
    },
    flush(callback) {
      try {
        const rest = decoder.end();
        callback(null, emit((rest.length > 0 ? session.push(rest) : '') + session.flush(), true));
      } catch (error) {
        callback(error as Error);
      }
    },
  });
}

/** The error for a chunk that is neither a Buffer nor a string: one message for every text and byte Transform. */
export function invalidChunk(chunk: unknown): PinyinGlossError {
  return new PinyinGlossError('INVALID_TYPE', `Expected a Buffer or string chunk, got \`${chunk === null ? 'null' : typeof chunk}\``);
}
