import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { annotate, annotateTokens } from '../../src/annotate/index.js';
import type { AnnotateOptions } from '../../src/types.js';

// The engine's output on a fixed text, kept in files beside this test: a
// change of any reading or token boundary fails here and, after
// `npm run golden`, shows up as a diff of those files to review.

const TEXT = readFileSync(join(import.meta.dirname, 'text.txt'), 'utf8');

const OPTION_SETS: Record<string, AnnotateOptions> = {
  default: {},
  'polyphonic-numbers-sandhi': { select: 'polyphonic', tone: 'number', toneSandhi: true },
};

/** One line per token: the text, its syllables, and `*` when glossed. */
function describeTokens(options: AnnotateOptions): string {
  return annotateTokens(TEXT, options)
    .filter((token) => token.text.trim() !== '')
    .map((token) => [token.text, token.pinyin?.join(' ') ?? '', token.glossed ? '*' : ''].join('\t').trimEnd())
    .join('\n');
}

describe('golden files', () => {
  test.each(Object.entries(OPTION_SETS))('%s', async (name, options) => {
    const output = `${annotate(TEXT, options)}\n# tokens\n${describeTokens(options)}\n`;
    await expect(output).toMatchFileSnapshot(`${name}.golden.txt`);
  });
});
