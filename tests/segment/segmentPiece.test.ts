import { describe, expect, test, vi } from 'vitest';

// A segmenter whose words do not add up to the text it was given.
const cut = vi.fn<(text: string) => string[]>();
vi.mock('../../src/segment/loadJieba.js', () => ({ loadJieba: () => ({ cut }) }));

const { segmentPiece } = await import('../../src/segment/segmentPiece.js');

describe('segmentPiece when the segmenter misbehaves', () => {
  test('words that fall short of the text are a SEGMENTER_FAILED error, not a silent fallback', () => {
    cut.mockReturnValueOnce(['银行']);
    expect(() => segmentPiece('银行行长')).toThrowError(
      expect.objectContaining({ name: 'PinyinGlossError', code: 'SEGMENTER_FAILED', message: expect.stringContaining('add up to 2 UTF-16 code units for a text of 4') }),
    );
  });

  test('words that run past the text are the same error', () => {
    cut.mockReturnValueOnce(['银行', '行长', '们']);
    expect(() => segmentPiece('银行行长')).toThrowError(expect.objectContaining({ code: 'SEGMENTER_FAILED' }));
  });

  test('words that add up give tokens covering the text', () => {
    cut.mockReturnValueOnce(['银行', '行长']);
    expect(segmentPiece('銀行行長').map((token) => token.text)).toEqual(['銀行', '行長']);
  });
});
