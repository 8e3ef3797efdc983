import { describe, expect, test } from 'vitest';
import { MODAL_PARTICLES, readTokens } from '../../src/pinyin/readTokens.js';
import type { Token } from '../../src/types.js';
import { PARTICLE_CHARS } from '../../src/data/readingData.generated.js';
import { readInContext } from '../../src/pinyin/readInContext.js';
import { loadReadingData } from '../../src/pinyin/loadReadingData.js';
import type { ReadingOptions } from '../../src/types.js';

/** Tokens for `words` laid end to end, as a segmenter would give them. */
function tokensOf(words: readonly string[]): Token[] {
  let start = 0;
  return words.map((text) => {
    const token = { text, start, end: start + text.length };
    start = token.end;
    return token;
  });
}

/** Each word's syllables joined with spaces ('-' when it has none). */
function read(words: readonly string[], options?: ReadingOptions): string[] {
  return readTokens(words.join(''), tokensOf(words), options).map((syllables) => syllables?.join(' ') ?? '-');
}

describe('readTokens', () => {
  describe('sane defaults', () => {
    test('empty text and no tokens give no readings', () => {
      expect(readTokens('', [])).toEqual([]);
    });
    test.each([
      [['abc'], ['-']],
      [[' ', '123', '，'], ['-', '-', '-']],
      [['Hi', '你好', '!'], ['-', 'nǐ hǎo', '-']],
    ])('tokens without Han characters have no reading: %j', (words, expected) => {
      expect(read(words)).toEqual(expected);
    });
    test('syllables of n and m alone are readings too', () => {
      expect(read(['嗯', '，', '好'])).toEqual(['ǹg', '-', 'hǎo']);
      expect(read(['呣'])).toEqual(['ḿ']);
    });
    test('a Han character without a known reading leaves its token undefined', () => {
      expect(read(['𠮷', '野家'])).toEqual(['-', 'yě jiā']);
    });
    test('tokens need not cover the text, and are read in its context', () => {
      const text = '银行行长说';
      expect(readTokens(text, [{ text: '行长', start: 2, end: 4 }])).toEqual([['háng', 'zhǎng']]);
    });
    test('syllables are NFC', () => {
      for (const syllables of readTokens('女儿长大了', tokensOf(['女儿', '长大', '了']))) {
        for (const syllable of syllables ?? []) expect(syllable).toBe(syllable.normalize('NFC'));
      }
    });
  });

  describe('words read in context', () => {
    test.each([
      [['银行', '行长'], ['yín háng', 'háng zhǎng']],
      [['他', '的', '心脏'], ['tā', 'de', 'xīn zàng']],
      [['警察', '逮捕', '了', '他'], ['jǐng chá', 'dài bǔ', 'le', 'tā']],
      [['长度', '很', '长'], ['cháng dù', 'hěn', 'cháng']],
      [['他', '长大', '了'], ['tā', 'zhǎng dà', 'le']],
      [['重庆', '重要'], ['chóng qìng', 'zhòng yào']],
      // V得C: the particle de, though @pinyin-pro/data writes dé for some.
      [['吃得了', '受得了', '不得了'], ['chī de liǎo', 'shòu de liǎo', 'bù dé liǎo']],
      [['音乐', '快乐'], ['yīn yuè', 'kuài lè']],
      [['首都', '都', '是'], ['shǒu dū', 'dōu', 'shì']],
      [['还钱', '还', '是'], ['huán qián', 'hái', 'shì']],
      [['的确', '目的'], ['dí què', 'mù dì']],
      [['翻天覆地', '的'], ['fān tiān fù dì', 'de']],
      [['变', '大', '了', '。'], ['biàn', 'dà', 'le', '-']],
      [['看', '着', '我'], ['kàn', 'zhe', 'wǒ']],
    ])('%j', (words, expected) => {
      expect(read(words)).toEqual(expected);
    });
    test('a character in a word the dictionary lacks gets its usual in-word reading', () => {
      // 蛤 is gé in clam names (文蛤, 蛤蜊), há only in 蛤蟆.
      expect(read(['帘', '蛤', '科'])).toEqual(['lián', 'gé', 'kē']);
    });
  });

  describe('names and terms', () => {
    test.each([
      // A name of CC-CEDICT's, which @pinyin-pro/data reads like 名媛 yuàn.
      [['彭丽媛', '唱歌'], ['péng lì yuán', 'chàng gē']],
      [['名媛'], ['míng yuàn']],
      // A character every dictionary word reads one way, and alone another
      // (仡 yì alone, but 仡佬 gēlǎo, 枝杈 zhīchà): the words are listed.
      [['仡佬', '人'], ['gē lǎo', 'rén']],
      [['树', '的', '枝杈'], ['shù', 'de', 'zhī chà']],
    ])('%j', (words, expected) => {
      expect(read(words)).toEqual(expected);
    });
    test('a lone character reads as part of a listed word it forms with its neighbours', () => {
      // 心脏 split by a segmenter that did not know it: 脏 is still zàng.
      expect(read(['他', '的', '心', '脏', '好'])).toEqual(['tā', 'de', 'xīn', 'zàng', 'hǎo']);
      // …but not when the word would cross into another token's listed word.
      expect(read(['肮', '脏'])).toEqual(['āng', 'zāng']);
      // Only whole neighbouring tokens join: 说中 shuōzhòng would cut 传说.
      expect(read(['传说', '中', '的', '英雄'])).toEqual(['chuán shuō', 'zhōng', 'de', 'yīng xióng']);
      expect(read(['炮', '击', '中'])).toEqual(['pào', 'jī', 'zhòng']);
      // A side no token touches (findGlosses passes glossed spans only) is open.
      expect(readTokens('他的心脏', [{ text: '脏', start: 3, end: 4 }])).toEqual([['zàng']]);
    });
    test('a longer token the dictionary lacks reads the listed words inside it', () => {
      expect(read(['银行家们'])).toEqual(['yín háng jiā men']);
      // …but a dictionary word is read as a whole, not from a listed word
      // inside it (行员 hángyuán, 长城 in 万里长城 is listed too).
      expect(read(['飞行员', '走', '人行道'])).toEqual(['fēi xíng yuán', 'zǒu', 'rén xíng dào']);
      expect(read(['万里长城'])).toEqual(['wàn lǐ cháng chéng']);
      // A listed word with an astral character: syllables count code points.
      expect(read(['𬘡缊之'])).toEqual(['yīn yūn zhī']);
    });
  });

  describe('erhua', () => {
    test.each([
      [['给', '我', '一点儿', '水'], ['gěi', 'wǒ', 'yī diǎn r', 'shuǐ']],
      [['你', '去', '哪儿'], ['nǐ', 'qù', 'nǎ r']],
      [['这儿', '那儿'], ['zhè r', 'nà r']],
      [['儿子', '和', '女儿'], ['ér zi', 'hé', 'nǚ ér']],
      // Split from its word by a segmenter, or inside a longer unknown one.
      [['你', '去', '哪', '儿'], ['nǐ', 'qù', 'nǎ', 'r']],
      [['一点儿水'], ['yī diǎn r shuǐ']],
    ])('%j', (words, expected) => {
      expect(read(words)).toEqual(expected);
    });
  });

  describe('一 and 不', () => {
    test.each([
      [['一个', '人', '不', '对'], false, ['yī gè', 'rén', 'bù', 'duì']],
      [['一个', '人', '不', '对'], true, ['yí gè', 'rén', 'bú', 'duì']],
      [['给', '我', '一点儿'], true, ['gěi', 'wǒ', 'yì diǎn r']],
      [['一', '只', '猫'], false, ['yī', 'zhī', 'māo']],
      [['一', '天', '一', '年', '一', '起'], true, ['yì', 'tiān', 'yì', 'nián', 'yì', 'qǐ']],
      [['说', '一', '说', '好', '不', '好'], true, ['shuō', 'yi', 'shuō', 'hǎo', 'bu', 'hǎo']],
      [['统一', '认识'], true, ['tǒng yī', 'rèn shi']],
      [['第', '一'], true, ['dì', 'yī']],
      [['不', '的'], true, ['bù', 'de']],
    ])('%j with toneSandhi %s', (words, toneSandhi, expected) => {
      expect(read(words, { toneSandhi })).toEqual(expected);
    });
    test('citation tones by default', () => {
      expect(read(['不', '对'])).toEqual(['bù', 'duì']);
    });
  });

  describe('function characters alone as a token', () => {
    test.each([
      [['他', '跑', '得', '很快'], ['tā', 'pǎo', 'de', 'hěn kuài']],
      [['说', '得', '不', '对'], ['shuō', 'de', 'bù', 'duì']],
      [['他', '得', '了', '第一'], ['tā', 'dé', 'le', 'dì yī']],
      [['慢慢', '地', '走'], ['màn màn', 'de', 'zǒu']],
      [['在', '该', '地'], ['zài', 'gāi', 'dì']],
      [['这块', '地', '很大'], ['zhè kuài', 'dì', 'hěn dà']],
      [['他', '认真', '地', '学习'], ['tā', 'rèn zhēn', 'de', 'xué xí']],
      [['两', '只', '鸟'], ['liǎng', 'zhī', 'niǎo']],
      [['我', '只', '想', '睡觉'], ['wǒ', 'zhǐ', 'xiǎng', 'shuì jiào']],
      [['为', '人民', '服务'], ['wèi', 'rén mín', 'fú wù']],
      [['我们', '要', '为', '大家'], ['wǒ men', 'yào', 'wèi', 'dà jiā']],
      [['他', '被', '评', '为', '英雄'], ['tā', 'bèi', 'píng', 'wéi', 'yīng xióng']],
      [['女性', '为', '一半'], ['nǚ xìng', 'wéi', 'yī bàn']],
      [['在', '节日', '里', '为', '老人', '送去'], ['zài', 'jié rì', 'lǐ', 'wèi', 'lǎo rén', 'sòng qù']],
      [['数', '一', '数'], ['shǔ', 'yī', 'shǔ']],
      [['数', '不清'], ['shǔ', 'bù qīng']],
      [['数', '十', '个'], ['shù', 'shí', 'gè']],
      [['他', '是', '参', '将', '。'], ['tā', 'shì', 'cān', 'jiàng', '-']],
      [['他', '将', '出发'], ['tā', 'jiāng', 'chū fā']],
      [['被', '钉', '在', '墙上'], ['bèi', 'dìng', 'zài', 'qiáng shàng']],
      [['一', '颗', '钉', '。'], ['yī', 'kē', 'dīng', '-']],
      [['计算', '量', '已', '很', '大'], ['jì suàn', 'liàng', 'yǐ', 'hěn', 'dà']],
      [['去', '量', '体温'], ['qù', 'liáng', 'tǐ wēn']],
    ])('%j', (words, expected) => {
      expect(read(words)).toEqual(expected);
    });
  });
});

describe('neutral tones', () => {
  test.each([
    // Lexical syllables that dictionaries write toneless keep their own tone…
    [['认识', '他'], ['rèn shí', 'tā']],
    [['衣服', '和', '枇杷'], ['yī fú', 'hé', 'pí pá']],
    [['弟弟', '的', '丈夫'], ['dì dì', 'de', 'zhàng fū']],
    // …particles and grammatical suffixes stay toneless.
    [['他们', '的', '桌子'], ['tā men', 'de', 'zhuō zi']],
    [['什么', '呢'], ['shén me', 'ne']],
    [['右边'], ['yòu bian']],
  ])("%j with neutralTone 'particles'", (words, expected) => {
    expect(read(words, { neutralTone: 'particles' })).toEqual(expected);
  });
  test.each([
    [['认识', '他'], ['rèn shi', 'tā']],
    [['衣服', '和', '枇杷'], ['yī fu', 'hé', 'pí pa']],
    [['弟弟', '的', '丈夫'], ['dì di', 'de', 'zhàng fu']],
    [['他们', '的', '桌子'], ['tā men', 'de', 'zhuō zi']],
  ])("%j with neutralTone 'dictionary' (the default)", (words, expected) => {
    expect(read(words)).toEqual(expected);
    expect(read(words, { neutralTone: 'dictionary' })).toEqual(expected);
  });
  test('every citation tone is a tone-marked reading with the neutral letters', () => {
    const { citations } = loadReadingData();
    expect(citations.size).toBeGreaterThan(100);
    for (const [codePoint, { neutral, toned }] of citations) {
      expect(toned, String.fromCodePoint(codePoint)).not.toBe(neutral);
      // tone marks only: ü keeps its diaeresis (女 nǚ → nü)
      expect(toned.normalize('NFD').replace(/[\u0300\u0301\u0304\u030c]/g, '').normalize('NFC')).toBe(neutral);
    }
    for (const particle of '的了着们吗呢吧子一不') expect(citations.has(particle.codePointAt(0)!), particle).toBe(false);
  });
});

describe('modal particles', () => {
  test.each([
    // Closing a clause after a word: toneless.
    [['我们', '走', '吧', '！'], ['wǒ men', 'zǒu', 'ba', '-']],
    [['好', '啊'], ['hǎo', 'a']],
    [['你', '来', '哟', '。'], ['nǐ', 'lái', 'yo', '-']],
    // jieba joins some into an unknown word: the same.
    [['走吧', '！'], ['zǒu ba', '-']],
    // At the end of a word that reads it with a tone: the word's reading.
    [['去', '酒吧', '。'], ['qù', 'jiǔ bā', '-']],
    [['爪哇', '。'], ['zhǎo wā', '-']],
    [['四氢吡咯', '。'], ['sì qīng bǐ luò', '-']],
  ])('%j', (words, expected) => {
    expect(read(words)).toEqual(expected);
  });
  test("the generated word list was made for the engine's particles", () => {
    expect([...PARTICLE_CHARS].map((char) => char.codePointAt(0)).sort()).toEqual([...MODAL_PARTICLES.keys()].sort());
  });
});

describe('chemical elements', () => {
  test.each([
    [['钌', '和', '锔'], ['liǎo', 'hé', 'jú']],
    [['四氧化', '钌'], ['sì yǎng huà', 'liǎo']],
    [['镝'], ['dī']],
    [['铅笔'], ['qiān bǐ']],
  ])('%j', (words, expected) => {
    expect(read(words)).toEqual(expected);
  });
});

describe('traditional characters', () => {
  test.each([
    [['銀行', '行長'], ['yín háng', 'háng zhǎng']],
    [['圖書館', '館長'], ['tú shū guǎn', 'guǎn zhǎng']],
    [['還', '是'], ['hái', 'shì']],
    [['他', '長大', '了'], ['tā', 'zhǎng dà', 'le']],
    [['為', '人民', '服務'], ['wèi', 'rén mín', 'fú wù']],
    [['一點兒'], ['yī diǎn r']],
    // jieba's HMM glues a function word onto a word it does not know.
    [['他', '唸了', '一遍'], ['tā', 'niàn le', 'yī biàn']],
    [['還會來'], ['hái huì lái']],
    // Taiwan's 著 for 着 (in text with traditional characters); 著 zhù in
    // its own words.
    [['隨著', '時間'], ['suí zhe', 'shí jiān']],
    [['他們', '看', '著', '我'], ['tā men', 'kàn', 'zhe', 'wǒ']],
    [['著名', '的', '著作'], ['zhù míng', 'de', 'zhù zuò']],
    [['由於', '天氣'], ['yóu yú', 'tiān qì']],
    [['衣服', '很', '乾淨'], ['yī fu', 'hěn', 'gān jìng']],
    [['瞭解', '情況'], ['liǎo jiě', 'qíng kuàng']],
    // Taiwan's 乾 for 干 is gān only, its 瞭 for 了 liǎo only: never 干 gàn
    // or 了 le, which the written characters do not have.
    [['把', '酒', '乾', '了'], ['bǎ', 'jiǔ', 'gān', 'le']],
    [['他', '走', '瞭'], ['tā', 'zǒu', 'liǎo']],
    [['特徵', '很', '明顯'], ['tè zhēng', 'hěn', 'míng xiǎn']],
    [['宮商角', '徵羽'], ['gōng shāng jiǎo', 'zhǐ yǔ']],
    // characters that are also simplified keep their own reading
    [['乾隆'], ['qián lóng']],
  ])('%j', (words, expected) => {
    expect(read(words)).toEqual(expected);
  });
  test('offsets are kept: mixed scripts, astral characters', () => {
    const text = '𠮷銀行A行長';
    expect(readTokens(text, [{ text: '銀行', start: 2, end: 4 }, { text: '行長', start: 5, end: 7 }])).toEqual([
      ['yín', 'háng'],
      ['háng', 'zhǎng'],
    ]);
  });
});

describe('transliterations', () => {
  test.each([
    [['塞缪尔'], ['sài miù ěr']],
    [['塞尔维亚'], ['sài ěr wéi yà']],
    [['缪斯'], ['miù sī']],
    [['茜茜', '公主'], ['xī xī', 'gōng zhǔ']],
    // the same characters in native words keep their readings
    [['堵塞', '要塞'], ['dǔ sè', 'yào sài']],
    [['绸缪'], ['chóu móu']],
    [['茜草'], ['qiàn cǎo']],
    [['撒', '谎'], ['sā', 'huǎng']],
    [['玛丽', '·', '柏', '克'], ['mǎ lì', '-', 'bó', 'kè']],
    [['赫勒拿', '维耶'], ['hè lè ná', 'wéi yē']],
    [['柏树', '勒紧', '仿佛', '哈达'], ['bǎi shù', 'lēi jǐn', 'fǎng fú', 'hǎ dá']],
  ])('%j', (words, expected) => {
    expect(read(words)).toEqual(expected);
  });
});

describe('words with two senses', () => {
  test.each([
    [['我', '去', '买', '东西', '。'], ['wǒ', 'qù', 'mǎi', 'dōng xi', '-']],
    [['东西', '方向'], ['dōng xī', 'fāng xiàng']],
    [['这个', '地方', '很', '美'], ['zhè ge', 'dì fang', 'hěn', 'měi']],
    [['地方', '政府'], ['dì fāng', 'zhèng fǔ']],
    [['大都', '是', '学生'], ['dà dōu', 'shì', 'xué shēng']],
    [['到', '大都', '，'], ['dào', 'dà dū', '-']],
    [['他', '穿着', '一件', '红', '衣服'], ['tā', 'chuān zhe', 'yī jiàn', 'hóng', 'yī fu']],
    [['她', '的', '穿着', '很', '朴素'], ['tā', 'de', 'chuān zhuó', 'hěn', 'pǔ sù']],
    [['他', '来', '不了', '。'], ['tā', 'lái', 'bù liǎo', '-']],
    [['不了', '，', '谢谢'], ['bù le', '-', 'xiè xie']],
    [['写', '着', '一行', '字'], ['xiě', 'zhe', 'yī háng', 'zì']],
    [['妈妈', '教会', '了', '我'], ['mā ma', 'jiāo huì', 'le', 'wǒ']],
    [['教会', '学校'], ['jiào huì', 'xué xiào']],
    [['重重', '地', '摔'], ['zhòng zhòng', 'de', 'shuāi']],
    [['他们', '一行', '五', '人'], ['tā men', 'yī xíng', 'wǔ', 'rén']],
    // V一V: the second verb reads as the first.
    [['我们', '量', '一', '量', '身高'], ['wǒ men', 'liáng', 'yī', 'liáng', 'shēn gāo']],
  ])('%j', (words, expected) => {
    expect(read(words)).toEqual(expected);
  });
});

describe('readInContext', () => {
  test.each([
    ['得', '跑', '很快', 'de'],
    ['得', '他', '了第一', undefined],
    ['得', '我', '走了', 'děi'],
    ['得', '大家都', '去', 'děi'],
    ['得', '你', '多吃', 'děi'],
    ['得', '好', '多', 'de'],
    ['得', '他跑', '满头大汗', 'de'],
    ['得', '她吓', '发抖', 'de'],
    ['得', '你', '知道', 'děi'],
    ['得', '他', '知此事', undefined],
    ['得', '他', '三分', undefined],
    ['得', '他献诗', '赏', undefined],
    ['得', '这样就', '满分', undefined],
    ['得', '比赛中又', '金牌', undefined],
    ['还', '没', '钱', 'huán'],
    ['还', '我', '清了', 'huán'],
    ['还', '他', '清楚', undefined],
    ['还', '他', '没来', undefined],
    ['倒', '他', '了一杯水', 'dào'],
    ['倒', '他', '茶', 'dào'],
    ['倒', '大树', '了。', undefined],
    ['盛', '他', '了一碗饭', 'chéng'],
    ['种', '他', '了很多', 'zhòng'],
    ['种', '农民在地里', '庄稼', 'zhòng'],
    ['种', '三', '了', undefined],
    ['种', '该', '的', undefined],
    ['种', '是一个新', '。', undefined],
    ['地', '慢慢', '走', 'de'],
    ['地', '该', '。', undefined],
    ['地', '预见性', '指出', 'de'],
    ['地', '这块', '很大', undefined],
    ['地', '在该', '工作', undefined],
    ['地', '广东等', '销售', undefined],
    ['地', '摔倒在', '哭', undefined],
    ['地', '远方的', '平线', undefined],
    ['地', '全国多', '发生', undefined],
    ['地', '更多', '考虑', 'de'],
    ['地', '自由自在', '飞', 'de'],
    ['地', '平等', '对待', 'de'],
    ['只', '三', '猫', 'zhī'],
    ['只', '这', '是', 'zhǐ'],
    ['只', '他', '想', 'zhǐ'],
    ['为', '', '人民', 'wèi'],
    ['为', '，', '此', 'wèi'],
    ['为', '改', '公园', 'wéi'],
    ['为', '他们正在', '比赛', 'wèi'],
    ['为', '居民们纷纷', '社区', 'wèi'],
    ['为', '他', '人很和气', 'wéi'],
    ['为', '', '人民服务', 'wèi'],
    ['为', '社区', '居民提供了便利', 'wèi'],
    ['为', '学校', '学生创造条件', 'wèi'],
    ['为', '宗旨', '服务社会', 'wéi'],
    ['为', '这', '下一步工作打下了基础', 'wèi'],
    ['为', '其主要职能', '提供服务', 'wéi'],
    ['为', '该建筑', '砖木结构。', 'wéi'],
    ['数', '', '到十', 'shǔ'],
    ['数', '数了', '，', 'shǔ'],
    ['数', '约', '十', undefined],
    ['长', '很', '。', undefined],
    ['长', '他', '了一岁', 'zhǎng'],
    ['长', '时间', '了', undefined],
  ] as const)('%s after %j before %j → %s', (char, before, after, expected) => {
    expect(readInContext(char, before, after)).toBe(expected);
  });
});

describe('loadReadingData', () => {
  test('every listed word has one syllable per character, in NFC', () => {
    const { words } = loadReadingData();
    expect(words.size).toBeGreaterThan(10_000);
    for (const [word, reading] of words) {
      const syllables = reading.split(' ');
      expect([word, syllables.length]).toEqual([word, [...word].length]);
      for (const syllable of syllables) expect(syllable).toBe(syllable.normalize('NFC'));
    }
  });
  test('characters carry their usual reading inside words', () => {
    const { chars, words } = loadReadingData();
    // 脏 is zāng in most words (肮脏, 脏话); 心脏 is listed as an exception
    expect(chars.get('脏'.codePointAt(0)!)?.inWord).toBe('zāng');
    expect(words.get('心脏')).toBe('xīn zàng');
    expect(chars.get('蛤'.codePointAt(0)!)?.inWord).toBe('gé');
    // a neutral tone is never a default: 子 is zǐ in words jieba does not know
    expect(chars.get('子'.codePointAt(0)!)?.inWord).toBe('zǐ');
  });
  test('is parsed once', () => {
    expect(loadReadingData()).toBe(loadReadingData());
  });
});
