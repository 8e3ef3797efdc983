import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { annotate, annotateTokens, findGlosses, PinyinGlossError, strip } from '../../src/index.js';
import { charReadings } from '../../src/pinyin/charReadings.js';
import { bareSyllable } from '../../src/gloss/tones.js';
import { loadPolyphoneModel } from '../../src/pinyin/model/loadPolyphoneModel.js';

describe('polyphones: the context model beside the dictionaries', () => {
  test.each([
    // 还 before what is paid back (a context rule both settings share)
    ['他还了钱', '他(tā)还(huán)了(le)钱(qián)'],
    ['我去还书', '我(wǒ)去(qù)还(huán)书(shū)'],
    ['他还书写得很好', '他(tā)还(hái)书写(shūxiě)得(de)很(hěn)好(hǎo)'],
    // 着急 split by its object; 所长 "strong points"; 海陆空 (corrected in the tables)
    ['你着什么急', '你(nǐ)着(zháo)什么(shénme)急(jí)'],
    ['发挥各自所长', '发挥(fāhuī)各自(gèzì)所长(suǒcháng)'],
    ['他是研究所所长。', '他(tā)是(shì)研究所(yánjiūsuǒ)所长(suǒzhǎng)。'],
    ['海陆空', '海陆空(hǎilùkōng)'],
    // 角 alone after a word: a corner set aside for an activity (the model reads jué)
    ['图书馆新设了读书角、亲子阅读区和纠纷调解角，居民可以随时来。', '图书馆(túshūguǎn)新设(xīnshè)了(le)读书(dúshū)角(jiǎo)、亲子(qīnzǐ)阅读(yuèdú)区(qū)和(hé)纠纷(jiūfēn)调解(tiáojiě)角(jiǎo)，居民(jūmín)可以(kěyǐ)随时(suíshí)来(lái)。'],
    // Real-text misreadings: 长高 (a word written for the tables), 一数 before 到,
    // readings the model never gives (划 huá, 矫 jiáo)
    ['孩子长高了。', '孩子(háizi)长高(zhǎnggāo)了(le)。'],
    ['从一数到十。', '从(cóng)一数(yīshǔ)到(dào)十(shí)。'],
    ['我们去公园划船吧。', '我们(wǒmen)去(qù)公园(gōngyuán)划船(huáchuán)吧(ba)。'],
    ['别矫情了，快走吧。', '别(bié)矫情(jiáoqing)了(le)，快(kuài)走(zǒu)吧(ba)。'],
  ])('%s', (text, expected) => {
    expect(annotate(text)).toBe(expected);
  });

  test.each([
    ['孩子长高了。', 'zhǎnggāo'],
    ['从一数到十。', 'yīshǔ'],
    ['我们去公园划船吧。', 'huáchuán'],
    ['别矫情了，快走吧。', 'jiáoqing'],
  ])('%s reads %s with the rules alone too', (text, reading) => {
    const readings = annotateTokens(text, { polyphones: 'rules' }).map((token) => token.pinyin?.join('') ?? '');
    expect(readings).toContain(reading);
  });

  test('一数 keeps its listed reading where 数 is not counting', () => {
    const readings = annotateTokens('一数就知道了。', { polyphones: 'rules' }).map((token) => token.pinyin?.join('') ?? '');
    expect(readings).toContain('yīshù');
  });

  test('a token the dictionary does not hold weighs like its characters alone: the model reads it (钻禧 zuànxǐ)', () => {
    const text = '今年是女王登基的钻禧之年。';
    const read = (polyphones: 'model' | 'rules'): string[] => annotateTokens(text, { polyphones }).map((token) => token.pinyin?.join('') ?? '');
    expect(read('rules')).toContain('zuānxǐ');
    expect(read('model')).toContain('zuànxǐ');
  });

  test('a recognised person keeps the surname reading: the model knows no surnames', () => {
    const readings = annotateTokens('单田芳说评书，他叫单小明。查良镛就是金庸。').map((token) => token.pinyin?.join('') ?? '');
    expect(readings).toEqual(expect.arrayContaining(['shàntiánfāng', 'shànxiǎomíng', 'zhāliángyōng']));
  });

  test('角 jué "role" stays in its words (配角, 主角)', () => {
    const readings = annotateTokens('她在电影里演了一个配角，后来又当上了主角。').map((token) => token.pinyin?.join('') ?? '');
    expect(readings).toEqual(expect.arrayContaining(['pèijué', 'zhǔjué']));
  });

  test('the model weighs the sentence, the dictionaries keep their listed words', () => {
    const text = '我们在银行门口排队，行长亲自出来为大家解答问题。他背着一个很重的书包。';
    const readings = annotateTokens(text).map((token) => token.pinyin?.join('') ?? '');
    expect(readings).toEqual(expect.arrayContaining(['yínháng', 'hángzhǎng', 'zhòng']));
  });

  test('common listed words keep their reading in a sentence (仿佛 fǎngfú, 目的 mùdì, 明了 míngliǎo)', () => {
    const text = '他仿佛明白了这次旅行的目的，一切都简单明了。';
    const readings = annotateTokens(text, { polyphones: 'model' }).map((token) => token.pinyin?.join('') ?? '');
    expect(readings).toEqual(expect.arrayContaining(['fǎngfú', 'mùdì', 'jiǎndānmíngliǎo']));
  });

  const decided = [...loadPolyphoneModel()!.decides.keys()].map((cp) => String.fromCodePoint(cp));
  const sentence = fc
    .array(fc.oneof(fc.constantFrom(...decided), fc.constantFrom('我', '们', '在', '，', '。', '很', '人', '大')), { minLength: 6, maxLength: 40 })
    .map((chars) => chars.join(''));
  propTest.prop([sentence], { numRuns: 60 })('every syllable is a reading of its written character, and strip(annotate(x)) === x', (text) => {
    for (const token of annotateTokens(text)) {
      if (token.pinyin === undefined) continue;
      const chars = [...token.text].filter((char) => /\p{Script=Han}/u.test(char));
      token.pinyin.forEach((syllable, i) => {
        const own = (charReadings(chars[i]!.codePointAt(0)!) ?? []).map((reading) => reading.bare);
        expect(own).toContain(bareSyllable(syllable));
      });
    }
    expect(strip(annotate(text))).toBe(text);
  });

  test('findGlosses expects the reading in context with the same default', () => {
    const [gloss] = findGlosses('他还(huán)了钱');
    expect(gloss?.expected).toBe('huán');
    expect(gloss?.agrees).toBe(true);
  });

  test('an invalid setting is a clear error', () => {
    expect(() => annotate('行长', { polyphones: 'neural' as never })).toThrow(PinyinGlossError);
    expect(() => annotate('行长', { polyphones: 'neural' as never })).toThrowErrorMatchingInlineSnapshot(
      `[PinyinGlossError: annotate: option \`polyphones\` must be one of 'model', 'rules', got 'neural']`,
    );
    expect(() => findGlosses('行长(hángzhǎng)', { polyphones: 1 as never })).toThrow(/polyphones/);
  });
});
