import { describe, expect, test } from 'vitest';
import { segmentPiece } from '../../src/segment/segmentPiece.js';

/** A segmenter that returns `words` whatever the text. */
const segmenterGiving = (...words: string[]) => ({ cut: () => words });

describe('segmentPiece when the segmenter misbehaves', () => {
  test('words that fall short of the text are a SEGMENTER_FAILED error, not a silent fallback', () => {
    expect(() => segmentPiece('银行行长', 0, [], '银行行长', segmenterGiving('银行'))).toThrowError(
      expect.objectContaining({ name: 'PinyinGlossError', code: 'SEGMENTER_FAILED', message: expect.stringContaining('add up to 2 UTF-16 code units for a text of 4') }),
    );
  });

  test('words that run past the text are the same error', () => {
    expect(() => segmentPiece('银行行长', 0, [], '银行行长', segmenterGiving('银行', '行长', '们'))).toThrowError(
      expect.objectContaining({ code: 'SEGMENTER_FAILED' }),
    );
  });

  test('words that add up give tokens covering the text, sliced from the text itself', () => {
    expect(segmentPiece('銀行行長', 0, [], '银行行长', segmenterGiving('银行', '行长')).map((token) => token.text)).toEqual(['銀行', '行長']);
  });
});
