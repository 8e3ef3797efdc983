import { createRequire } from 'node:module';
import { PinyinGlossError } from '../errors.js';

/** The part of nodejieba this library uses. */
export interface Jieba {
  cut(sentence: string, hmm?: boolean): string[];
  insertWord(word: string, tag?: string): boolean;
  readonly DEFAULT_DICT: string;
}

/**
 * Wraps a loader so that it runs at most once: the loaded module is cached,
 * and so is a load error, which every later call rethrows unchanged (the same
 * object), as nodejieba itself does for a missing binding.
 */
export function createJiebaLoader(load: () => Jieba): () => Jieba {
  let jieba: Jieba | undefined;
  let loadError: PinyinGlossError | undefined;
  return () => {
    if (jieba) return jieba;
    if (loadError) throw loadError;
    try {
      jieba = load();
      return jieba;
    } catch (cause) {
      loadError = new PinyinGlossError(
        'SEGMENTER_LOAD_FAILED',
        `Could not load the nodejieba segmenter (${cause instanceof Error ? cause.message : String(cause)}). ` +
          'Its native addon is built by its install script: try reinstalling without --ignore-scripts, ' +
          'or run `npm rebuild nodejieba` (it needs a C++ toolchain where no prebuilt binary fits).',
        { cause },
      );
      throw loadError;
    }
  };
}

// nodejieba is CommonJS and only required on first use, never at import.
// `import.meta.url` exists in both builds (tsup's shim provides it in the
// CommonJS one). The bundler's `require` stand-in in ESM output cannot load
// packages, and a global `__filename` such as `node -e`'s '[eval]' must not
// be used.
function requireNodejieba(): Jieba {
  const here = import.meta.url;
  const jieba = createRequire(here)('nodejieba') as Jieba;
  // Loads the native addon and the default dictionaries now (nodejieba does it
  // on its first call), so that a failure surfaces here and gets wrapped.
  jieba.cut('');
  return jieba;
}

/** nodejieba, loaded on the first call (addon + dictionaries, about a second). */
export const loadJieba = createJiebaLoader(requireNodejieba);
