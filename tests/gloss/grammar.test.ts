import { describe, expect, test } from 'vitest';
import { isSyllableSeparator, SEPARATORS } from '../../src/gloss/grammar.js';
import { annotate } from '../../src/annotate/index.js';
import { reannotate } from '../../src/find/index.js';

describe('separators', () => {
  test('the gloss reader takes exactly the non-empty SEPARATORS between syllables', () => {
    const readBack: string[] = [];
    for (let code = 0; code < 0x10000; code++) if (isSyllableSeparator(code)) readBack.push(String.fromCharCode(code));
    expect(readBack.sort()).toEqual(SEPARATORS.filter((s) => s !== '').sort());
  });

  test('annotate and reannotate accept the same separators and reject others with the same message', () => {
    for (const separator of SEPARATORS) {
      expect(() => annotate('银行', { separator })).not.toThrow();
      expect(() => reannotate('银行(yínháng)', { separator })).not.toThrow();
    }
    const message = (call: () => unknown) => {
      try {
        call();
      } catch (error) {
        return (error as Error).message.replace(/^\w+:/, '');
      }
      return 'no error';
    };
    expect(message(() => reannotate('银行(yínháng)', { separator: '/' }))).toBe(message(() => annotate('银行', { separator: '/' })));
  });
});
