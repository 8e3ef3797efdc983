import { describe, expect, test } from 'vitest';
import { annotate, annotateTokens } from '../../src/annotate/index.js';
import { joinSyllables, needsApostrophe } from '../../src/gloss/joinSyllables.js';
import { findGlosses, reannotate } from '../../src/find/index.js';
import { strip } from '../../src/strip/index.js';
import type { AnnotateOptions } from '../../src/types.js';

describe('needsApostrophe', () => {
  test.each([
    ['àn', true], ['an', true], ['an4', true], ['ō', true], ['èr', true], ['Ān', true], ['e', true],
    ['fāng', false], ['yī', false], ['wǔ', false], ['r', false], ['ㄢˋ', false], ['', false],
    // Every tone-marked a, o, e, small and capital; other accented letters through NFD (ế, decomposed à).
    ...[...'āáǎàōóǒòēéěèĀÁǍÀŌÓǑÒĒÉĚÈ'].map((vowel): [string, boolean] => [`${vowel}n`, true]),
    ['ế', true], ['a\u0300n', true], ['ǘ', false], ['Ń', false],
  ])('%j → %j', (syllable, expected) => {
    expect(needsApostrophe(syllable)).toBe(expected);
  });
});

describe('joinSyllables', () => {
  test.each<[string[], string, boolean, string]>([
    [['fāng', 'àn'], '', true, "fāng'àn"],
    [['Xī', 'ān'], '', true, "Xī'ān"],
    [['dì', 'èr', 'gè'], '', true, "dì'èrgè"],
    [['fang1', 'an4'], '', true, "fang1'an4"],
    [['fang', 'an'], '', true, "fang'an"],
    [['àn'], '', true, 'àn'],
    [['fāng', 'àn'], ' ', true, 'fāng àn'],
    [['fāng', 'àn'], '-', true, 'fāng-àn'],
    [['fāng', 'àn'], '', false, 'fāngàn'],
    [['yì', 'diǎn', 'r'], '', true, 'yìdiǎnr'],
    [['hǎi', 'ōu'], '', true, "hǎi'ōu"],
  ])('%j sep %j apostrophes %j → %j', (syllables, separator, apostrophes, expected) => {
    expect(joinSyllables(syllables, separator, apostrophes)).toBe(expected);
  });
});

describe('annotate spells pinyin with apostrophes', () => {
  test.each<[string, AnnotateOptions, string]>([
    ['方案', {}, "方案(fāng'àn)"],
    ['方案', { tone: 'number' }, "方案(fang1'an4)"],
    ['方案', { tone: 'none' }, "方案(fang'an)"],
    ['方案', { separator: ' ' }, '方案(fāng àn)'],
    ['方案', { apostrophes: false }, '方案(fāngàn)'],
    ['方案', { output: 'ruby' }, '<ruby>方案<rt>fāng&#39;àn</rt></ruby>'],
    ['两岸', { brackets: 'fullwidth' }, "两岸（liǎng'àn）"],
  ])('%s %j → %s', (input, options, expected) => {
    expect(annotate(input, options)).toBe(expected);
  });

  test('tokens keep their syllables as data, without apostrophes', () => {
    expect(annotateTokens('方案')[0]!.pinyin).toEqual(['fāng', 'àn']);
  });

  test('glosses with and without apostrophes are read back alike', () => {
    for (const glossed of ["方案(fāng'àn)", '方案(fāngàn)', '方案(fāng’àn)', "方案(fang1'an4)", "西安(xī'ān)"]) {
      expect(strip(glossed)).toBe(glossed.slice(0, 2));
      const [gloss] = findGlosses(glossed);
      expect(gloss?.word).toBe(glossed.slice(0, 2));
      expect(gloss?.agrees).toBe(true);
    }
  });

  test('reannotate writes them too', () => {
    expect(reannotate('方案(fāngàn)')).toBe("方案(fāng'àn)");
    expect(reannotate("方案(fāng'àn)", { apostrophes: false })).toBe('方案(fāngàn)');
  });

  test('a bad value is a typed error', () => {
    expect(() => annotate('方案', { apostrophes: 'yes' as unknown as boolean })).toThrow(/option `apostrophes` must be a boolean/);
  });
});
