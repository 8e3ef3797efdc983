export { segment } from './segment.js';
