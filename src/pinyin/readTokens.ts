import { pinyin } from 'pinyin-pro';
import { isHanCodePoint } from '../internal/isHan.js';
import type { ReadingOptions, Token } from '../types.js';

/**
 * The reading engine: tone-marked syllables (NFC, as pinyin-pro writes them)
 * for each token, one per Han character, read in the context of the whole
 * text. `undefined` for a token without Han characters, or with a Han
 * character that has no known reading.
 *
 * Initial version: pinyin-pro over the whole text, grouped by the tokens.
 */
export function readTokens(
  text: string,
  tokens: readonly Token[],
  options: ReadingOptions = {},
): (string[] | undefined)[] {
  const perCodePoint = pinyin(text, { type: 'array', toneSandhi: options.toneSandhi ?? false });
  // Map UTF-16 offset → reading of the Han code point starting there.
  const readingAt = new Map<number, string>();
  let offset = 0;
  let index = 0;
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    const reading = perCodePoint[index];
    if (isHanCodePoint(cp) && reading !== undefined && reading !== char) readingAt.set(offset, reading);
    offset += char.length;
    index++;
  }
  return tokens.map((token) => {
    const syllables: string[] = [];
    let hasHan = false;
    for (let i = token.start; i < token.end; ) {
      const cp = text.codePointAt(i)!;
      const width = cp > 0xffff ? 2 : 1;
      if (isHanCodePoint(cp)) {
        hasHan = true;
        const reading = readingAt.get(i);
        if (reading === undefined) return undefined;
        syllables.push(reading);
      }
      i += width;
    }
    return hasHan ? syllables : undefined;
  });
}
