import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { annotate, annotateTokens } from '../../src/annotate/index.js';
import { annotateHtml } from '../../src/html/index.js';
import { createAnnotateStream } from '../../src/stream/index.js';
import { reannotate } from '../../src/find/index.js';
import { anyText, chunk, glossMixture, inlineAnnotateOptions } from './arbitraries.js';

// annotate leaves a word that already carries a gloss as it is, so running
// it again changes nothing: over arbitrary Unicode, glossed scrapes in every
// variant the grammar reads, and every inline option set.

const SCALE = Number(process.env.HARDENING_SCALE ?? 1);
const runs = (n: number) => ({ numRuns: Math.round(n * SCALE) });

/** Plain text, a glossed scrape, or both around each other. */
const anyInput = fc.oneof(
  anyText,
  glossMixture.map((m) => m.glossed),
  glossMixture.map((m) => m.clean),
  fc.tuple(anyText, glossMixture, anyText).map(([a, m, b]) => a + m.glossed + b),
);

describe('annotate is idempotent', () => {
  test.prop([anyInput, inlineAnnotateOptions], runs(400))('annotate(annotate(x)) === annotate(x), any inline options', (text, options) => {
    const once = annotate(text, options as never);
    expect(annotate(once, options as never)).toBe(once);
  });

  test.prop([anyInput, inlineAnnotateOptions], runs(150))('annotateTokens of annotated text glosses nothing again (the reader page)', (text, options) => {
    const once = annotate(text, options as never);
    expect(annotateTokens(once, options as never).filter((token) => token.glossed)).toEqual([]);
  });

  const cuts = fc.array(fc.nat(), { maxLength: 12 });
  test.prop([anyInput, inlineAnnotateOptions, cuts], runs(100))('createAnnotateStream over annotated text, cut anywhere', async (text, options, at) => {
    const once = annotate(text, options as never);
    const out = await buffer(Readable.from(chunk(once, at), { objectMode: true }).pipe(createAnnotateStream(options as never)));
    expect(out.equals(Buffer.from(once, 'utf8'))).toBe(true);
  });
});

test('a lone low surrogate before a modal particle (found by the property above)', () => {
  const once = annotate('\udc00喲');
  expect(annotateTokens(once).filter((token) => token.glossed)).toEqual([]);
  expect(annotate(once)).toBe(once);
});

test('a line longer than a piece: a gloss is never cut in two between pieces', () => {
  // Its only breaks are the spaces inside the glosses (pieces of a long line end at a space).
  const once = annotate('改造'.repeat(40_000), { separator: ' ' });
  expect(annotate(once, { separator: ' ' }) === once).toBe(true);
});

describe('reannotate is idempotent', () => {
  const restyle = fc.record({
    tone: fc.constantFrom('mark', 'number', 'none'),
    separator: fc.constantFrom('', ' ', "'", '’', '-', '·'),
    brackets: fc.constantFrom('ascii', 'fullwidth'),
    correct: fc.boolean(),
    toneless: fc.boolean(),
    capitalized: fc.boolean(),
  });
  test.prop([anyInput, restyle], runs(300))('reannotate(reannotate(x)) === reannotate(x), inline styles', (text, options) => {
    const once = reannotate(text, options as never);
    expect(reannotate(once, options as never)).toBe(once);
  });
});

describe('a glossed scrape keeps its glosses; the rest is annotated', () => {
  test.each([
    ['per-character glosses', '經(jīng)濟(jì)發展', '經(jīng)濟(jì)發展(fāzhǎn)'],
    ['a repeated gloss', '从一墙之隔到(dào)(dào)拆墙', '从(cóng)一墙之隔(yīqiángzhīgé)到(dào)(dào)拆墙(chāiqiáng)'],
    ['a wrong gloss stays as written', '我们赢得(yíngde)比赛', '我们(wǒmen)赢得(yíngde)比赛(bǐsài)'],
    ['a capitalized reading', '汉字(Hànzì)和拼音', '汉字(Hànzì)和(hé)拼音(pīnyīn)'],
    ['a toneless gloss', '小区(xiaoqu)里', '小区(xiaoqu)里(lǐ)'],
    ['a vocabulary entry', '小区 (xiǎoqū)', '小区 (xiǎoqū)'],
    ['part of a word glossed: the rest read as in the word', '銀行長(zhǎng)說', '銀行(yínháng)長(zhǎng)說(shuō)'],
    ['full-width brackets, tone digits', '改造（gai3zao4）工程', '改造（gai3zao4）工程(gōngchéng)'],
    ['a real parenthesis is not a gloss', '服务站(受访者供图)', '服务站(fúwùzhàn)(受访者(shòufǎngzhě)供图(gōngtú))'],
  ])('%s', (_name, input, expected) => {
    expect(annotate(input)).toBe(expected);
    expect(annotate(expected)).toBe(expected);
  });

  test('once: a word carrying a gloss counts as its first occurrence', () => {
    expect(annotate('行长说，行长来了', { once: true })).toBe('行长(hángzhǎng)说(shuō)，行长来(lái)了(le)');
    expect(annotate('行长(hángzhǎng)说，行长来了', { once: true, select: ['行长'] })).toBe('行长(hángzhǎng)说，行长来了');
  });

  test('the reader page shows a gloss as written, and ruby for the other words', () => {
    const page = annotateHtml('行长(hángzhǎng)来了');
    expect(page).toContain('行长(hángzhǎng)');
    expect(page).not.toMatch(/<ruby>行长/);
    expect(page).toMatch(/<ruby>来<rt>/);
  });
});
