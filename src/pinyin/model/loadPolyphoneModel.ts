import { PinyinGlossError } from '../../errors.js';
import type { Polyphones } from '../../types.js';
import { nodeRequire } from '../../internal/nodeRequire.js';
import { LSTM_KERNEL } from './lstmKernel.generated.js';

/** The two directions of the model's LSTM layer: weights as PyTorch orders its gates (input, forget, cell, output). */
export interface LstmDirection {
  /** [128 × 64]: the input projection, applied once per vocabulary entry (see `projection`). */
  readonly input: Float32Array;
  /** [128]: both of PyTorch's biases, summed. */
  readonly bias: Float32Array;
  /** Byte offset in the kernel's memory of the recurrent weights, transposed ([32 × 128]). */
  readonly recurrent: number;
  /** Byte offset in the kernel's memory of the states the kernel writes, 128 bytes per input position. */
  readonly states: number;
}

/** The WebAssembly kernel (data/g2pm/lstm.wat) and the memory it works in. */
export interface LstmKernel {
  /** Runs one direction: see lstm.wat. */
  readonly run: (
    projection: number, stride: number, recurrent: number, ids: number,
    from: number, to: number, step: number,
    states: number, cell: number, gates: number, zero: number,
  ) => void;
  /** The kernel's memory as floats and as ints (never grown, so the views stay valid). */
  readonly floats: Float32Array;
  readonly ints: Int32Array;
  /** Byte offsets of the kernel's buffers. */
  readonly ids: number;
  readonly cell: number;
  readonly gates: number;
  readonly zero: number;
  /** Of the projections: entry `id`, direction `d` at projection + (2 id + d) × 512. */
  readonly projection: number;
}

/** The polyphone model (g2pM, a one-layer BiLSTM), ready to run; see data/g2pm/README.md. */
export interface PolyphoneModel {
  /** Input index of a BMP code point (1 = unknown). */
  readonly bmpIndex: Uint16Array;
  /** The same for astral code points. */
  readonly astralIndex: ReadonlyMap<number, number>;
  /** Code point of a character the model decides → indices into `readings` of its candidates. */
  readonly decides: ReadonlyMap<number, readonly number[]>;
  /** Tone-marked readings (NFC), the classes the output layer keeps. */
  readonly readings: readonly string[];
  /** [entries × 64] int8 embedding and its per-entry scale. */
  readonly embedding: Int8Array;
  readonly embeddingScale: Float32Array;
  readonly forward: LstmDirection;
  readonly backward: LstmDirection;
  /** [32 × 64] and [32]: the hidden layer (ReLU) over both directions' states. */
  readonly hiddenWeights: Float32Array;
  readonly hiddenBias: Float32Array;
  /** [readings × 32] and [readings]: one score per reading. */
  readonly outputWeights: Float32Array;
  readonly outputBias: Float32Array;
  /**
   * Which vocabulary entries have their projection (embedding × input
   * weights + biases, per direction; in the kernel's memory) filled: each is
   * filled on first use, as most text uses a few thousand entries; this
   * costs less than precomputing them all at load and nothing in the file.
   */
  readonly projected: Uint8Array;
  readonly kernel: LstmKernel;
}

/** The longest run of input indices the kernel takes (begin and end included). */
export const MAX_RUN = 256;

/** Input indices with a meaning of their own. */
export const UNKNOWN = 1;
export const BEGIN = 2;
export const END = 3;

interface Section {
  readonly offset: number;
  readonly length: number;
  readonly type: 'int8' | 'float32';
}

interface Header {
  readonly vocabulary: string;
  readonly readings: readonly string[];
  readonly decides: string;
  readonly sections: Readonly<Record<string, Section>>;
}

// The file sits in the package's data/ folder: one level up from the bundled
// dist/ files, three from this source file (tests run the sources).
const LOCATIONS = ['../data/g2pm/model.bin', '../../../data/g2pm/model.bin'];

let model: PolyphoneModel | undefined;
let loadError: PinyinGlossError | undefined;

/**
 * The `polyphones` setting when none is given: `'model'` in Node, `'rules'`
 * outside Node (the browser build), which does not carry the model.
 */
export function defaultPolyphones(): Polyphones {
  return nodeRequire() ? 'model' : 'rules';
}

/**
 * The model, read from data/g2pm/model.bin on first use (about 0.6 MB, a
 * few milliseconds), never at import; a failure is cached and thrown again
 * on every later call. Outside Node (the browser build does not carry the
 * model) asking for it is a `MODEL_LOAD_FAILED` error, never a silent
 * reading with the rules.
 */
export function loadPolyphoneModel(): PolyphoneModel {
  if (model) return model;
  if (loadError) throw loadError;
  const require = nodeRequire();
  if (!require) {
    throw new PinyinGlossError(
      'MODEL_LOAD_FAILED',
      "The polyphone model is not part of the browser build: pass `polyphones: 'rules'` (the default there) to read with the dictionaries and rules.",
    );
  }
  try {
    model = parseModel(readModelFile(require('node:fs') as typeof import('node:fs')));
    return model;
  } catch (cause) {
    loadError = new PinyinGlossError(
      'MODEL_LOAD_FAILED',
      `The polyphone model (data/g2pm/model.bin) could not be loaded: ${cause instanceof Error ? cause.message : String(cause)}. ` +
        "Reinstall the package, or pass `polyphones: 'rules'` to read with the dictionaries and rules alone.",
      { cause },
    );
    throw loadError;
  }
}

function readModelFile(fs: typeof import('node:fs')): Uint8Array {
  let firstError: unknown;
  for (const location of LOCATIONS) {
    try {
      return fs.readFileSync(new URL(location, import.meta.url));
    } catch (error) {
      firstError ??= error;
    }
  }
  throw firstError;
}

function parseModel(file: Uint8Array): PolyphoneModel {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  if (file.byteLength < 8 || String.fromCharCode(...file.subarray(0, 4)) !== 'G2PM') throw new Error('not a model file');
  const headerLength = view.getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(file.subarray(8, 8 + headerLength))) as Header;
  const start = Math.ceil((8 + headerLength) / 4) * 4;
  const section = (name: string): Section => {
    const found = header.sections[name];
    if (found === undefined) throw new Error(`section ${name} missing`);
    return found;
  };
  // Copies, so that the arrays are aligned whatever the Buffer pool did.
  const floats = (name: string): Float32Array => {
    const { offset, length } = section(name);
    return new Float32Array(file.buffer.slice(file.byteOffset + start + offset, file.byteOffset + start + offset + 4 * length));
  };
  const embeddingSection = section('embedding');
  const embedding = new Int8Array(file.buffer.slice(file.byteOffset + start + embeddingSection.offset, file.byteOffset + start + embeddingSection.offset + embeddingSection.length));

  const bmpIndex = new Uint16Array(0x10000).fill(UNKNOWN);
  const astralIndex = new Map<number, number>();
  let index = 4;
  for (const char of header.vocabulary) {
    const cp = char.codePointAt(0)!;
    if (cp > 0xffff) astralIndex.set(cp, index);
    else bmpIndex[cp] = index;
    index++;
  }
  const decides = new Map<number, number[]>();
  for (const item of header.decides.split(',')) {
    const cp = item.codePointAt(0)!;
    decides.set(cp, item.slice(cp > 0xffff ? 2 : 1).split(' ').map(Number));
  }
  const kernel = createKernel(index, [floats('forward.recurrent'), floats('backward.recurrent')]);
  const direction = (name: string, d: number): LstmDirection => ({
    input: floats(`${name}.input`),
    bias: floats(`${name}.bias`),
    recurrent: kernel.recurrents[d]!,
    states: kernel.states[d]!,
  });
  return {
    bmpIndex,
    astralIndex,
    decides,
    readings: header.readings.map((reading) => reading.normalize('NFC')),
    embedding,
    embeddingScale: floats('embeddingScale'),
    forward: direction('forward', 0),
    backward: direction('backward', 1),
    hiddenWeights: floats('hidden.weights'),
    hiddenBias: floats('hidden.bias'),
    outputWeights: floats('output.weights'),
    outputBias: floats('output.bias'),
    projected: new Uint8Array(index),
    kernel: kernel.kernel,
  };
}

const SIGMOID_SIZE = 4096; // table entries over [-16, 16], 128 per unit: lstm.wat reads it at offset 0

/**
 * Lays out the kernel's memory (logistic table, state buffers, both
 * directions' transposed recurrent weights, the projections of `entries`
 * vocabulary entries) and instantiates it.
 */
function createKernel(entries: number, recurrent: readonly Float32Array[]): { kernel: LstmKernel; recurrents: number[]; states: number[] } {
  let size = 0;
  const take = (bytes: number): number => {
    const at = size;
    size += Math.ceil(bytes / 16) * 16;
    return at;
  };
  const table = take(4 * (SIGMOID_SIZE + 2));
  const zero = take(128);
  const cell = take(128);
  const gates = take(512);
  const recurrents = [take(4 * 4096), take(4 * 4096)];
  const ids = take(4 * MAX_RUN);
  const states = [take(128 * MAX_RUN), take(128 * MAX_RUN)];
  const projection = take(entries * 1024);
  const memory = new WebAssembly.Memory({ initial: Math.ceil(size / 65536) });
  const floats = new Float32Array(memory.buffer);
  for (let i = 0; i < SIGMOID_SIZE + 2; i++) floats[table / 4 + i] = 1 / (1 + Math.exp(-(-16 + i / 128)));
  recurrent.forEach((weights, d) => {
    // [128 r × 32 k] → [32 k × 128 r]: four consecutive rows are one SIMD lane group.
    const at = recurrents[d]! / 4;
    for (let r = 0; r < 128; r++) for (let k = 0; k < 32; k++) floats[at + k * 128 + r] = weights[r * 32 + k]!;
  });
  const bytes = Uint8Array.from(atob(LSTM_KERNEL), (char) => char.charCodeAt(0));
  const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { memory } });
  const run = instance.exports.run as LstmKernel['run'];
  return {
    kernel: { run, floats, ints: new Int32Array(memory.buffer), ids, cell, gates, zero, projection },
    recurrents,
    states,
  };
}
