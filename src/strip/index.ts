export { strip } from './strip.js';
export { findGlosses } from './findGlosses.js';
export { reannotate } from './reannotate.js';
export { createStripper, type Stripper } from './createStripper.js';
