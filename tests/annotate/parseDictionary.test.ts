import { describe, expect, test } from 'vitest';
import { annotate } from '../../src/annotate/index.js';
import { strip } from '../../src/strip/index.js';

describe('annotate dict readings', () => {
  test.each([
    ['xíng zhǎng', '银行(yínháng)行长(xíngzhǎng)说(shuō)'],
    ['hang2zhang3', '银行(yínháng)行长(hángzhǎng)说(shuō)'],
  ])('a known reading %j is used and read back by strip', (reading, expected) => {
    const annotated = annotate('银行行长说', { dict: { 行长: reading } });
    expect(annotated).toBe(expected);
    expect(strip(annotated)).toBe('银行行长说');
  });

  test.each([
    ['bang4 ge1', "'bàng' is not a reading of 行"],
    ['hang zhang', "'hang' is not a neutral-tone reading of 行"],
  ])('a reading strip could not read back (%j) is refused', (reading, why) => {
    expect(() => annotate('银行行长说', { dict: { 行长: reading } })).toThrowError(
      expect.objectContaining({ code: 'INVALID_OPTION', message: expect.stringContaining(why) }),
    );
  });
});
