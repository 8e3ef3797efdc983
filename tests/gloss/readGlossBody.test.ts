import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { MAX_GLOSS_LENGTH } from '../../src/gloss/grammar.js';
import { match, matchGloss } from '../../src/strip/matchGloss.js';
import { BODY_INCOMPLETE, BODY_INVALID, BODY_OK, body, readGlossBody, readGlossBodyBytes } from '../../src/gloss/readGlossBody.js';

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

/** What a read leaves in `body` (the arrays up to the letters read). */
function snapshot(status: number) {
  if (status !== BODY_OK) return { status };
  const n = body.length;
  return {
    status,
    letters: [...body.letters.subarray(0, n)],
    marks: [...body.marks.subarray(0, n)],
    breaks: [...body.breaks.subarray(0, n + 1)],
    digitTones: [...body.digitTones.subarray(0, n + 1)].map((tone, k) => (body.breaks[k] === 2 ? tone : 0)),
    neutralBefore: body.zhuyin ? [...body.neutralBefore.subarray(0, n)] : [],
    maxSyllables: body.maxSyllables,
    hasTone: body.hasTone,
    capitalized: body.capitalized,
    zhuyin: body.zhuyin,
  };
}

// Characters of every kind a body may hold, or must not (2-, 3- and 4-byte UTF-8 among them).
const BODY_CHARS = [...'abgiozhunrAGZ ’\'-·:012345689āǎàüǚÜĀńḿ\u0301\u030c\u0308ㄅㄏㄨㄦˊˇˋˉ˙)）(（,汉𠮷é'];

describe('readGlossBodyBytes', () => {
  prop.prop([fc.array(fc.constantFrom(...BODY_CHARS), { maxLength: 24 }), fc.nat(24)], { numRuns: 3000 })(
    'reads UTF-8 bytes as readGlossBody reads the text, the end anywhere',
    (chars, cutAt) => {
      const text = chars.join('');
      const cut = Math.min(cutAt, text.length);
      // The text cut at a code unit; the bytes at the same place, or inside the character there.
      const textStatus = snapshot(readGlossBody(text.slice(0, cut), 0));
      const textClose = body.close;
      const bytes = Buffer.from(text.slice(0, cut));
      const byteStatus = snapshot(readGlossBodyBytes(bytes, 0, bytes.length));
      expect(byteStatus).toEqual(textStatus);
      if (textStatus.status === BODY_OK) expect(body.close).toBe(Buffer.byteLength(text.slice(0, textClose)));
      // A character cut in its bytes reads as the end of the input, unless
      // it is a 4-byte one, which no body holds (as its high surrogate on text).
      const whole = Buffer.from(text);
      const at = Buffer.byteLength(text.slice(0, cut));
      if (at + 1 < whole.length && (whole[at + 1]! & 0xc0) === 0x80) {
        const before = readGlossBodyBytes(whole, 0, at);
        const expected = before !== BODY_INCOMPLETE ? before : whole[at]! >= 0xf0 ? BODY_INVALID : BODY_INCOMPLETE;
        expect(readGlossBodyBytes(whole, 0, at + 1)).toBe(expected);
      }
    },
  );

  test('the length limit counts code units, as on text', () => {
    for (const body of ['ā'.repeat(MAX_GLOSS_LENGTH) + ')', 'ā'.repeat(MAX_GLOSS_LENGTH + 1) + ')', 'ā'.repeat(MAX_GLOSS_LENGTH)]) {
      const bytes = Buffer.from(body);
      expect(readGlossBodyBytes(bytes, 0, bytes.length)).toBe(readGlossBody(body, 0));
    }
  });
});
