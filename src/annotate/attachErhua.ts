import type { Token } from '../types.js';

/**
 * jieba often cuts an erhua 儿 off its word (门口/儿), and the reading engine
 * then reads the lone 儿 as `r`. A gloss `儿(r)` of its own reads badly and
 * is not in the gloss grammar (an erhua `r` ends the gloss of the word it
 * belongs to: `门口儿(ménkǒur)`), so such a 儿 joins the word right before
 * it; with no word to join (text starting with 儿), it reads `ér`.
 *
 * Returns the tokens and readings unchanged (the same arrays) when there is
 * nothing to do, which is nearly always.
 */
export function attachErhua(
  tokens: readonly Token[],
  readings: readonly (readonly string[] | undefined)[],
): { tokens: readonly Token[]; readings: readonly (readonly string[] | undefined)[] } {
  let found = false;
  for (let i = 0; i < tokens.length && !found; i++) found = isLoneErhua(tokens[i]!, readings[i]);
  if (!found) return { tokens, readings };
  const outTokens: Token[] = [];
  const outReadings: (readonly string[] | undefined)[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const reading = readings[i];
    if (!isLoneErhua(token, reading)) {
      outTokens.push(token);
      outReadings.push(reading);
      continue;
    }
    const last = outTokens.length - 1;
    const previous = outTokens[last];
    const previousReading = outReadings[last];
    if (previous !== undefined && previousReading !== undefined && previous.end === token.start && previousReading.at(-1) !== 'r') {
      outTokens[last] = { text: previous.text + token.text, start: previous.start, end: token.end };
      outReadings[last] = [...previousReading, 'r'];
    } else {
      outTokens.push(token);
      outReadings.push(['ér']);
    }
  }
  return { tokens: outTokens, readings: outReadings };
}

/** 儿, and 兒 of traditional text. */
const ER = 0x513f;
const TRADITIONAL_ER = 0x5152;

function isLoneErhua(token: Token, reading: readonly string[] | undefined): boolean {
  // Code units, not strings: this runs for every token of every text.
  if (token.text.length !== 1) return false;
  const unit = token.text.charCodeAt(0);
  return (unit === ER || unit === TRADITIONAL_ER) && reading?.length === 1 && reading[0] === 'r';
}
