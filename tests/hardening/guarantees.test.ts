import { Readable, type Transform } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { annotate, annotateTokens } from '../../src/annotate/index.js';
import { annotateHtml } from '../../src/html/index.js';
import { segment } from '../../src/segment/index.js';
import { createAnnotateStream, createStripStream } from '../../src/stream/index.js';
import iconv from 'iconv-lite';
import { findGlosses, reannotate } from '../../src/find/index.js';
import { strip } from '../../src/strip/index.js';
import { anyText, chunk, chunkBytes, glossMixture, hardText, inlineAnnotateOptions, stripOptions } from './arbitraries.js';

// The DESIGN.md guarantees over arbitrary Unicode and generated gloss
// mixtures. Run counts keep the whole hardening suite within about a minute
// on a 2-core machine (annotate loads nodejieba once per worker, ~1 s).

/** `HARDENING_SCALE=20 npx vitest run tests/hardening` for a longer soak run. */
const SCALE = Number(process.env.HARDENING_SCALE ?? 1);
const runs = (n: number) => ({ numRuns: Math.round(n * SCALE) });

// No timing checks here (a shared machine makes them flaky): a hang fails
// the test by its timeout, and linear time is measured on adversarial input
// by bench/strip.bench.mjs and bench/annotate.bench.mjs.

async function pipeThrough(transform: Transform, chunks: readonly (Buffer | string)[]): Promise<Buffer> {
  return buffer(Readable.from(chunks, { objectMode: true }).pipe(transform));
}

/**
 * The text minus the spans findGlosses reports (a spaced gloss with its
 * leading spaces): what strip must return. Checks on the way that every
 * gloss's offsets agree with the text (one expect at the end: tens of
 * thousands of expect calls would dominate the long-input cases).
 */
function withoutGlosses(text: string, options: { toneless?: boolean; spaced?: boolean; capitalized?: boolean }): string {
  let rest = '';
  let at = 0;
  const bad: unknown[] = [];
  for (const gloss of findGlosses(text, options)) {
    const consistent =
      gloss.start >= at &&
      gloss.wordStart < gloss.wordEnd &&
      gloss.wordEnd <= gloss.start &&
      text.slice(gloss.wordStart, gloss.wordEnd) === gloss.word &&
      /^[(（]$/.test(text[gloss.start]!) &&
      /^[)）]$/.test(text[gloss.end - 1]!) &&
      text.slice(gloss.start + 1, gloss.end - 1) === gloss.pinyin &&
      // Between word and gloss: nothing, other glosses of the same word (到(dào)(dào)), or spaces.
      /^(?:[(（][^()（）]*[)）]|[ \u00a0\u3000])*$/.test(text.slice(gloss.wordEnd, gloss.start));
    if (!consistent) bad.push(gloss);
    // A reading with a capital letter is reported; strip removes it only with capitalized: true.
    if (gloss.capitalized && !options.capitalized) continue;
    let from = gloss.start;
    // A spaced gloss (`小区 (xiǎoqū)`) takes its spaces with it.
    if (options.spaced) while (from > Math.max(at, gloss.wordEnd) && /[ \u00a0\u3000]/.test(text[from - 1]!)) from--;
    rest += text.slice(at, from);
    at = gloss.end;
  }
  expect(bad).toEqual([]);
  return rest + text.slice(at);
}

/** What a stream decodes from UTF-8 bytes: a leading BOM is removed (DecodeOptions docs). */
function decoded(bytes: Buffer): string {
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

describe('guarantee 1: strip(annotate(x)) === x for any x without glosses', () => {
  test.prop([anyText, inlineAnnotateOptions], runs(400))('arbitrary Unicode, any inline options', (text, options) => {
    // tone: 'none' writes toneless glosses, which strip reads with toneless: true (README).
    const readBack = { toneless: options.tone === 'none' };
    fc.pre(findGlosses(text, readBack).length === 0);
    const annotated = annotate(text, options as never);
    expect(strip(annotated, readBack)).toBe(text);
  });

  test.prop([glossMixture, inlineAnnotateOptions], runs(200))(
    'clean text with real parentheses, unbalanced and nested brackets',
    ({ clean }, options) => {
      const readBack = { toneless: options.tone === 'none' };
      fc.pre(findGlosses(clean, readBack).length === 0);
      expect(strip(annotate(clean, options as never), readBack)).toBe(clean);
    },
  );
});

describe('guarantee 2: strip changes nothing but glosses, and is idempotent', () => {
  test.prop([hardText, stripOptions], runs(1000))('output = input minus the spans findGlosses reports', (text, options) => {
    const out = strip(text, options);
    expect(out).toBe(withoutGlosses(text, options));
  });

  test.prop([hardText, stripOptions], runs(1000))('strip(strip(x)) === strip(x)', (text, options) => {
    const once = strip(text, options);
    expect(strip(once, options)).toBe(once);
  });

  test.prop([glossMixture], runs(1000))('every gloss variant the grammar lists is removed, nothing else', ({ glossed, clean, kept, toneless }) => {
    expect(strip(glossed, { toneless, capitalized: true })).toBe(clean);
    // By default a reading written with a capital letter stays.
    expect(strip(glossed, { toneless })).toBe(kept);
  });
});

describe('reannotate keeps what strip removes', () => {
  const restyle = fc.record({
    tone: fc.constantFrom('mark', 'number', 'none'),
    separator: fc.constantFrom('', ' ', "'", '’', '-', '·'),
    apostrophes: fc.boolean(),
    brackets: fc.constantFrom('ascii', 'fullwidth'),
    correct: fc.boolean(),
    capitalized: fc.boolean(),
  });
  test.prop([glossMixture, restyle], runs(500))('strip(reannotate(x, inline style)) === strip(x)', ({ glossed, clean, kept, toneless }, style) => {
    // A toneless rewrite needs toneless: true to be read back; then 达莎(Dasha) goes too.
    fc.pre(style.tone !== 'none' || toneless);
    const out = reannotate(glossed, { ...style, toneless });
    // Capitalized readings stay as text unless capitalized: true, for both.
    expect(strip(out, { toneless, capitalized: style.capitalized })).toBe(style.capitalized ? clean : kept);
  });
});

describe('guarantee 3: streams equal the functions for any chunking', () => {
  const cuts = fc.array(fc.nat(), { maxLength: 12 });

  test.prop([hardText, stripOptions, cuts], runs(400))('createStripStream, byte chunks cut anywhere', async (text, options, at) => {
    const bytes = Buffer.from(text, 'utf8'); // lone surrogates become U+FFFD here, as on any UTF-8 input
    const out = await pipeThrough(createStripStream(options), chunkBytes(bytes, at));
    expect(out.toString('utf8')).toBe(strip(decoded(bytes), options));
  });

  test.prop([hardText, stripOptions, cuts], runs(400))('createStripStream, string chunks cut inside surrogate pairs', async (text, options, at) => {
    const out = await pipeThrough(createStripStream(options), chunk(text, at));
    expect(out.equals(Buffer.from(strip(text, options), 'utf8'))).toBe(true);
  });

  // Text every encoding can hold (GBK and Big5 have no astral Han, no lone surrogates).
  const encodable = fc.tuple(glossMixture, fc.constantFrom('gb18030', 'gbk', 'big5', 'utf-16le'));
  test.prop([encodable, stripOptions, cuts], runs(300))('createStripStream, other encodings cut anywhere', async ([mixture, encoding], options, at) => {
    const text = mixture.glossed.replace(/[^\u0000-\uD7FF\uE000-\uFFFF]/gu, '').replace(/^\uFEFF/, '');
    const bytes = iconv.encode(text, encoding);
    const back = iconv.decode(bytes, encoding); // what the encoding keeps (Big5 has no 区, GBK no 𪚥…)
    const out = await pipeThrough(createStripStream({ ...options, encoding }), chunkBytes(bytes, at));
    expect(out.toString('utf8')).toBe(strip(back, options));
  });

  test.prop([fc.oneof(anyText, glossMixture.map((m) => m.clean)), inlineAnnotateOptions, cuts], runs(150))(
    'createAnnotateStream, byte chunks cut anywhere',
    async (text, options, at) => {
      const bytes = Buffer.from(text, 'utf8');
      const out = await pipeThrough(createAnnotateStream(options as never), chunkBytes(bytes, at));
      expect(out.toString('utf8')).toBe(annotate(decoded(bytes), options as never));
    },
  );

  test.prop([fc.oneof(anyText, glossMixture.map((m) => m.clean)), cuts], runs(150))(
    'createAnnotateStream, string chunks cut inside surrogate pairs',
    async (text, at) => {
      const out = await pipeThrough(createAnnotateStream(), chunk(text, at));
      expect(out.equals(Buffer.from(annotate(text), 'utf8'))).toBe(true);
    },
  );
});

describe('guarantee 4: no input makes it hang', () => {
  // Shapes that make backtracking regexes explode, repeated to long lines.
  const long = [
    ['open brackets', '('.repeat(100_000)],
    ['unclosed gloss bodies', '改造(gǎizào'.repeat(20_000)],
    ['a syllable run with no close', `改造(${'gǎi'.repeat(100_000)}`],
    ['separators only', `改造(${" '-·".repeat(50_000)})`],
    ['nested brackets', `${'改('.repeat(50_000)}${')'.repeat(50_000)}`],
    ['repeated glosses', `到${'(dào)'.repeat(50_000)}`],
    ['one long Han line', '老旧小区改造'.repeat(50_000)],
    ['combining marks', `改造(ga${'\u030c'.repeat(100_000)}i)`],
    ['lone surrogates and NUL', '\uD800\u0000('.repeat(100_000)],
    ['CRLF lines of glosses', '改造(gǎizào)\r\n'.repeat(30_000)],
  ] as const;

  test.each(long)('strip, findGlosses: %s', (_name, text) => {
    const out = strip(text, { toneless: true, spaced: true });
    expect(out).toBe(withoutGlosses(text, { toneless: true, spaced: true }));
  });

  test.each(long.filter(([name]) => name !== 'one long Han line'))('annotate: %s', (_name, text) => {
    const input = text.slice(0, 60_000);
    const annotated = annotate(input);
    // annotate only inserts: every character of the input is still there.
    expect(annotated.length).toBeGreaterThanOrEqual(input.length);
  });

  const wide = [
    ['one Han character', '的'.repeat(100_000)],
    ['a Han character without reading', '龘'.repeat(100_000)],
    ['emoji and astral Han', '😀𠮷'.repeat(50_000)],
    ['spaces then a spaced gloss', `${'小区 '.repeat(30_000)}(xiǎoqū)`],
    ['lone surrogates', '\uDC00'.repeat(100_000)],
  ] as const;
  test.each(wide)('every function: %s', (_name, text) => {
    const tokens = segment(text);
    expect(tokens.map((token) => token.text).join('')).toBe(text);
    // Tokens cover the text (a gloss already in it is a token of its own, so the count may differ from segment's).
    expect(annotateTokens(text).map((token) => token.text).join('')).toBe(text);
    expect(annotateHtml(text).length).toBeGreaterThan(text.length);
    expect(reannotate(text, { spaced: true, output: 'ruby' }).length).toBeGreaterThan(0);
    expect(strip(annotate(text))).toBe(strip(text));
  });

  test('annotate: a 300 000-character line without breaks', () => {
    const text = '老旧小区改造为了银行行长𠮷'.repeat(23_000);
    const annotated = annotate(text);
    expect(strip(annotated)).toBe(text);
  });
});
