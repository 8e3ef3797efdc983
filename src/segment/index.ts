export { segment, DEFAULT_SEGMENT_OPTIONS } from './segment.js';
