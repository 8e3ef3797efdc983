export { annotate } from './annotate.js';
export { annotateTokens } from './annotateTokens.js';
export { createAnnotator } from './createAnnotator.js';
export { createAnnotateSession } from './createAnnotateSession.js';
