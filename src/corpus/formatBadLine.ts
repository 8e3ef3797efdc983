import type { BadLine, BadLinePolicy } from './types.js';

/**
 * The one-line stderr report of a bad JSON Lines record, e.g.
 * `pinyin-gloss: corpus.jsonl:12: not valid JSON (…); kept unchanged`.
 */
export function formatBadLine(file: string | undefined, bad: BadLine, policy: BadLinePolicy): string {
  const what = bad.replaced ? 'decoded with U+FFFD (--encoding-errors replace)' : { keep: 'kept unchanged', skip: 'skipped', fail: 'stopping (use --on-bad-line keep or skip to go on)' }[policy];
  return `pinyin-gloss: ${file ?? '<stdin>'}:${bad.line}: ${bad.reason}; ${what}`;
}
