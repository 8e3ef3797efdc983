export { annotate } from './annotate.js';
export { annotateTokens } from './annotateTokens.js';
export { createAnnotator, type Annotator } from './createAnnotator.js';
export { createAnnotateSession, type AnnotateSession } from './createAnnotateSession.js';
export { DEFAULT_ANNOTATE_OPTIONS } from './resolveAnnotateOptions.js';
