import { describe, expect, test } from 'vitest';
import { MAX_GLOSS_LENGTH } from '../../src/gloss/grammar.js';
import { match, matchGloss } from '../../src/strip/matchGloss.js';
import { BODY_INCOMPLETE, BODY_OK, body, readGlossBody } from '../../src/gloss/readGlossBody.js';

/** Reads `(…)` at the start of `gloss` and matches it against `word`. */
function read(word: string, gloss: string, neutral = false): string[] | string {
  const status = readGlossBody(gloss, 1);
  if (status !== BODY_OK) return status === BODY_INCOMPLETE ? 'incomplete' : 'invalid';
  const chars = [...word].reverse().map((char) => char.codePointAt(0)!);
  const covered = matchGloss(chars, chars.length, neutral);
  if (covered === 0) return 'no match';
  const syllables: string[] = [];
  for (let i = covered - 1; i >= 0; i--) {
    let letters = '';
    for (let k = match.starts[i]!; k < match.ends[i]!; k++) letters += String.fromCharCode(body.letters[k]!);
    syllables.push(`${letters}${match.tones[i]}`);
  }
  return syllables;
}

describe('readGlossBody + matchGloss', () => {
  test.each([
    ['改造', '(gǎizào)', ['gai3', 'zao4']],
    ['改造', '(gai3zao4)', ['gai3', 'zao4']],
    ['改造', '(Gǎi Zào)', ['gai3', 'zao4']],
    ['改造', '(ga\u030cizao\u0300)', ['gai3', 'zao4']],
    ['老旧小区改造', '(gǎizào)', ['gai3', 'zao4']],
    ['西安', '(xīān)', ['xi1', 'an1']],
    ['先', '(xiān)', ['xian1']],
    ['绿色', '(lu:4se4)', ['lv4', 'se4']],
    ['绿色', '(lǜsè)', ['lv4', 'se4']],
    ['一点儿', '(yìdiǎnr)', ['yi4', 'dian3', 'r0']],
    ['走了', '(zou3le5)', ['zou3', 'le5']],
    ['走了', '(zou3le0)', ['zou3', 'le5']],
    ['了', '(le)', ['le0']],
    ['好々', '(hǎohǎo)', ['hao3', 'hao3']],
  ])('%s%s', (word, gloss, syllables) => {
    expect(read(word, gloss)).toEqual(syllables);
  });

  test.each([
    ['改造', '(gǎizào', 'incomplete'],
    ['改造', '(gǎi,zào)', 'invalid'],
    ['改造', '(gǎiZào)', 'invalid'],
    ['改造', '(gǎi  zào)', 'invalid'],
    ['改造', '( gǎizào)', 'invalid'],
    ['改造', '(gǎi-)', 'invalid'],
    ['改造', '(3gai)', 'invalid'],
    ['改造', '(gai7)', 'invalid'],
    ['改造', '(ga\u030c\u0300i)', 'invalid'],
    ['改造', '()', 'invalid'],
    ['改造', `(${'a'.repeat(MAX_GLOSS_LENGTH + 1)})`, 'invalid'],
    ['改造', `(${'a'.repeat(MAX_GLOSS_LENGTH - 1)}`, 'incomplete'],
    ['改造', '(gǎi3zào)', 'no match'],
    ['改造', '(gǎ-izào)', 'no match'],
    ['达莎', '(dasha)', 'no match'],
  ])('%s%s: %s', (word, gloss, verdict) => {
    expect(read(word, gloss, !gloss.match(/[0-9\u0300-\u030c]|[^\x00-\x7f]/))).toBe(verdict);
  });

  test('a toneless body must be neutral readings, not only erhua', () => {
    expect(read('了', '(le)', true)).toEqual(['le0']);
    expect(read('儿', '(r)', true)).toBe('no match');
    expect(read('他们', '(tamen)', true)).toBe('no match');
    expect(read('他们', '(tamen)', false)).toEqual(['ta0', 'men0']);
  });
});
