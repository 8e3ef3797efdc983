import type { Token } from '../../src/types.js';

/** Tokens from a text cut with `|`: `'银行|行长'` → 银行 [0, 2), 行长 [2, 4). */
export function tokensFromCut(cut: string): Token[] {
  const out: Token[] = [];
  let start = 0;
  for (const text of cut.split('|')) {
    out.push({ text, start, end: start + text.length });
    start += text.length;
  }
  return out;
}
