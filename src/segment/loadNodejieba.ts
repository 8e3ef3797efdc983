import { PinyinGlossError } from '../errors.js';
import { createJiebaLoader, type Jieba } from './createJiebaLoader.js';
import { nodeRequire } from '../internal/nodeRequire.js';

interface Nodejieba {
  cut(sentence: string, hmm?: boolean): string[];
  insertWord(word: string): boolean;
  tag(sentence: string): { word: string; tag: string }[];
}

function requireNodejieba(): Jieba {
  if (!nodeRequire()) throw new PinyinGlossError('SEGMENTER_LOAD_FAILED', 'nodejieba is a native Node addon: it does not run in a browser; use the wasm segmenter.');
  const nodejieba = nodeRequire()!('nodejieba') as Nodejieba;
  // Loads the native addon and the default dictionaries now (nodejieba does it
  // on its first call), so that a failure surfaces here and gets wrapped.
  nodejieba.cut('');
  return {
    backend: 'nodejieba',
    cut: (sentence, hmm) => nodejieba.cut(sentence, hmm),
    insertWord: (word) => void nodejieba.insertWord(word),
    tagOf: (word) => onlyTag(nodejieba.tag(word)),
  };
}

function onlyTag(tagged: readonly { tag: string }[]): string | undefined {
  return tagged.length === 1 ? tagged[0]!.tag : undefined;
}

/** nodejieba, loaded on the first call (native addon + dictionaries, about a second). */
export const loadNodejieba = createJiebaLoader(
  'nodejieba',
  requireNodejieba,
  'Its native addon is built by its install script: try reinstalling without --ignore-scripts, ' +
    'or run `npm rebuild nodejieba` (it needs a C++ toolchain where no prebuilt binary fits); ' +
    "or segment with `segmenter: 'wasm'`.",
);
