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
  const { surnames, givenScores, surnameScores } = loadNameData();
  // Names are BMP characters: UTF-16 units are characters here (an astral
  // character simply scores as unseen). Scores are read by unit, no string
  // made, except for a compound surname.
  let surnameLength = 1;
  let score = surnameScores[word.charCodeAt(0)]!;
  if (word.length >= 3) {
    const compound = surnames.get(word.slice(0, 2));
    if (compound) {
      score = compound.score;
      surnameLength = 2;
    }
  }
  const givenLength = word.length - surnameLength;
  if (Number.isNaN(score) || givenLength < 1 || givenLength > 2) return undefined;
  for (let i = surnameLength; i < word.length; i++) {
    const given = givenScores[word.charCodeAt(i)]!;
    score += Number.isNaN(given) ? UNSEEN : given;
  }
  return score;
}
