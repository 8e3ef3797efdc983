import type { Token } from '../types.js';
import { hasNewNameStart, loadNameData, type NameData, newNameKey } from './loadNameData.js';

/**
 * Whether a name jieba's dictionary lacks, longer than `length`, may start
 * at `from` in `simple` (false: none does). Read for every token (`PieceCuts`),
 * so most are passed over at one read of a small, cache-friendly table:
 * names by their first unit, then by their first two (`newNameKey`), then
 * by their first three (`newNameStarts`, a bit set). Only a name longer than
 * the token can have been cut across (亚投|行将).
 */
export function mayStartNewName(simple: string, from: number, length: number, data: NameData): boolean {
  return (
    data.newNameFirstLongest[simple.charCodeAt(from)]! > length && data.newNameLongest[newNameKey(simple, from)]! > length && hasNewNameStart(data.newNameStarts, simple, from)
  );
}

/**
 * Names that jieba's dictionary lacks but CC-CEDICT lists (亚投行, 大湾区,
 * see data/names) come out whole and with their kind, also where jieba cut
 * across them (亚投|行将 → 亚投行|将): a listed name starting where a token
 * starts takes the characters it covers, and the rest of the last token it
 * reaches becomes a token of its own — unless that token is longer than two
 * characters (北京人民大会堂 is not 北京人|民大会堂). Rewrites a piece's
 * tokens in place (offsets from `offset`; `simple` is the piece's reading
 * form), looking only at the tokens at `candidates` (ascending indices, those
 * where `mayStartNewName`): a name and its rest take the place of the two or
 * more tokens they cover, so the array only shrinks and no copy is made.
 */
export function cutAtNewNames(text: string, simple: string, offset: number, tokens: Token[], candidates: readonly number[]): void {
  const { newNames, kinds } = loadNameData();
  // Tokens before `read` are done; those kept are at indices below `written` (never past `read`).
  let read = 0;
  let written = 0;
  for (const candidate of candidates) {
    if (candidate < read) continue; // inside a name cut out already
    if (written === read) written = read = candidate;
    else while (read < candidate) tokens[written++] = tokens[read++]!;
    const token = tokens[read]!;
    const from = token.start - offset;
    const lengths = newNames.get(newNameKey(simple, from));
    let length: number | undefined;
    if (lengths !== undefined) {
      for (const nameLength of lengths) {
        if (nameLength > token.end - token.start && kinds.has(simple.slice(from, from + nameLength))) {
          length = nameLength;
          break;
        }
      }
    }
    // The token the name ends in (the name ends inside it or at its end).
    const end = token.start + (length ?? 0);
    let last = read;
    while (length !== undefined && last + 1 < tokens.length && tokens[last]!.end < end) last++;
    const rest = tokens[last]!;
    // A name ending inside a longer word is no name there (北京人|民大会堂).
    if (length === undefined || rest.end < end || (rest.end > end && rest.end - rest.start > 2)) {
      tokens[written++] = token;
      read++;
      continue;
    }
    const kind = kinds.get(simple.slice(from, from + length));
    const nameText = text.slice(from, end - offset);
    tokens[written++] = kind === undefined ? { text: nameText, start: token.start, end } : { text: nameText, start: token.start, end, kind };
    if (rest.end > end) tokens[written++] = { text: text.slice(end - offset, rest.end - offset), start: end, end: rest.end };
    read = last + 1;
  }
  if (written === read) return;
  while (read < tokens.length) tokens[written++] = tokens[read++]!;
  tokens.length = written;
}
