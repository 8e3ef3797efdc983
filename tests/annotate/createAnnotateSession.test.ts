import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { annotate, createAnnotateSession } from '../../src/annotate/index.js';
import type { AnnotateOptions } from '../../src/types.js';

/** Feeds `text` to a session cut at `cuts` (UTF-16 offsets) and joins the output. */
function feed(text: string, cuts: readonly number[], options?: AnnotateOptions): string {
  const session = createAnnotateSession(options);
  let output = '';
  let at = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    output += session.push(text.slice(at, cut));
    at = cut;
  }
  output += session.push(text.slice(at));
  return output + session.flush();
}

const OPTIONS: AnnotateOptions[] = [
  {},
  { once: true },
  { select: { rate: 0.4, seed: 'farm' } },
  { select: { rate: 0.5, seed: 3 }, once: true, tone: 'number', separator: ' ' },
  { select: 'polyphonic', output: 'ruby' },
];

describe('createAnnotateSession', () => {
  test('short input comes out at flush', () => {
    const session = createAnnotateSession();
    expect(session.push('老旧小区')).toBe('');
    expect(session.push('改造\n')).toBe('');
    expect(session.flush()).toBe('老旧(lǎojiù)小区(xiǎoqū)改造(gǎizào)\n');
    expect(session.flush()).toBe('');
  });

  test('completed pieces come out as soon as they are complete', () => {
    const line = '城市更新让老旧小区焕然一新。\n';
    const session = createAnnotateSession({ select: ['小区'] });
    const out = session.push(line.repeat(400)); // 6,000 characters: one piece of 4,096+ done
    expect(out.length).toBeGreaterThan(4096);
    expect(out.endsWith('\n')).toBe(true);
    expect(out + session.flush()).toBe(annotate(line.repeat(400), { select: ['小区'] }));
  });

  test('a surrogate pair split across pushes', () => {
    const text = '𠮷野家\n';
    expect(feed(text, [1, 2])).toBe(annotate(text));
  });

  test('non-string chunk', () => {
    expect(() => createAnnotateSession().push(Buffer.from('x') as unknown as string)).toThrow(
      expect.objectContaining({ code: 'INVALID_TYPE' }),
    );
  });

  test('invalid options fail at creation', () => {
    expect(() => createAnnotateSession({ once: 1 as never })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });

  test('a piece whose select predicate threw leaves nothing in the next output', () => {
    // The predicate throws on 小区, after 老旧 of the same piece was written.
    let thrown = false;
    const select = ({ text }: { text: string }) => {
      if (text === '小区' && !thrown) {
        thrown = true;
        throw new Error('select failed');
      }
      return true;
    };
    const session = createAnnotateSession({ select });
    session.push('老旧小区改造');
    expect(() => session.flush()).toThrow('select failed');
    session.push('城市更新');
    expect(session.flush()).toBe(annotate('城市更新'));
  });

  // Long texts make several pieces: lines (newline after 4 KiB) and one long
  // line (clause breaks after 64 KiB), with chunk cuts anywhere, also inside
  // 𠮷 (a surrogate pair).
  const paragraph = '为困难群体服务，行长在银行工作了一辈子。他说𠮷字很少见，用了iPhone 15拍照。';
  const long = [
    ...Array.from({ length: 300 }, (_, i) => `${paragraph.slice(i % 7)}\n`),
    paragraph.repeat(2500),
    '\r\n',
    ...Array.from({ length: 50 }, () => `${paragraph}\n`),
  ].join('');

  test.each(OPTIONS.map((options) => [JSON.stringify(options), options] as const))(
    'long text in random chunks equals annotate() with %s',
    (_name, options) => {
      const whole = annotate(long, options);
      const random = fc.sample(fc.array(fc.integer({ min: 0, max: long.length }), { minLength: 1, maxLength: 40 }), { numRuns: 2, seed: 42 });
      for (const cuts of random) expect(feed(long, cuts, options)).toBe(whole);
    },
  );
});

const unit = fc.constantFrom('小区', '的', '行长', '银行', '了', '为', '𠮷', '。', '，', '\n', '\r\n', ' ', 'ok', '(', ')', '一点儿', '改造');
const text = fc.array(unit, { maxLength: 80 }).map((parts) => parts.join(''));
const cuts = fc.array(fc.nat({ max: 400 }), { maxLength: 12 });

propTest.prop([text, cuts, fc.constantFrom(...OPTIONS)], { numRuns: 150 })(
  'any split of the input gives annotate() of all of it',
  (input, points, options) => {
    expect(feed(input, points.map((point) => Math.min(point, input.length)), options)).toBe(annotate(input, options));
  },
);
