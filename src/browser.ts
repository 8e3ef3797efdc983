// pinyin-gloss/browser: the library for browsers (and other places without
// Node). The same functions as the package root, less the Node streams, plus
// `init()`, which loads the wasm segmenter that annotating needs.

// Loading
export { init } from './browser/init.js';
export type { InitOptions, WasmSource } from './browser/init.js';

// Segmentation and annotation (after `await init()`)
export { segment } from './segment/index.js';
export { annotate, annotateTokens, createAnnotator } from './annotate/index.js';
export { annotateHtml } from './html/index.js';

// Stripping and inspecting glosses (at once)
export { strip } from './strip/index.js';
export { findGlosses, reannotate } from './find/index.js';

// Errors
export { PinyinGlossError } from './errors.js';
export type { PinyinGlossErrorCode } from './errors.js';

// Types
export type * from './types.js';
