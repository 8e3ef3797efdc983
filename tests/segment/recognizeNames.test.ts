import { describe, expect, test } from 'vitest';
import { annotate, annotateTokens } from '../../src/annotate/index.js';
import { segment } from '../../src/segment/index.js';
import { strip } from '../../src/strip/index.js';
import { reannotate } from '../../src/find/index.js';

// Sentences written for these tests; the names are the five that came out cut
// on real news pages (郭|少华, 周|婉|婷, 拉加|德, 亚投|行将, 大湾|区), and the
// surnames that read otherwise as common words.

const texts = (text: string) => segment(text).map((token) => token.text);
const kindOf = (text: string, word: string) => segment(text).find((token) => token.text === word)?.kind;

describe('names in segment', () => {
  test.each([
    ['记者郭少华昨天在会上发言', ['记者', '郭少华', '昨天', '在', '会上', '发言']],
    ['校长周婉婷和老师们一起种树', ['校长', '周婉婷', '和', '老师', '们', '一起', '种树']],
    ['拉加德表示通胀仍然偏高', ['拉加德', '表示', '通胀', '仍然', '偏高']],
    ['亚投行将于明年召开理事会', ['亚投行', '将', '于', '明年', '召开', '理事会']],
    ['大湾区的交通越来越方便', ['大湾区', '的', '交通', '越来越', '方便']],
  ])('the five names of the issue come out whole: %s', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  test.each([
    ['a name joined by a dot', '司法部长卡洛斯·阿马特在会上发言', '卡洛斯·阿马特', 'person'],
    ['surname + given name cut by jieba', '他曾坤说过这件事', '曾坤', 'person'],
    ['surname + a given name that is a word', '记者袁步兵报道', '袁步兵', 'person'],
    ['a place with its suffix', '维也纳市最近下了雪', '维也纳市', 'place'],
    ['a listed place', '我们去了西安', '西安', 'place'],
    ['an organisation jieba lacks', '亚投行将于明年召开理事会', '亚投行', 'organization'],
  ])('%s: %s', (_name, text, word, kind) => {
    expect(texts(text)).toContain(word);
    expect(kindOf(text, word)).toBe(kind);
  });

  test.each([
    ['a facility after a place', '我们坐车到了虹桥机场', '虹桥机场'],
    ['a facility after a name jieba lacks', '船停在汉巴大桥下面', '汉巴大桥'],
    ['a facility after a person listed by jieba', '走进伊丽莎白体育馆', '伊丽莎白体育馆'],
    ['a village suffix after a proper noun of the dictionary', '山泉乡的桃花开了', '山泉乡'],
    ['a village suffix after a common noun', '书房村的农家乐很热闹', '书房村'],
    ['two lone characters before a town suffix', '他家就在泥汊镇东头', '泥汊镇'],
    ['a district suffix after a name read as a person', '我们去苏扎克区看看', '苏扎克区'],
  ])('places stay whole: %s', (_name, text, word) => {
    expect(texts(text)).toContain(word);
    expect(kindOf(text, word)).toBe('place');
  });

  test.each([
    ['a common noun before a district suffix', '暖温带的阔叶林区很大', ['阔叶林', '区']],
    ['a verb before a city', '这件事需要市里批准', ['需要', '市里']],
    ['a determiner before a county', '我们县的学校', ['我们', '县']],
  ])('no place is made of a word and a suffix: %s', (_name, text, expected) => {
    const tokens = texts(text);
    const at = tokens.indexOf(expected[0]!);
    expect(tokens.slice(at, at + expected.length)).toEqual(expected);
  });

  test.each([
    ['a given name that is a word, known as a given name', '画家江宏伟的作品很受欢迎', '江宏伟'],
    ['a middle character names seldom hold', '秘书长徐起超、副主任王明出席', '徐起超'],
    ['a weak surname that is grammar yields to the next one', '他和方炳祯一起去了', '方炳祯'],
    ['the last character glued to the next word by the dictionary', '了解赵致真的人都知道', '赵致真'],
    ['the last character glued to the next one by the HMM', '大家都说范培开习字很认真', '范培开'],
  ])('persons stay whole: %s', (_name, text, word) => {
    expect(texts(text)).toContain(word);
    expect(kindOf(text, word)).toBe('person');
  });

  test.each([
    ['a lone character between two parts of a transliterated name', '研究员格雷特施莱格说', '格雷特施莱格'],
    ['a land feature glued to the next word', '游客被三皇山卖门票的做法吓到了', '三皇山'],
    ['a title after an organisation holding grammar', '他是澳门日报社长', '澳门日报社'],
  ])('names cut out of what crossed them: %s', (_name, text, word) => {
    expect(texts(text)).toContain(word);
  });

  test.each([
    ['a preposition that is a surname, before a place', '向上海出发', ['向', '上海']],
    ['a preposition that is a surname, before a transliterated name', '他们向梅尔道别', ['向', '梅尔']],
    ['a determiner before a title', '其他部长都来了', ['其他', '部长']],
  ])('no person is made of grammar: %s', (_name, text, expected) => {
    const tokens = texts(text);
    const at = tokens.indexOf(expected[0]!);
    expect(tokens.slice(at, at + expected.length)).toEqual(expected);
  });

  test('ordinary words carry no kind', () => {
    expect(segment('今天天气很好').every((token) => token.kind === undefined)).toBe(true);
  });

  test.each([
    ['说 is not glued after a name', '班长赵华说，大家都来了', ['班长', '赵华', '说']],
    ['和 is not glued before a name', '他们在和芬兰外长会谈', ['和', '芬兰', '外长']],
    ['a title is cut off its organisation', '美国财政部长今天表示', ['美国', '财政部', '长']],
    ['a name jieba lacks is cut out of a word it crossed', '亚投行将于明年召开理事会', ['亚投行', '将']],
  ])('no token crosses a word: %s', (_name, text, expected) => {
    const tokens = texts(text);
    const at = tokens.indexOf(expected[0]!);
    expect(at).not.toBe(-1);
    expect(tokens.slice(at, at + expected.length)).toEqual(expected);
  });
});

describe('names in annotate', () => {
  test.each([
    ['记者曾坤报道', '曾坤', ['zēng', 'kūn']],
    ['记者单小明报道', '单小明', ['shàn', 'xiǎo', 'míng']],
    ['仇小平同志来了', '仇小平', ['qiú', 'xiǎo', 'píng']],
    ['记者解小东报道', '解小东', ['xiè', 'xiǎo', 'dōng']],
    ['记者朴小英报道', '朴小英', ['piáo', 'xiǎo', 'yīng']],
    ['查小红说她明天来', '查小红', ['zhā', 'xiǎo', 'hóng']],
    ['盖小丽说她明天来', '盖小丽', ['gě', 'xiǎo', 'lì']],
  ])('a surname reads as a surname: %s', (text, word, pinyin) => {
    const token = annotateTokens(text).find((candidate) => candidate.text === word);
    expect(token).toMatchObject({ pinyin, kind: 'person' });
  });

  test.each([
    ['单先生来了', '单', 'shàn'],
    ['我找曾女士', '曾', 'zēng'],
    ['查老师说她明天来', '查', 'zhā'],
  ])('a surname alone before a form of address reads as a surname: %s', (text, word, syllable) => {
    const token = annotateTokens(text).find((t) => t.text === word);
    expect(token?.pinyin).toEqual([syllable]);
  });

  test('a word that is not a surname keeps its reading before a form of address', () => {
    expect(annotateTokens('单位领导和老师').find((t) => t.text === '单位')?.pinyin).toEqual(['dān', 'wèi']);
  });

  test('a compound surname with two given characters stays whole, the second one grammar elsewhere', () => {
    const token = annotateTokens('欧阳明月是他们的同学').find((t) => t.text.startsWith('欧阳'));
    expect(token).toMatchObject({ text: '欧阳明月', pinyin: ['ōu', 'yáng', 'míng', 'yuè'], kind: 'person' });
  });

  test('the five names read right', () => {
    expect(annotate('记者郭少华昨天在会上发言')).toContain('郭少华(guōshàohuá)');
    expect(annotate('校长周婉婷和老师们一起种树')).toContain('周婉婷(zhōuwǎntíng)');
    expect(annotate('拉加德表示通胀仍然偏高')).toContain('拉加德(lājiādé)');
    expect(annotate('亚投行将于明年召开理事会')).toContain('亚投行(yàtóuháng)将(jiāng)');
    expect(annotate('大湾区的交通越来越方便')).toContain('大湾区(dàwānqū)');
  });

  test('a title cut off its organisation still reads as a title', () => {
    expect(annotate('芬兰农林部长昨天抵达')).toContain('农林部(nónglínbù)长(zhǎng)');
  });

  test.each([
    ['记者郭少华昨天在会上发言', '郭少华(Guō Shàohuá)'],
    ['我们去了西安', "西安(Xī'ān)"],
    ['作家欧阳小明昨天来了', '欧阳小明(Ōuyáng Xiǎomíng)'],
    ['司法部长卡洛斯·阿马特在会上发言', '卡洛斯(Kǎluòsī)·阿马特(Āmǎtè)'],
  ])("properNouns: 'capitalize' writes names as the standard does: %s", (text, expected) => {
    const glossed = annotate(text, { properNouns: 'capitalize' });
    expect(glossed).toContain(expected);
    expect(strip(glossed, { capitalized: true })).toBe(text); // capitalized readings are read back with capitalized: true
  });

  test('the default writes names in the source style, lowercase', () => {
    expect(annotate('我们去了西安')).toContain("西安(xī'ān)");
    expect(annotate('记者郭少华昨天在会上发言', { properNouns: 'lowercase' })).toContain('郭少华(guōshàohuá)');
  });

  test('ruby output spells names too', () => {
    expect(annotate('我们去了西安', { properNouns: 'capitalize', output: 'ruby' })).toContain("<ruby>西安<rt>Xī&#39;ān</rt></ruby>");
  });

  test('an invalid properNouns is a typed error naming it', () => {
    expect(() => annotate('西安', { properNouns: 'upper' as never })).toThrow(/properNouns/);
    expect(() => reannotate('西安(xī\'ān)', { properNouns: 'upper' as never })).toThrow(/reannotate: option `properNouns`/);
  });

  test('apostrophes: false writes names without them too', () => {
    expect(annotate('我们去了西安', { properNouns: 'capitalize', apostrophes: false })).toContain('西安(Xīān)');
  });

  test('zhuyin has no capitals: names are written like other words', () => {
    expect(annotate('我们去了西安', { properNouns: 'capitalize', system: 'zhuyin' })).toBe(annotate('我们去了西安', { system: 'zhuyin' }));
  });

  test('reannotate spells glossed names as the standard writes them', () => {
    const text = "记者郭少华(guōshàohuá)去了西安(xī'ān)，在会上(huìshàng)发言";
    expect(reannotate(text, { properNouns: 'capitalize' })).toBe("记者郭少华(Guō Shàohuá)去了西安(Xī'ān)，在会上(huìshàng)发言");
    expect(reannotate(text, { properNouns: 'capitalize', output: 'ruby' })).toContain('<ruby>郭少华<rt>Guō Shàohuá</rt></ruby>');
    expect(reannotate(text)).toBe(text);
  });
});
