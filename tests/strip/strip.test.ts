import { describe, expect, test } from 'vitest';
import { PinyinGlossError } from '../../src/errors.js';
import { strip } from '../../src/strip/index.js';

describe('strip', () => {
  test.each([
    ['', ''],
    ['   ', '   '],
    ['plain Latin (text)', 'plain Latin (text)'],
    ['中文 and English mixed', '中文 and English mixed'],
    ['()', '()'],
    ['中()', '中()'],
  ])('sane defaults: %j', (input, output) => {
    expect(strip(input)).toBe(output);
  });

  // Positives: every gloss goes, nothing else moves.
  test.each([
    // The seed page's shapes.
    ['老旧小区改造(gǎizào)为起点', '老旧小区改造为起点'],
    ['党群服务站(fúwùzhàn)(受访者供图)', '党群服务站(受访者供图)'],
    ['从一墙之隔到(dào)(dào)拆墙并院', '从一墙之隔到拆墙并院'],
    ['活动空间变大了(le)，居民', '活动空间变大了，居民'],
    ['翻天覆地的(de)变化(biànhuà)。', '翻天覆地的变化。'],
    ['记者 黄晓庆(huángxiǎoqìng)摄影报道', '记者 黄晓庆摄影报道'],
    // Converter farms: single traditional characters, mid-word, in a row.
    ['經(jīng)開(kāi)區(qū)', '經開區'],
    ['小區(qū)與街區(qū)', '小區與街區'],
    ['《胖子行動(dòng)隊(duì)》', '《胖子行動隊》'],
    ['(記者 吳單 實(shí)習(xí)記者)', '(記者 吳單 實習記者)'],
    // Wrong readings for the context are still glosses.
    ['他在睡覺(jué)', '他在睡覺'],
    ['打開空調(diào)', '打開空調'],
    ['積極應(yīng)對', '積極應對'],
    ['中国(zhōngguō)', '中国'],
    // Japanese kanji glossed the same way.
    ['東京(dōngjīng)の空', '東京の空'],
    // Full-width brackets.
    ['改造（gǎizào）', '改造'],
    ['改造（gǎizào)', '改造'],
    // Separators between syllables.
    ['改造(gǎi zào)', '改造'],
    ["改造(gǎi'zào)", '改造'],
    ['改造(gǎi’zào)', '改造'],
    ['改造(gǎi-zào)', '改造'],
    ['改造(gǎi·zào)', '改造'],
    ['西安(xī’ān)', '西安'],
    // Tone digits, neutral as 5 or 0.
    ['改造(gai3zao4)', '改造'],
    ['改造(gai3 zao4)', '改造'],
    ['走了(zou3le5)', '走了'],
    ['走了(zou3le0)', '走了'],
    ['了(le5)', '了'],
    // NFD combining tone marks.
    ['改造(ga\u030cizao\u0300)', '改造'],
    ['绿色(lu\u0308\u0300se\u0300)', '绿色'],
    // ü as ü, v, u:.
    ['绿色(lǜsè)', '绿色'],
    ['绿色(lv4se4)', '绿色'],
    ['绿色(lu:4se4)', '绿色'],
    ['女儿(nǚ’ér)', '女儿'],
    ['女儿(nu3er2)', '女儿'],
    // Erhua r covers 儿.
    ['一点儿(yìdiǎnr)', '一点儿'],
    ['玩儿(wánr)去', '玩儿去'],
    ['一点儿(yi1dian3r)', '一点儿'],
    // Toneless neutral-tone readings are pinyin.
    ['我们的(de)', '我们的'],
    ['他們(men)', '他們'],
    ['桌子(zi)', '桌子'],
    ['他们(tāmen)', '他们'],
    // Joined syllables are split by the characters' readings.
    ['西安(xīān)', '西安'],
    ['先(xiān)', '先'],
    ['天安门(tiānānmén)', '天安门'],
    // The iteration mark reads as the character before it.
    ['好々(hǎohǎo)', '好々'],
    ['得(dé)々(dé)', '得々'],
    // Between other text, line breaks kept.
    ['第一行改造(gǎizào)\r\n第二行', '第一行改造\r\n第二行'],
  ])('removes the gloss: %s', (input, output) => {
    expect(strip(input)).toBe(output);
  });

  // Negatives: left exactly as they are.
  test.each([
    '可持续发展(development)',
    '总市值(market value)',
    '达莎(Dasha)',
    '伊芙吉尼亚·索托(EVEGENIA SOTO)',
    '奥数(OI)',
    '国民生产总值(GNP)',
    '6月(29)日',
    '图为李明(左一)',
    '党群服务站(受访者供图)',
    '北京日报(Beijing Daily)',
    '北京(Beijing)',
    '成立于(2023)',
    '首席执行官(CEO)',
    '服装(men)',
    // Wade-Giles.
    '毛泽东(Mao Tse-tung)',
    '蒋介石(Chiang Kai-shek)',
    '北京(Pei3-ching1)',
    // Citations.
    '研究表明(Gómez et al., 2013)',
    '研究表明(Gómez, 2013)',
    // After non-Han text.
    'abc(ā)',
    'iPhone(ài)',
    '2023(nián)',
    '“改造”(gǎizào)',
    // Spaced vocabulary entries by default.
    '小区 (xiǎoqū)',
    '小区　(xiǎoqū)',
    // Syllables that are not the characters' readings.
    '中国(zhōngmíng)',
    '改造(gǎizàohǎo)',
    // Toneless non-neutral syllables by default.
    '小区(xiaoqu)',
    '我们(women)',
    // Broken grammar.
    '改造(gǎizào',
    '改造((gǎizào)',
    '改造(gǎizào,)',
    '改造( gǎizào)',
    '改造(gǎizào )',
    '改造(gǎi  zào)',
    '改造(gǎi--zào)',
    '改造(GǍIZÀO)',
    '改造(gǎIzào)',
    '改造(gai9zao4)',
    '改造(3gaizao)',
    '改造(gǎ\u0301izào)',
    '了(r)',
    '𠮷(jí)',
    '々(dào)',
  ])('keeps %s', (input) => {
    expect(strip(input)).toBe(input);
  });

  test('every other character stays exactly: CRLF, NUL, lone surrogates, astral', () => {
    const input = '\uFEFFa\u0000b\r\n\uD800c改造(gǎizào)\uDC00𠮷\u2028了(le)\uD83D';
    expect(strip(input)).toBe('\uFEFFa\u0000b\r\n\uD800c改造\uDC00𠮷\u2028了\uD83D');
  });

  test.each([
    ['小区 (xiǎoqū)', '小区'],
    ['小区　(xiǎoqū)里', '小区里'],
    ['小区\u00a0\u00a0\u00a0(xiǎoqū)', '小区'],
    ['小区    (xiǎoqū)', '小区    (xiǎoqū)'],
    ['小区 (xiǎoqū) (xiǎoqū)', '小区'],
    ['小区(xiǎoqū)', '小区'],
    ['word (xiǎoqū)', 'word (xiǎoqū)'],
    ['小区\n(xiǎoqū)', '小区\n(xiǎoqū)'],
  ])('spaced: true also removes the spaces and gloss of %j', (input, output) => {
    expect(strip(input, { spaced: true })).toBe(output);
  });

  test.each([
    ['小区(xiaoqu)', '小区'],
    // Written with a capital: a reading kept as content unless capitalized: true.
    ['北京(Beijing)', '北京(Beijing)'],
    ['达莎(Dasha)', '达莎(Dasha)'],
    ['我们(women)', '我们'],
    ['可持续发展(development)', '可持续发展(development)'],
    ['国民生产总值(GNP)', '国民生产总值(GNP)'],
  ])('toneless: true accepts toneless glosses: %s', (input, output) => {
    expect(strip(input, { toneless: true })).toBe(output);
  });

  // Readings as encyclopedias and learner pages write them: content, kept by
  // default; content farms write their glosses in lowercase.
  test.each([
    ['汉语拼音(Hànyǔ Pīnyīn)是方案', '汉语拼音(Hànyǔ Pīnyīn)是方案', '汉语拼音是方案'],
    ['汉字(Hànzì)', '汉字(Hànzì)', '汉字'],
    ['中国(Zhōngguó)', '中国(Zhōngguó)', '中国'],
    ['黄晓庆(Huángxiǎoqìng)', '黄晓庆(Huángxiǎoqìng)', '黄晓庆'],
    ['黄晓庆(Huáng Xiǎoqìng)', '黄晓庆(Huáng Xiǎoqìng)', '黄晓庆'],
    ['安徽(Ānhuī)', '安徽(Ānhuī)', '安徽'],
    ['改造(Gai3 zao4)', '改造(Gai3 zao4)', '改造'],
    ['改造（Gǎizào）', '改造（Gǎizào）', '改造'],
    ['绿色(Lu\u0308\u0300se\u0300)', '绿色(Lu\u0308\u0300se\u0300)', '绿色'],
    // A kept reading covers no later gloss: the lowercase repeat follows `)`, not Han.
    ['行长(Hángzhǎng)(hángzhǎng)来', '行长(Hángzhǎng)(hángzhǎng)来', '行长来'],
    ['經(jīng)濟(Jìngjì)发展(fāzhǎn)', '經濟(Jìngjì)发展', '經濟发展'],
  ])('a reading with a capital letter stays unless capitalized: true: %s', (input, kept, removed) => {
    expect(strip(input)).toBe(kept);
    expect(strip(input, { capitalized: false })).toBe(kept);
    expect(strip(input, { capitalized: true })).toBe(removed);
  });

  test('capitalized: true with toneless: true also removes toneless capitalized glosses', () => {
    expect(strip('达莎(Dasha)北京(Beijing)', { toneless: true, capitalized: true })).toBe('达莎北京');
    expect(strip('达莎(Dasha)北京(Beijing)', { capitalized: true })).toBe('达莎(Dasha)北京(Beijing)');
  });

  test('a gloss covers at most 16 characters', () => {
    const word = '中华人民共和国中央人民政府国务院办公厅';
    // The last 16 characters 民共和国中央人民政府国务院办公厅, and one more (人).
    const sixteen = 'míngònghéguózhōngyāngrénmínzhèngfǔguówùyuànbàngōngtīng';
    expect(strip(`${word}(${sixteen})`)).toBe(word);
    expect(strip(`${word}(rén${sixteen})`)).toBe(`${word}(rén${sixteen})`);
  });

  test('a gloss body is at most 160 code units', () => {
    const word = '我'.repeat(16);
    const long = Array(16).fill('wo3').join('  ');
    expect(strip(`${word}(${Array(16).fill('wo3').join(' ')})`)).toBe(word);
    expect(strip(`${word}(${long})`)).toBe(`${word}(${long})`);
  });

  test('adversarial inputs finish and stay unchanged', () => {
    const opens = '('.repeat(200_000);
    expect(strip(opens)).toBe(opens);
    const unclosed = '改造(gǎi'.repeat(50_000);
    expect(strip(unclosed)).toBe(unclosed);
    const latin = `改造(${'a'.repeat(1_000_000)})`;
    expect(strip(latin)).toBe(latin);
    const repeats = `到${'(dào)'.repeat(100_000)}`;
    expect(strip(repeats)).toBe('到');
    const nested = '汉('.repeat(100_000);
    expect(strip(nested, { spaced: true, toneless: true })).toBe(nested);
  });

  test('errors: non-string input and bad options', () => {
    expect(() => strip(42 as unknown as string)).toThrowError(PinyinGlossError);
    expect(() => strip(42 as unknown as string)).toThrowErrorMatchingInlineSnapshot(`[PinyinGlossError: Expected text to be a string, got \`number\`]`);
    expect(() => strip(null as unknown as string)).toThrow(expect.objectContaining({ code: 'INVALID_TYPE' }));
    expect(() => strip('x', { spaced: 'yes' } as never)).toThrowErrorMatchingInlineSnapshot(`[PinyinGlossError: strip: option \`spaced\` must be a boolean, got 'yes']`);
    expect(() => strip('x', { capitalized: 1 } as never)).toThrowErrorMatchingInlineSnapshot(`[PinyinGlossError: strip: option \`capitalized\` must be a boolean, got 1]`);
    expect(() => strip('x', { tonless: true } as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(() => strip('x', [] as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });
});
