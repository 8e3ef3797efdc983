export { strip } from './strip.js';
export { createStripper } from './createStripper.js';
