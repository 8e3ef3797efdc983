import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { annotate, annotateTokens } from '../../src/annotate/index.js';
import type { AnnotateOptions, ReadingSource } from '../../src/types.js';

const SOURCES: readonly ReadingSource[] = ['default', 'word', 'sandhi', 'context', 'name', 'model', 'dictionary'];

/** `[word, sources]` of the tokens with a reading. */
const explained = (text: string, options: AnnotateOptions = {}) =>
  annotateTokens(text, { ...options, explain: true })
    .filter((token) => token.pinyin)
    .map((token) => [token.text, token.sources]);
const sourceOf = (text: string, word: string, options: AnnotateOptions = {}) => explained(text, options).find(([w]) => w === word)?.[1];

describe("annotateTokens(text, { explain: true }): each syllable's source", () => {
  test('sane defaults: no sources without explain, none for tokens without a reading', () => {
    expect(annotateTokens('行长说').some((token) => 'sources' in token)).toBe(false);
    expect(annotateTokens('', { explain: true })).toEqual([]);
    const tokens = annotateTokens('GDP 3.5%，行长', { explain: true });
    for (const token of tokens) expect('sources' in token).toBe(token.pinyin !== undefined);
  });

  test.each([
    ['他是银行行长', '行长', {}, ['word', 'word']],
    ['他还了钱', '还', {}, ['context']],
    ['我去买东西', '东西', {}, ['default', 'context']],
    ['走吧！', '走吧', {}, ['default', 'context']],
    ['一个人', '一个', { toneSandhi: true }, ['sandhi', 'default']],
    ['一个人', '一个', {}, ['default', 'default']],
    ['塞缪尔说', '塞缪尔', {}, ['name', 'name', 'default']],
    ['行长来了', '行长', { dict: { 行长: 'xíng zhǎng' } }, ['dictionary', 'dictionary']],
  ] as const)('%s: %s ← %j', (text, word, options, sources) => {
    expect(sourceOf(text, word, options)).toEqual(sources);
  });

  test("'model' only where the model changed the reading; never with polyphones: 'rules'", () => {
    // 莘庄 (a place the segmenter takes for a person, no context vouching for it): the model reads xīn.
    const text = '记者曾坤报道，他们在上海莘庄的银行门口排队，大家都很着急。我们还要继续努力工作。';
    const rules = annotateTokens(text, { polyphones: 'rules', explain: true });
    const model = annotateTokens(text, { polyphones: 'model', explain: true });
    expect(rules.flatMap((token) => token.sources ?? [])).not.toContain('model');
    // The model is the only step the settings differ by: a syllable is the
    // model's exactly where the two settings read it differently.
    let changed = 0;
    for (let i = 0; i < model.length; i++) {
      model[i]!.sources?.forEach((source, k) => {
        const differs = model[i]!.pinyin![k] !== rules[i]!.pinyin![k];
        expect(source === 'model').toBe(differs);
        if (differs) changed++;
      });
    }
    expect(changed).toBeGreaterThan(0);
  });

  propTest.prop([
    // 儿 (erhua joins tokens), a dict word and a selected word inside a longer one (tokens are split).
    fc.string({ unit: fc.constantFrom(...'银行行长还了钱一点儿个不对东西都是曾坤吧，。 a1\n'), maxLength: 30 }),
    fc.record({
      toneSandhi: fc.boolean(),
      polyphones: fc.constantFrom('model' as const, 'rules' as const),
      neutralTone: fc.constantFrom('dictionary' as const, 'particles' as const),
      dict: fc.constantFrom<Record<string, string>>({}, { 行长: 'xíng zhǎng' }),
      select: fc.constantFrom<'all' | string[]>('all', ['行长', '长']),
    }),
  ])('explain changes no reading; one known source per syllable', (text, options) => {
    const plain = annotateTokens(text, options);
    const withSources = annotateTokens(text, { ...options, explain: true });
    expect(withSources.map(({ sources: _, ...token }) => token)).toEqual(plain);
    for (const token of withSources) {
      if (token.pinyin === undefined) continue;
      expect(token.sources).toHaveLength(token.pinyin.length);
      for (const source of token.sources!) expect(SOURCES).toContain(source);
    }
    expect(annotate(text, { ...options, explain: true })).toBe(annotate(text, options));
  });

  test('a wrong type is an INVALID_OPTION naming it', () => {
    expect(() => annotateTokens('行长', { explain: 'yes' as never })).toThrowError(
      expect.objectContaining({ code: 'INVALID_OPTION', message: expect.stringContaining('`explain`') }),
    );
  });
});
