import { describe, expect, test } from 'vitest';
import { findGlosses } from '../../src/find/index.js';

describe('findGlosses', () => {
  test.each(['', '   ', 'plain (text)', '党群服务站(受访者供图)', '达莎(Dasha)'])('sane defaults: none in %j', (text) => {
    expect(findGlosses(text)).toEqual([]);
  });

  test('offsets in the original text, the word, the pinyin as written, the reading in context', () => {
    const text = '我们赢得(yíngde)比赛，老旧小区改造（gai3 zao4）为起点。';
    expect(findGlosses(text)).toEqual([
      { start: 4, end: 12, wordStart: 2, wordEnd: 4, word: '赢得', pinyin: 'yíngde', expected: 'yíngdé', agrees: false, capitalized: false },
      { start: 21, end: 32, wordStart: 19, wordEnd: 21, word: '改造', pinyin: 'gai3 zao4', expected: 'gǎizào', agrees: true, capitalized: false },
    ]);
    for (const gloss of findGlosses(text)) {
      expect(text.slice(gloss.wordStart, gloss.wordEnd)).toBe(gloss.word);
      expect(text.slice(gloss.start + 1, gloss.end - 1)).toBe(gloss.pinyin);
    }
  });

  test('a repeated gloss is found each time, covering the same word', () => {
    expect(findGlosses('从一墙之隔到(dào)(dào)拆墙').map((g) => [g.start, g.end, g.wordStart, g.wordEnd, g.word])).toEqual([
      [6, 11, 5, 6, '到'],
      [11, 16, 5, 6, '到'],
    ]);
  });

  test('single characters glossed in a row', () => {
    expect(findGlosses('經(jīng)開(kāi)區(qū)').map((g) => `${g.word}:${g.pinyin}:${g.expected}:${g.agrees}`)).toEqual([
      '經:jīng:jīng:true',
      '開:kāi:kāi:true',
      '區:qū:qū:true',
    ]);
  });

  test('a character glossed on its own reads from the word it forms with its neighbours', () => {
    const read = (text: string) => findGlosses(text).map((g) => `${g.word}:${g.expected}:${g.agrees}`);
    // 好 and 给 are more common alone (hǎo, gěi), but a page that glosses
    // every character says nothing of where words end: 爱好, 供给.
    expect(read('他的爱(ài)好(hào)是读书，物资供(gōng)给(jǐ)充足')).toEqual([
      '爱:ài:true',
      '好:hào:true',
      '供:gōng:true',
      '给:jǐ:true',
    ]);
    // Grammatical characters keep their reading as words of their own.
    expect(read('为(wèi)了(le)解(jiě)决(jué)，吃(chī)了(le)')).toEqual([
      '为:wèi:true',
      '了:le:true',
      '解:jiě:true',
      '决:jué:true',
      '吃:chī:true',
      '了:le:true',
    ]);
  });

  test.each([
    ['银行(yin2hang2)的行长(hángzhǎng)', ['yínháng:true', 'hángzhǎng:true']],
    ['银行的行长(xíngzhǎng)', ['hángzhǎng:false']],
    ['说了(le)', ['le:true']],
    ['说了(le5)', ['le:true']],
    ['说了(lè)', ['le:false']],
    ['一点儿(yìdiǎnr)', ['yīdiǎnr:true']],
    ['改造(Gǎi Zào)', ['gǎizào:true']],
    ['改造(ga\u030cizao\u0300)', ['gǎizào:true']],
  ])('tones compared after normalising the written pinyin: %s', (text, gold) => {
    expect(findGlosses(text).map((g) => `${g.expected}:${g.agrees}`)).toEqual(gold);
  });

  test('a glossed span holding a function word reads it as one: 吃了(chīle), 都是(dōushì)', () => {
    const read = (text: string) => findGlosses(text).map((g) => `${g.word}:${g.expected}:${g.agrees}`);
    expect(read('我吃了(chīle)饭，大家都是(dōushì)朋友，他还在(háizài)家')).toEqual([
      '吃了:chīle:true',
      '都是:dōushì:true',
      '还在:háizài:true',
    ]);
    // Words that read them otherwise there keep their reading.
    expect(read('都市(dūshì)的夜，还原(huányuán)真相，一目了然，简单明了(míngliǎo)')).toEqual([
      '都市:dūshì:true',
      '还原:huányuán:true',
      '明了:míngliǎo:true',
    ]);
    // …and a wrong reading of the function word is still flagged.
    expect(read('吃了(chīliǎo)')).toEqual(['吃了:chīle:false']);
  });

  test('a syllable dictionaries write toneless agrees written either way', () => {
    for (const neutralTone of ['particles', 'dictionary'] as const) {
      const found = findGlosses('认识(rènshi)他，认识(rènshí)她，认识(rènshì)它', { neutralTone });
      expect(found.map((g) => g.agrees)).toEqual([true, true, false]);
      expect(found[0]!.expected).toBe(neutralTone === 'particles' ? 'rènshí' : 'rènshi');
    }
    // A particle's neutral tone is not optional.
    expect(findGlosses('他们(tāmén)').map((g) => g.agrees)).toEqual([false]);
  });
  test('toneSandhi reads 一 and 不 with their sandhi tones', () => {
    expect(findGlosses('一点儿(yìdiǎnr)', { toneSandhi: true }).map((g) => g.expected)).toEqual(['yìdiǎnr']);
  });

  test('dict overrides the reading of a glossed word', () => {
    expect(findGlosses('银行(yínxíng)', { dict: { 银行: 'yín xíng' } }).map((g) => `${g.expected}:${g.agrees}`)).toEqual([
      'yínxíng:true',
    ]);
  });

  test('spaced and toneless options find what strip() would remove', () => {
    expect(findGlosses('小区 (xiǎoqū)')).toEqual([]);
    expect(findGlosses('小区 (xiǎoqū)', { spaced: true }).map((g) => [g.start, g.wordEnd, g.word])).toEqual([[3, 2, '小区']]);
    expect(findGlosses('北京(Beijing)', { toneless: true }).map((g) => `${g.pinyin}:${g.expected}:${g.agrees}`)).toEqual([
      'Beijing:běijīng:false',
    ]);
  });

  test('readings written with a capital letter are found too, and say so', () => {
    const text = '汉语拼音(Hànyǔ Pīnyīn)是给汉字(hànzì)注音的方案，中国(Zhōngguó)';
    const found = (options?: { capitalized?: boolean }) =>
      findGlosses(text, options).map((g) => `${g.word}:${g.pinyin}:${g.agrees}:${g.capitalized}`);
    const all = ['汉语拼音:Hànyǔ Pīnyīn:true:true', '汉字:hànzì:true:false', '中国:Zhōngguó:true:true'];
    expect(found()).toEqual(all);
    expect(found({ capitalized: true })).toEqual(all);
    // A kept reading covers no later gloss: the repeat after it is text (strip keeps it too).
    expect(findGlosses('行长(Hángzhǎng)(hángzhǎng)').map((g) => g.pinyin)).toEqual(['Hángzhǎng']);
    expect(findGlosses('行长(Hángzhǎng)(hángzhǎng)', { capitalized: true }).map((g) => g.pinyin)).toEqual(['Hángzhǎng', 'hángzhǎng']);
  });

  test('errors', () => {
    expect(() => findGlosses(1 as never)).toThrow(expect.objectContaining({ code: 'INVALID_TYPE' }));
    expect(() => findGlosses('x', { toneSandhi: 'no' } as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(() => findGlosses('x', { dict: { 银行: 'nonsense!' } })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(() => findGlosses('x', { tone: 'mark' } as never)).toThrowErrorMatchingInlineSnapshot(`[PinyinGlossError: findGlosses: unknown option \`tone\`; known options are \`toneless\`, \`spaced\`, \`capitalized\`, \`toneSandhi\`, \`neutralTone\`, \`polyphones\`, \`dict\`]`);
  });
});
