export { createStripStream } from './createStripStream.js';
export { createAnnotateStream } from './createAnnotateStream.js';
