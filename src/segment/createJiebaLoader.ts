import { PinyinGlossError } from '../errors.js';

/** The segmenter backends: nodejieba's native addon, or jieba-rs compiled to WebAssembly. */
export type JiebaBackend = 'nodejieba' | 'wasm';

/**
 * The raw jieba cut and dictionary that the library segments with, whichever
 * backend gives it. Everything above it (user words, traditional text, the
 * splitting rules, names) is the library's own and the same for both.
 */
export interface Jieba {
  readonly backend: JiebaBackend;
  /** Jieba's cut, with its HMM for unknown words when `hmm` is true. */
  cut(sentence: string, hmm: boolean): string[];
  /** Adds a word to the dictionary (process-global: stays for every later call). */
  insertWord(word: string): void;
  /** Jieba's part-of-speech tag of `word` (`ns` place, `v` verb …) when it keeps the word whole, else `undefined`. */
  tagOf(word: string): string | undefined;
}

/**
 * Wraps a loader so that it runs at most once: the loaded backend is cached,
 * and so is a load error (a `SEGMENTER_LOAD_FAILED` saying `fix`), which
 * every later call rethrows unchanged (the same object).
 */
export function createJiebaLoader(backend: JiebaBackend, load: () => Jieba, fix: string): () => Jieba {
  let jieba: Jieba | undefined;
  let loadError: PinyinGlossError | undefined;
  return () => {
    if (jieba) return jieba;
    if (loadError) throw loadError;
    try {
      jieba = load();
      return jieba;
    } catch (cause) {
      if (cause instanceof PinyinGlossError) loadError = cause;
      else {
        const reason = cause instanceof Error ? cause.message : String(cause);
        loadError = new PinyinGlossError('SEGMENTER_LOAD_FAILED', `Could not load the ${backend} segmenter (${reason}). ${fix}`, { cause });
      }
      throw loadError;
    }
  };
}
