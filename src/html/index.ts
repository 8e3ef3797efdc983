export { annotateHtml } from './annotateHtml.js';
