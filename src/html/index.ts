export { annotateHtml, DEFAULT_ANNOTATE_HTML_OPTIONS } from './annotateHtml.js';
