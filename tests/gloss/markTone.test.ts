import { describe, expect, test } from 'vitest';
import { markTone } from '../../src/gloss/markTone.js';

describe('markTone', () => {
  test.each([
    ['gai', 3, 'gǎi'], ['zao', 4, 'zào'], ['xiong', 2, 'xióng'], ['gui', 4, 'guì'], ['liu', 2, 'liú'],
    ['lou', 2, 'lóu'], ['lv', 3, 'lǚ'], ['lve', 4, 'lüè'], ['nv', 3, 'nǚ'], ['er', 2, 'ér'],
    ['le', 5, 'le'], ['le', 0, 'le'], ['lv', 0, 'lü'], ['ng', 2, 'ńg'], ['m', 2, 'ḿ'], ['yi', 1, 'yī'],
  ])('%s tone %i → %s', (bare, tone, marked) => {
    expect(markTone(bare, tone)).toBe(marked);
  });
});
