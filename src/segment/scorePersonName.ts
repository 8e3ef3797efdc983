import { loadNameData } from './loadNameData.js';

/** What a character not seen in given names scores. */
const UNSEEN = -3;

/**
 * How much `word` looks like a Chinese person's name: a surname (single or
 * compound) followed by one or two given-name characters, scored as the
 * surname's log odds of starting a name plus each given character's log odds
 * of being in one (from jieba's name list, see data/names). `undefined` when
 * it does not start with a surname or is too short or long.
 */
export function scorePersonName(word: string): number | undefined {
  const { surnames, given } = loadNameData();
  const chars = Array.from(word);
  let surnameLength = 1;
  let surname = surnames.get(chars[0]!);
  if (chars.length >= 3) {
    const compound = surnames.get(chars[0]! + chars[1]!);
    if (compound) {
      surname = compound;
      surnameLength = 2;
    }
  }
  const givenLength = chars.length - surnameLength;
  if (!surname || givenLength < 1 || givenLength > 2) return undefined;
  let score = surname.score;
  for (let i = surnameLength; i < chars.length; i++) score += given.get(chars[i]!) ?? UNSEEN;
  return score;
}
