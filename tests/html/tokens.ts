import type { AnnotatedToken } from '../../src/types.js';

/**
 * Hand-made annotated tokens, so the page can be tested apart from the
 * segmenter and the reading engine: `[text]` is plain, `[text, pinyin]` is
 * a glossed word, `[text, pinyin, false]` a Han word left unglossed.
 */
export function tokens(...parts: readonly (readonly [string, string?, boolean?])[]): AnnotatedToken[] {
  let offset = 0;
  return parts.map(([text, pinyin, glossed]) => {
    const start = offset;
    offset += text.length;
    return pinyin === undefined
      ? { text, start, end: offset, glossed: false }
      : { text, start, end: offset, pinyin: pinyin.split(' '), glossed: glossed ?? true };
  });
}

export function textOf(list: readonly AnnotatedToken[]): string {
  return list.map((token) => token.text).join('');
}
