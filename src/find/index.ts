export { findGlosses } from './findGlosses.js';
export { reannotate } from './reannotate.js';
