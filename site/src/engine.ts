// The page's second script: the library (pinyin-gloss/browser, from source)
// with its reading tables. app.js adds it after the page is up, so the first
// paint waits for none of it; it sets `self.PinyinGloss` (esbuild's
// globalName) and app.js calls `init()` with the WebAssembly bytes from
// segmenter.js.
export * from '../../src/browser.js';
