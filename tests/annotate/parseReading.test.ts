import { describe, expect, test } from 'vitest';
import { parseReading } from '../../src/annotate/parseReading.js';

describe('parseReading', () => {
  test.each<[string | string[], string[] | undefined]>([
    ['háng zhǎng', ['háng', 'zhǎng']],
    ["xī'ān", ['xī', 'ān']],
    ['hang2zhang3', ['háng', 'zhǎng']],
    ['hang2 zhang3', ['háng', 'zhǎng']],
    ['Lu:4 nv3', ['lǜ', 'nǚ']],
    ['le5', ['le']],
    ['le0', ['le']],
    ['yi1dian3r', ['yī', 'diǎn', 'r']],
    [['háng', 'zhǎng'], ['háng', 'zhǎng']],
    ['ha\u030cng', ['hǎng']], // combining caron (NFD) → NFC
    ['', undefined],
    ['CEO!', undefined],
    ['hang2-', undefined], // a dangling separator is a typo: rejected
    ['行长', undefined],
  ])('%j', (input, expected) => {
    expect(parseReading(input)).toEqual(expected);
  });
});
