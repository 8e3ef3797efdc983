/// <reference lib="dom" />
// The browser entry: DOM types (Response, BufferSource, WebAssembly) are its own.
import { PinyinGlossError } from '../errors.js';
import { loadReadingData } from '../pinyin/loadReadingData.js';
import { provideWasmJieba } from '../segment/loadWasmJieba.js';

/** Where jieba-wasm's WebAssembly comes from, as its web build's `init` takes it. */
export type WasmSource = string | URL | Response | BufferSource | WebAssembly.Module;

export interface InitOptions {
  /**
   * The segmenter's WebAssembly (`jieba_rs_wasm_bg.wasm` of the jieba-wasm
   * package): a URL to fetch, a `Response`, its bytes or a compiled module.
   * By default jieba-wasm fetches the file beside its own module, which
   * bundlers that understand `new URL('…', import.meta.url)` (Vite, webpack 5,
   * Parcel) copy into the build. A page opened from disk (file://) cannot
   * fetch: give it the bytes.
   * @default the file beside jieba-wasm's web build
   */
  readonly wasm?: WasmSource | Promise<WasmSource>;
}

let loading: Promise<void> | undefined;

/**
 * Loads what annotating needs in a browser, once: jieba-wasm's WebAssembly
 * (about 4 MB, 2.8 MB gzip) with its dictionary, and the reading tables
 * (parsed now rather than on the first call). `strip`, `findGlosses` and `reannotate` need no
 * `init()`; `segment`, `annotate`, `annotateTokens`, `annotateHtml` and
 * `createAnnotator` throw `SEGMENTER_NOT_READY` until it resolves. Calling
 * it again returns the same promise (after a failure, it tries again).
 * @example
 * import { init, annotate } from 'pinyin-gloss/browser';
 * await init();
 * annotate('银行行长') //=> '银行行长(yínhánghángzhǎng)'
 */
export function init(options: InitOptions = {}): Promise<void> {
  loading ??= load(options).catch((cause: unknown) => {
    loading = undefined;
    if (cause instanceof PinyinGlossError) throw cause;
    throw new PinyinGlossError('SEGMENTER_LOAD_FAILED', `Could not load the wasm segmenter (${cause instanceof Error ? cause.message : String(cause)}).`, {
      cause,
    });
  });
  return loading;
}

async function load(options: InitOptions): Promise<void> {
  const wasm = await import('jieba-wasm/web');
  await wasm.default(options.wasm === undefined ? undefined : { module_or_path: options.wasm as never });
  // jieba-rs builds its dictionary on the first cut (about a second on a
  // phone): done here, so that the first annotation is as fast as the next.
  wasm.cut('', true);
  provideWasmJieba(wasm);
  loadReadingData();
}
