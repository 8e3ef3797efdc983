import type { Token } from '../types.js';
import { hasNewNameStart, loadNameData, newNameKey } from './loadNameData.js';

/**
 * Names that jieba's dictionary lacks but CC-CEDICT lists (亚投行, 大湾区,
 * see data/names) come out whole and with their kind, also where jieba cut
 * across them (亚投|行将 → 亚投行|将): a listed name starting where a token
 * starts takes the characters it covers, and the rest of the last token it
 * reaches becomes a token of its own — unless that token is longer than two
 * characters (北京人民大会堂 is not 北京人|民大会堂). Takes a piece's tokens
 * (offsets from `offset`; `simple` is the piece's reading form) and returns
 * them cut, or the same array when nothing was cut (no copy made).
 */
export function cutAtNewNames(text: string, simple: string, offset: number, tokens: Token[]): Token[] {
  const { newNames, newNameStarts, kinds } = loadNameData();
  let cuts: Token[] | undefined; // the piece's tokens, once one was cut
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const from = token.start - offset;
    // Fast path: no name jieba lacks starts with the token's first three units (nearly every token).
    const lengths = hasNewNameStart(newNameStarts, simple, from) ? newNames.get(newNameKey(simple, from)) : undefined;
    // Only a name longer than the token can have been cut across (亚投|行将).
    let length: number | undefined;
    if (lengths !== undefined) {
      for (const candidate of lengths) {
        if (candidate > token.end - token.start && kinds.has(simple.slice(from, from + candidate))) {
          length = candidate;
          break;
        }
      }
    }
    if (length === undefined) {
      cuts?.push(token);
      continue;
    }
    // The token the name ends in (the name ends inside it or at its end).
    const end = token.start + length;
    let last = i;
    while (last + 1 < tokens.length && tokens[last]!.end < end) last++;
    // A name ending inside a longer word is no name there (北京人|民大会堂).
    if (tokens[last]!.end < end || (tokens[last]!.end > end && tokens[last]!.end - tokens[last]!.start > 2)) {
      cuts?.push(token);
      continue;
    }
    cuts ??= tokens.slice(0, i);
    const kind = kinds.get(simple.slice(from, from + length));
    const name: Token = { text: text.slice(from, end - offset), start: token.start, end };
    cuts.push(kind === undefined ? name : { ...name, kind });
    const rest = tokens[last]!;
    if (rest.end > end) cuts.push({ text: text.slice(end - offset, rest.end - offset), start: end, end: rest.end });
    i = last;
  }
  return cuts ?? tokens;
}
