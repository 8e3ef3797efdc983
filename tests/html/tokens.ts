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

/**
 * The page's markup without what every word now carries besides its ruby:
 * the `.poly` wrapper and its card (`.alts`), and the zhuyin beside the
 * pinyin (`.zy`, with the `.py` wrapper). Cards and zhuyin are tested on
 * their own; the tests of layout markup read the rest.
 */
export function withoutCards(html: string): string {
  let out = html;
  for (const name of ['alts', 'zy']) {
    for (let at = out.indexOf(`<span class="${name}"`); at !== -1; at = out.indexOf(`<span class="${name}"`)) {
      out = out.slice(0, at) + out.slice(closingEnd(out, at));
    }
  }
  for (const name of ['poly', 'py']) {
    for (let at = out.indexOf(`<span class="${name}"`); at !== -1; at = out.indexOf(`<span class="${name}"`)) {
      const open = out.indexOf('>', at) + 1;
      const end = closingEnd(out, at);
      out = out.slice(0, at) + out.slice(open, end - '</span>'.length) + out.slice(end);
    }
  }
  return out;
}

/** Offset just past the `</span>` that closes the span opened at `at`. */
function closingEnd(html: string, at: number): number {
  let depth = 0;
  const pattern = /<span\b|<\/span>/g;
  pattern.lastIndex = at;
  for (let match = pattern.exec(html); match !== null; match = pattern.exec(html)) {
    depth += match[0] === '</span>' ? -1 : 1;
    if (depth === 0) return match.index + match[0].length;
  }
  throw new Error('unclosed span');
}
