import type { SegmenterChoice } from '../types.js';
import type { Jieba } from './createJiebaLoader.js';
import { loadNodejieba } from './loadNodejieba.js';
import { loadWasmJieba } from './loadWasmJieba.js';

let auto: Jieba | undefined;

/**
 * The backend for a `segmenter` choice, loaded on first use. `'auto'` takes
 * nodejieba when its native addon loads, else jieba-wasm, silently: the
 * library never prints (the CLI resolves 'auto' itself and says so).
 */
export function resolveSegmenter(choice: SegmenterChoice): Jieba {
  if (choice === 'nodejieba') return loadNodejieba();
  if (choice === 'wasm') return loadWasmJieba();
  if (auto) return auto;
  try {
    auto = loadNodejieba();
  } catch {
    auto = loadWasmJieba();
  }
  return auto;
}
