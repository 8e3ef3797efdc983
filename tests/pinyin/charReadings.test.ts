import { describe, expect, test } from 'vitest';
import { charReadings, EXTRA_NEUTRAL_READINGS } from '../../src/pinyin/charReadings.js';
import { bareSyllable } from '../../src/gloss/tones.js';

const bares = (char: string) => charReadings(char.codePointAt(0)!)?.map((r) => r.bare);
const neutrals = (char: string) => charReadings(char.codePointAt(0)!)?.filter((r) => r.neutral).map((r) => r.bare);

describe('charReadings', () => {
  test.each([
    ['经', ['jing']], ['經', ['jing']], ['开', ['kai']], ['開', ['kai']],
    ['区', ['qu', 'ou']], ['區', ['qu', 'ou']], ['對', ['dui']], ['应', ['ying']], ['應', ['ying']],
    ['觉', ['jue', 'jiao']], ['覺', ['jue', 'jiao']], ['调', ['diao', 'tiao']], ['調', ['diao', 'tiao']],
    ['绿', ['lv', 'lu']], ['行', ['xing', 'hang']], ['长', ['chang', 'zhang']],
  ])('every reading of %s, simplified and traditional', (char, expected) => {
    expect(bares(char)).toEqual(expect.arrayContaining(expected));
  });

  test.each([
    ['了', 'le'], ['的', 'de'], ['们', 'men'], ['們', 'men'], ['么', 'me'], ['子', 'zi'], ['个', 'ge'], ['頭', 'tou'],
  ])('neutral-tone reading of %s: %s', (char, neutral) => {
    expect(neutrals(char)).toContain(neutral);
  });

  test('readings that are never neutral', () => {
    // 达 is neutral in 溜达 (liūda), but 莎 never is: `达莎(Dasha)` stays a name.
    expect(neutrals('莎')).toEqual([]);
    expect(neutrals('长')).toEqual([]);
  });

  test('a traditional character takes the readings of its simplified form', () => {
    expect(bares('輾')).toContain('nian');
    expect(bares('鑰')).toContain('yao');
  });

  test('neutral readings from dictionary words count (东西 dōngxi, 大夫 dàifu)', () => {
    expect(neutrals('西')).toContain('xi');
    expect(neutrals('夫')).toContain('fu');
  });

  test('erhua r for 儿 and 兒 only', () => {
    // zhuyin: ㄦ (U+3126) coded as the gloss scanner codes bopomofo, 0x80 + 0x26.
    const erhua = { bare: 'r', neutral: true, erhua: true, zhuyin: '\u00a6' };
    expect(charReadings('儿'.codePointAt(0)!)).toContainEqual(erhua);
    expect(charReadings('兒'.codePointAt(0)!)).toContainEqual(erhua);
    expect(bares('而')).not.toContain('r');
  });

  test('no reading: unknown characters and non-Han', () => {
    expect(charReadings('𠮷'.codePointAt(0)!)).toBeUndefined();
    expect(charReadings('a'.codePointAt(0)!)).toBeUndefined();
  });

  test('the extra neutral list only names characters', () => {
    for (const [char, reading] of Object.entries(EXTRA_NEUTRAL_READINGS)) {
      expect([...char]).toHaveLength(1);
      expect(reading).toMatch(/^[a-z]+$/);
    }
  });

  test.each([['lǜ', 'lv'], ['Zhōng', 'zhong'], ['ḿ', 'm'], ['ňg', 'ng'], ['ga\u030ci', 'gai'], ['le', 'le']])(
    'bareSyllable(%s) = %s',
    (syllable, bare) => {
      expect(bareSyllable(syllable)).toBe(bare);
    },
  );
});

describe('charReadings covers whatever annotate() can write', () => {
  test('every reading of the reading engine and of pinyin-pro alone', async () => {
    const { pinyin } = await import('pinyin-pro');
    const { loadReadingData } = await import('../../src/pinyin/loadReadingData.js');
    const missing: string[] = [];
    // `alone`: the reading may be a gloss on its own, so a toneless one must
    // count as neutral (a toneless gloss is kept otherwise); inside a word
    // another syllable's tone is the evidence.
    const check = (char: string, reading: string, alone: boolean) => {
      const bare = bareSyllable(reading);
      if (!/^[a-z]+$/.test(bare)) return;
      if (!bares(char)?.includes(bare)) missing.push(`${char}:${reading}`);
      else if (alone && bare === reading && !neutrals(char)?.includes(bare)) missing.push(`${char}:${reading} (neutral)`);
    };
    const data = loadReadingData();
    for (const [codePoint, reading] of data.chars) check(String.fromCodePoint(codePoint), reading.inWord, false);
    for (const [word, entry] of data.words as ReadonlyMap<string, string | readonly string[]>) {
      // The engine's word table: syllables as an array or joined by spaces.
      const readings = typeof entry === 'string' ? entry.split(' ') : entry;
      const toneless = readings.every((reading) => bareSyllable(reading) === reading);
      [...word].forEach((char, i) => check(char, readings[i]!, toneless));
    }
    for (let codePoint = 0x3400; codePoint < 0xa000; codePoint++) {
      const char = String.fromCharCode(codePoint);
      const alone = pinyin(char, { type: 'array' })[0];
      if (alone !== undefined && alone !== char) check(char, alone, true);
    }
    expect(missing).toEqual([]);
  });
});
