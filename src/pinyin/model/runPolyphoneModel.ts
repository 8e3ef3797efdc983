import { MAX_RUN, type PolyphoneModel } from './loadPolyphoneModel.js';

const EMBED = 64;
const UNITS = 32;
const GATES = 4 * UNITS;
const HIDDEN = 32;

const both = new Float32Array(2 * UNITS);
const hidden = new Float32Array(HIDDEN);

/**
 * The model's scores for the characters at `targets` (indices into `ids`,
 * ascending), one array per target holding a score per reading in
 * `candidates[i]` (indices into `model.readings`); the best score is the
 * model's reading.
 *
 * `ids` are input indices with BEGIN first and END last (at most MAX_RUN).
 * The forward LSTM runs from the start to the last target and the backward
 * one from the end down to the first target: what lies beyond cannot change
 * a target's score. The LSTM runs in the WebAssembly kernel (lstm.wat); the
 * projections and the output layer, a small share of the work, here.
 */
export function runPolyphoneModel(
  model: PolyphoneModel,
  ids: Int32Array,
  targets: readonly number[],
  candidates: readonly (readonly number[])[],
): Float32Array[] {
  const { kernel } = model;
  if (ids.length > MAX_RUN) throw new RangeError(`runPolyphoneModel: ${ids.length} inputs, at most ${MAX_RUN}`);
  for (let t = 0; t < ids.length; t++) project(model, ids[t]!);
  kernel.ints.set(ids, kernel.ids / 4);
  const { forward, backward } = model;
  kernel.run(kernel.projection, 1024, forward.recurrent, kernel.ids, 0, targets.at(-1)!, 1, forward.states, kernel.cell, kernel.gates, kernel.zero);
  kernel.run(kernel.projection + 512, 1024, backward.recurrent, kernel.ids, ids.length - 1, targets[0]!, -1, backward.states, kernel.cell, kernel.gates, kernel.zero);
  return targets.map((t, i) => score(model, t, candidates[i]!));
}

/** Fills the projection of vocabulary entry `id` (both directions) on its first use. */
function project(model: PolyphoneModel, id: number): void {
  if (model.projected[id] === 1) return;
  model.projected[id] = 1;
  const { embedding, embeddingScale, kernel } = model;
  const scale = embeddingScale[id]!;
  const row = id * EMBED;
  for (let direction = 0; direction < 2; direction++) {
    const { input, bias } = direction === 0 ? model.forward : model.backward;
    const out = kernel.projection / 4 + (id * 2 + direction) * GATES;
    for (let r = 0; r < GATES; r++) {
      let sum = 0;
      const w = r * EMBED;
      for (let k = 0; k < EMBED; k++) sum += input[w + k]! * embedding[row + k]!;
      kernel.floats[out + r] = bias[r]! + scale * sum;
    }
  }
}

/** The output layer at step `t`: both directions' states → ReLU hidden layer → a score per candidate. */
function score(model: PolyphoneModel, t: number, candidates: readonly number[]): Float32Array {
  const { floats } = model.kernel;
  const forward = model.forward.states / 4 + t * UNITS;
  const backward = model.backward.states / 4 + t * UNITS;
  both.set(floats.subarray(forward, forward + UNITS), 0);
  both.set(floats.subarray(backward, backward + UNITS), UNITS);
  const { hiddenWeights, hiddenBias, outputWeights, outputBias } = model;
  for (let r = 0; r < HIDDEN; r++) {
    let sum = hiddenBias[r]!;
    const w = r * 2 * UNITS;
    for (let k = 0; k < 2 * UNITS; k++) sum += hiddenWeights[w + k]! * both[k]!;
    hidden[r] = sum > 0 ? sum : 0;
  }
  const scores = new Float32Array(candidates.length);
  candidates.forEach((reading, i) => {
    let sum = outputBias[reading]!;
    const w = reading * HIDDEN;
    for (let k = 0; k < HIDDEN; k++) sum += outputWeights[w + k]! * hidden[k]!;
    scores[i] = sum;
  });
  return scores;
}
