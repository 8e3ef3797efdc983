/// <reference lib="dom" />
// The page's first script: the form, and the loading of the rest. Classic
// scripts only: a page opened from disk (file://) may not load ES modules or
// fetch files, so engine.js (the library and its reading tables) and
// segmenter.js (jieba-wasm's WebAssembly as base64) come in as <script>s.
import type * as Library from '../../src/browser.js';
import type { AnnotateOptions, Select } from '../../src/types.js';

declare global {
  // Set by engine.js and segmenter.js.
  var PinyinGloss: typeof Library | undefined;
  var pinyinGlossWasm: string | undefined;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const input = $<HTMLTextAreaElement>('input');
const output = $<HTMLTextAreaElement>('output');
const reader = $<HTMLIFrameElement>('reader');
const status = $<HTMLParagraphElement>('status');
const select = $<HTMLSelectElement>('select');
const outputMode = $<HTMLSelectElement>('output-mode');

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.body.append(script);
  });
}

function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Milliseconds since the page started loading, for the figures the tests read. */
const sinceOpen = () => Math.round(performance.now());

// Both scripts load in parallel; init() instantiates the WebAssembly.
const ready: Promise<typeof Library> = (async () => {
  await Promise.all([loadScript('engine.js'), loadScript('segmenter.js')]);
  const library = globalThis.PinyinGloss!;
  await library.init({ wasm: decodeBase64(globalThis.pinyinGlossWasm!) });
  globalThis.pinyinGlossWasm = undefined; // the string is no longer needed
  document.body.dataset.readyMs = String(sinceOpen());
  return library;
})();

ready.then(
  () => setStatus(`Ready (loaded in ${(sinceOpen() / 1000).toFixed(1)} s).`),
  (error: Error) => setStatus(`Could not load the segmenter: ${error.message}`, true),
);

function setStatus(text: string, error = false): void {
  status.textContent = text;
  status.classList.toggle('error', error);
}

function showRows(): void {
  $('words-row').hidden = select.value !== 'words';
  $('rate-row').hidden = select.value !== 'sample';
}
select.addEventListener('change', showRows);
showRows();

function chosenSelect(): Select {
  switch (select.value) {
    case 'polyphonic':
      return 'polyphonic';
    case 'words':
      return $<HTMLInputElement>('words').value.split(/[\s,，、;；]+/).filter(Boolean);
    case 'sample':
      return { rate: Math.min(100, Math.max(0, Number($<HTMLInputElement>('rate').value) || 0)) / 100, seed: 0 };
    default:
      return 'all';
  }
}

/** The options the page annotates with (the tests call the Node library with the same). */
function annotateOptions(): AnnotateOptions {
  return { select: chosenSelect(), once: $<HTMLInputElement>('once').checked, segmenter: 'wasm' };
}

function show(text: string, page?: string): void {
  output.value = text;
  output.hidden = page !== undefined;
  reader.hidden = page === undefined;
  if (page !== undefined) reader.srcdoc = page;
}

async function run(action: (library: typeof Library) => void, busy: string): Promise<void> {
  if (!globalThis.PinyinGloss) setStatus(`${busy} (waiting for the segmenter to load)…`);
  try {
    const library = await ready;
    const started = performance.now();
    action(library);
    setStatus(`Done in ${Math.round(performance.now() - started)} ms.`);
    if (document.body.dataset.firstResultMs === undefined) document.body.dataset.firstResultMs = String(sinceOpen());
  } catch (error) {
    setStatus((error as Error).message, true);
  }
}

$('annotate').addEventListener('click', () =>
  run((library) => {
    const text = input.value;
    const options = annotateOptions();
    if (outputMode.value === 'reader') {
      const page = library.annotateHtml(text, options);
      show(page, page);
    } else {
      show(library.annotate(text, { ...options, output: outputMode.value === 'ruby' ? 'ruby' : 'inline' }));
    }
  }, 'Annotating'),
);

$('strip').addEventListener('click', () => run((library) => show(library.strip(input.value)), 'Cleaning'));

$('copy').addEventListener('click', () => {
  output.hidden = false;
  output.select();
  void navigator.clipboard?.writeText(output.value).catch(() => document.execCommand('copy'));
  if (!reader.hidden) output.hidden = true;
});
