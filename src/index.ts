// Segmentation
export { segment } from './segment/index.js';

// Annotation
export { annotate, annotateTokens, createAnnotator } from './annotate/index.js';
export { annotateHtml } from './html/index.js';

// Stripping and inspecting glosses
export { strip } from './strip/index.js';
export { findGlosses, reannotate } from './find/index.js';

// Streams
export { createStripStream, createAnnotateStream } from './stream/index.js';

// Errors
export { PinyinGlossError } from './errors.js';
export type { PinyinGlossErrorCode } from './errors.js';

// Types
export type * from './types.js';
