import { loadNameData } from './loadNameData.js';

/** What a character not seen in given names scores. */
const UNSEEN = -3;

/**
 * How much `text[start…end)` looks like a Chinese person's name: a surname
 * (single or compound) followed by one or two given-name characters, scored
 * as the surname's log odds of starting a name plus each given character's
 * log odds of being in one (from jieba's name list, see data/names).
 * `undefined` when it does not start with a surname or is too short or long.
 * Read by UTF-16 unit on the text itself: the name step asks this of
 * spans of several tokens, and no string is made (names are BMP characters;
 * an astral character simply scores as unseen).
 */
export function scorePersonName(text: string, start = 0, end = text.length): number | undefined {
  const { givenScores, surnameScores, compoundStarts, surnames } = loadNameData();
  let surnameLength = 1;
  let score = surnameScores[text.charCodeAt(start)]!;
  if (end - start >= 3 && compoundStarts[text.charCodeAt(start)] === 1) {
    const compound = surnames.get(text.slice(start, start + 2));
    if (compound !== undefined) {
      score = compound.score;
      surnameLength = 2;
    }
  }
  const givenLength = end - start - surnameLength;
  if (Number.isNaN(score) || givenLength < 1 || givenLength > 2) return undefined;
  for (let i = start + surnameLength; i < end; i++) {
    const given = givenScores[text.charCodeAt(i)]!;
    score += Number.isNaN(given) ? UNSEEN : given;
  }
  // Back to tenths, as the tables give them: a sum of single-precision values
  // (3.1 − 0.6 + 1) must meet a threshold of 3.5, not fall a hair short.
  return Math.round(score * 10) / 10;
}
