export { strip } from './strip.js';
export { createStripper, type Stripper } from './createStripper.js';
