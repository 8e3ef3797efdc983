import { PinyinGlossError } from '../errors.js';
import { createJiebaLoader, type Jieba } from './createJiebaLoader.js';
import { nodeRequire } from '../internal/nodeRequire.js';

/** The part of jieba-wasm's exports this library uses (its Node and web builds alike). */
export interface JiebaWasmModule {
  cut(text: string, hmm?: boolean | null): string[];
  add_word(word: string, freq?: number | null, tag?: string | null): number;
  tag(sentence: string, hmm?: boolean | null): { word: string; tag: string }[];
}

function wrap(wasm: JiebaWasmModule): Jieba {
  return {
    backend: 'wasm',
    cut: (sentence, hmm) => wasm.cut(sentence, hmm),
    insertWord: (word) => void wasm.add_word(word),
    tagOf: (word) => {
      const tagged = wasm.tag(word, false);
      return tagged.length === 1 ? tagged[0]!.tag : undefined;
    },
  };
}

// jieba-wasm's Node build instantiates its WebAssembly synchronously on require.
const requireWasmJieba = createJiebaLoader(
  'wasm',
  () => wrap(nodeRequire()!('jieba-wasm') as JiebaWasmModule),
  'Try reinstalling pinyin-gloss (jieba-wasm is one of its dependencies).',
);

let provided: Jieba | undefined;

/**
 * Hands over jieba-wasm's web build once its WebAssembly is instantiated
 * (the browser entry's `init()` does it): a browser cannot load it
 * synchronously as Node does.
 */
export function provideWasmJieba(module: JiebaWasmModule): void {
  provided = wrap(module);
}

/** jieba-wasm (jieba-rs compiled to WebAssembly), loaded on the first call in Node. */
export function loadWasmJieba(): Jieba {
  if (provided) return provided;
  if (!nodeRequire()) {
    throw new PinyinGlossError(
      'SEGMENTER_NOT_READY',
      'The wasm segmenter is not loaded yet: in a browser, `await init()` (pinyin-gloss/browser) first.',
    );
  }
  return requireWasmJieba();
}
