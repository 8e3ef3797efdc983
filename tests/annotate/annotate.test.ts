import { describe, expect, test } from 'vitest';
import { annotate, annotateTokens, createAnnotator } from '../../src/annotate/index.js';
import type { AnnotateOptions, SelectCandidate } from '../../src/types.js';

describe('annotate', () => {
  describe('sane defaults', () => {
    test.each([
      ['empty', '', ''],
      ['whitespace', ' \n\t ', ' \n\t '],
      ['Latin only', 'Hello, world (2024)!', 'Hello, world (2024)!'],
      ['mixed', '我用iPhone拍照', '我(wǒ)用(yòng)iPhone拍照(pāizhào)'],
    ])('%s', (_name, input, expected) => {
      expect(annotate(input)).toBe(expected);
    });
  });

  test('default: source style, every word with Han characters', () => {
    expect(annotate('老旧小区改造')).toBe('老旧(lǎojiù)小区(xiǎoqū)改造(gǎizào)');
  });

  test('names stay whole; a legit parenthesis stays as it was around its glosses', () => {
    expect(annotate('记者黄晓庆摄影')).toBe('记者(jìzhě)黄晓庆(huángxiǎoqìng)摄影(shèyǐng)');
    expect(annotate('服务站(供图)')).toBe('服务站(fúwùzhàn)(供图(gōngtú))');
  });

  test.each([
    ['行长 and 银行', '行长在银行工作', '行长(hángzhǎng)在(zài)银行(yínháng)工作(gōngzuò)'],
    ['为 before its object', '为困难群体服务', '为(wèi)困难(kùnnan)群体(qúntǐ)服务(fúwù)'],
    ['neutral 了', '空间变大了', '空间(kōngjiān)变(biàn)大(dà)了(le)'],
    ['neutral 的', '翻天覆地的变化', '翻天覆地(fāntiānfùdì)的(de)变化(biànhuà)'],
    ['得 must, 还 give back', '我得走了，还没还钱', '我(wǒ)得(děi)走(zǒu)了(le)，还(hái)没(méi)还(huán)钱(qián)'],
  ])('readings in context: %s', (_name, input, expected) => {
    expect(annotate(input)).toBe(expected);
  });

  test('erhua: 儿 is an r joined to the syllable before it', () => {
    expect(annotate('一点儿', { tone: 'number', separator: ' ' })).toBe('一点儿(yi1 dian3r)');
  });

  test('Latin and digits are never glossed; a mixed word is glossed after its last Han character', () => {
    expect(annotate('城市 2024 CEO')).toBe('城市(chéngshì) 2024 CEO');
    expect(annotate('卡拉OK和T恤')).toBe('卡拉(kǎlā)OK和(hé)T恤(xù)');
  });

  test('astral Han without a known reading stays unglossed', () => {
    expect(annotate('𠮷')).toBe('𠮷');
  });

  describe('options', () => {
    const text = '老旧小区改造';
    test.each<[string, AnnotateOptions, string]>([
      ['tone number', { tone: 'number' }, '老旧(lao3jiu4)小区(xiao3qu1)改造(gai3zao4)'],
      ['tone none', { tone: 'none' }, '老旧(laojiu)小区(xiaoqu)改造(gaizao)'],
      ['separator space', { separator: ' ' }, '老旧(lǎo jiù)小区(xiǎo qū)改造(gǎi zào)'],
      ["separator ' with numbers", { separator: "'", tone: 'number' }, "老旧(lao3'jiu4)小区(xiao3'qu1)改造(gai3'zao4)"],
      ['fullwidth brackets', { brackets: 'fullwidth' }, '老旧（lǎojiù）小区（xiǎoqū）改造（gǎizào）'],
      ['ruby', { output: 'ruby' }, '<ruby>老旧<rt>lǎojiù</rt></ruby><ruby>小区<rt>xiǎoqū</rt></ruby><ruby>改造<rt>gǎizào</rt></ruby>'],
      ['select list', { select: ['改造'] }, '老旧小区改造(gǎizào)'],
      ['select Set', { select: new Set(['老旧', '改造']) }, '老旧(lǎojiù)小区改造(gǎizào)'],
      ['select predicate', { select: (word: SelectCandidate) => word.start >= 2 }, '老旧小区(xiǎoqū)改造(gǎizào)'],
    ])('%s', (_name, options, expected) => {
      expect(annotate(text, options)).toBe(expected);
    });

    test('ruby HTML-escapes the rest of the text', () => {
      expect(annotate('改造<b>&"小区"</b>', { output: 'ruby', select: ['改造'] })).toBe(
        '<ruby>改造<rt>gǎizào</rt></ruby>&lt;b&gt;&amp;&quot;小区&quot;&lt;/b&gt;',
      );
      expect(annotate('卡拉OK<', { output: 'ruby' })).toBe('<ruby>卡拉<rt>kǎlā</rt></ruby>OK&lt;');
    });

    test('once: only the first occurrence of each word', () => {
      expect(annotate('小区的小区和小区', { once: true })).toBe('小区(xiǎoqū)的(de)小区和(hé)小区');
      expect(annotate('小区的小区和小区', { select: ['小区'] })).toBe('小区(xiǎoqū)的小区(xiǎoqū)和小区(xiǎoqū)');
    });

    test('a listed word is glossed wherever it occurs, also inside a longer token', () => {
      // jieba keeps 银行行长 and 了解 whole; the listed word is cut out of them,
      // read as in the whole word (了解 liǎojiě: 了 liǎo, not le).
      expect(annotate('银行行长说', { select: ['行长'] })).toBe('银行行长(hángzhǎng)说');
      expect(annotate('银行行长说', { select: new Set(['行长']) })).toBe('银行行长(hángzhǎng)说');
      expect(annotate('我了解了', { select: ['了'] })).toBe('我了(liǎo)解了(le)');
      expect(annotateTokens('银行行长', { select: ['行长'] }).map((token) => [token.text, token.glossed])).toEqual([
        ['银行', false],
        ['行长', true],
      ]);
    });

    test('once with a selection: the first selected occurrence', () => {
      const select = (word: SelectCandidate) => word.occurrence >= 1;
      expect(annotate('小区的小区和小区', { select, once: true })).toBe('小区的小区(xiǎoqū)和小区');
    });

    test('the predicate sees offsets, the reading in the chosen tone style and the occurrence', () => {
      const seen: SelectCandidate[] = [];
      annotate('行长和行长', { tone: 'number', select: (word) => (seen.push(word), false) });
      expect(seen).toEqual([
        { text: '行长', start: 0, end: 2, pinyin: ['hang2', 'zhang3'], occurrence: 0 },
        { text: '和', start: 2, end: 3, pinyin: ['he2'], occurrence: 0 },
        { text: '行长', start: 3, end: 5, pinyin: ['hang2', 'zhang3'], occurrence: 1 },
      ]);
    });

    test("select 'polyphonic': words with a character of several readings", () => {
      // 行 (xíng/háng), 作 (zuō/zuò) and 了 are polyphonic; 我 and 在 are not.
      expect(annotate('我在银行工作了', { select: 'polyphonic' })).toBe('我在银行(yínháng)工作(gōngzuò)了(le)');
    });

    test("select 'rare': words below jieba's frequency 1000, or unknown to it", () => {
      // 相邻 (480) and 迭代 (44) are rare; 改造 (3846) and 城市 (25084) are not.
      expect(annotate('城市改造相邻迭代', { select: 'rare' })).toBe('城市改造相邻(xiānglín)迭代(diédài)');
      // Low-count compounds of common words stay plain; words that are only
      // single characters (小区) or hold a rare part (沙坪坝区) are glossed.
      expect(annotate('他六十八岁，在沙坪坝区的小区住了三十多年', { select: 'rare' })).toBe(
        '他六十八岁，在沙坪坝区(shāpíngbàqū)的小区(xiǎoqū)住了三十多年',
      );
      // Traditional words are judged as their simplified forms.
      expect(annotate('城市經濟與相鄰迭代', { select: 'rare' })).toBe('城市經濟與相鄰(xiānglín)迭代(diédài)');
    });

    test('select { rate, seed }: reproducible, and the rate is respected', () => {
      const text = '城市更新让老旧小区焕然一新，居民们拍手叫好。'.repeat(200);
      const a = annotate(text, { select: { rate: 0.3, seed: 7 } });
      expect(annotate(text, { select: { rate: 0.3, seed: 7 } })).toBe(a);
      expect(annotate(text, { select: { rate: 0.3, seed: 8 } })).not.toBe(a);
      const tokens = annotateTokens(text, { select: { rate: 0.3, seed: 7 } });
      const candidates = tokens.filter((token) => token.pinyin);
      const share = candidates.filter((token) => token.glossed).length / candidates.length;
      expect(share).toBeGreaterThan(0.25);
      expect(share).toBeLessThan(0.35);
      expect(annotate(text, { select: { rate: 0 } })).toBe(text);
      expect(annotate('老旧小区改造', { select: { rate: 1 } })).toBe('老旧(lǎojiù)小区(xiǎoqū)改造(gǎizào)');
    });

    test('toneSandhi: 一 and 不 keep citation tones unless asked', () => {
      expect(annotate('一个不对')).toBe('一个(yīgè)不(bù)对(duì)');
      expect(annotate('一个不对', { toneSandhi: true })).toBe('一个(yígè)不(bú)对(duì)');
    });

    test('dict: readings override, and the word is kept whole', () => {
      expect(annotate('他是行长', { dict: { 行长: 'xing2 zhang3' } })).toBe('他(tā)是(shì)行长(xíngzhǎng)');
      expect(annotate('我叫司马小明', { dict: { 司马小明: ['sī', 'mǎ', 'xiǎo', 'míng'] } })).toBe('我(wǒ)叫(jiào)司马小明(sīmǎxiǎomíng)');
      expect(annotate('两只乐乐', { dict: { 乐乐: 'lè lè' }, select: ['乐乐'] })).toBe('两只乐乐(lèlè)');
    });

    test('dict: an override applies inside a longer dictionary word, and across jieba words', () => {
      expect(annotate('银行行长', { dict: { 行长: 'xíng zhǎng' } })).toBe('银行(yínháng)行长(xíngzhǎng)');
      // jieba: 南京市|长江大桥; the dict word 京市长 straddles both.
      expect(annotate('南京市长江大桥', { dict: { 京市长: 'jing1 shi4 zhang3' }, select: ['京市长'] })).toBe('南京市长(jīngshìzhǎng)江大桥');
      expect(annotateTokens('南京市长江大桥', { dict: { 京市长: 'jing1 shi4 zhang3' } }).map((token) => token.text)).toEqual(['南', '京市长', '江大桥']);
    });

    test('words: user words are glossed as one word', () => {
      expect(annotate('男默女泪', { words: ['男默女泪'], tone: 'number', separator: ' ' })).toBe('男默女泪(nan2 mo4 nü3 lei4)');
    });
  });

  describe('errors', () => {
    test('non-string text', () => {
      expect(() => annotate(undefined as unknown as string)).toThrowErrorMatchingInlineSnapshot(
        `[PinyinGlossError: Expected text to be a string, got \`undefined\`]`,
      );
      expect(() => annotateTokens(5 as unknown as string)).toThrow(expect.objectContaining({ code: 'INVALID_TYPE' }));
      expect(() => createAnnotator().annotate([] as unknown as string)).toThrow(expect.objectContaining({ code: 'INVALID_TYPE' }));
    });

    test.each<[unknown, string]>([
      [{ tone: 'marks' }, "annotate: option `tone` must be one of 'mark', 'number', 'none', got 'marks'"],
      [{ brackets: '[]' }, "annotate: option `brackets` must be one of 'ascii', 'fullwidth', got '[]'"],
      [{ output: 'html' }, "annotate: option `output` must be one of 'inline', 'ruby', got 'html'"],
      [{ once: 'yes' }, "annotate: option `once` must be a boolean, got 'yes'"],
      [{ toneSandhi: 1 }, 'annotate: option `toneSandhi` must be a boolean, got 1'],
      [{ neutralTone: 'none' }, "annotate: option `neutralTone` must be one of 'particles', 'dictionary', got 'none'"],
      [{ separator: '/' }, "annotate: option `separator` must be one of '', ' ', ''', '’', '-', '·' (separators that strip() reads), got '/'"],
      [{ select: 'some' }, "annotate: option `select` must be 'all', 'polyphonic', 'rare', a list or Set of words, a predicate, { rate, seed } or { hsk }, got 'some'"],
      [{ select: [1] }, 'annotate: option `select` must be a list of words (strings), got 1'],
      [{ select: { rate: 2 } }, 'annotate: option `select.rate` must be a number from 0 to 1, got 2'],
      [{ select: { rate: Number.NaN } }, 'annotate: option `select.rate` must be a number from 0 to 1, got NaN'],
      [{ select: { rate: 0.5, seed: {} } }, 'annotate: option `select.seed` must be a number or a string, got `object`'],
      [{ select: { rate: 0.5, sed: 1 } }, "annotate: option `select.sed` must be absent (a sample has only `rate` and `seed`), got 'sed'"],
      [{ dict: { 行长: 'hang zhang zhang' } }, "annotate: option `dict['行长']` must be 2 syllable(s), one per Han character, got 'hang zhang zhang'"],
      [{ dict: { 行长: 'CEO!' } }, "annotate: option `dict['行长']` must be pinyin such as 'háng zhǎng', 'hang2zhang3' or ['háng', 'zhǎng'], got 'CEO!'"],
      [{ dict: { abc: 'a' } }, "annotate: option `dict['abc']` must be keyed by a word with Han characters, got 'abc'"],
      [{ dict: 'x' }, "annotate: option `dict` must be an object mapping words to readings, got 'x'"],
      [{ words: 'x' }, "annotate: option `words` must be an array of words, got 'x'"],
      [{ colour: true }, 'annotate: unknown option `colour`; known options are `select`, `once`, `tone`, `separator`, `brackets`, `output`, `apostrophes`, `hskVersion`, `system`, `meanings`, `explain`, `toneSandhi`, `neutralTone`, `polyphones`, `dict`, `words`, `segmenter`, `properNouns`'],
    ])('invalid option %j', (options, message) => {
      let error: unknown;
      try {
        annotate('文本', options as AnnotateOptions);
      } catch (caught) {
        error = caught;
      }
      expect(error).toMatchObject({ name: 'PinyinGlossError', code: 'INVALID_OPTION', message });
    });

    test('createAnnotator checks its options once, up front', () => {
      expect(() => createAnnotator({ tone: 'x' as never })).toThrow(
        expect.objectContaining({ code: 'INVALID_OPTION', message: expect.stringContaining('createAnnotator: option `tone`') }),
      );
    });
  });
});

describe('annotateTokens', () => {
  test('tokens with syllables and whether each is glossed', () => {
    expect(annotateTokens('行长说了 ok', { select: ['行长'] })).toEqual([
      { text: '行长', start: 0, end: 2, pinyin: ['háng', 'zhǎng'], glossed: true },
      { text: '说', start: 2, end: 3, pinyin: ['shuō'], glossed: false, hsk: 1 },
      { text: '了', start: 3, end: 4, pinyin: ['le'], glossed: false, hsk: 1 },
      { text: ' ', start: 4, end: 5, glossed: false },
      { text: 'ok', start: 5, end: 7, glossed: false },
    ]);
  });

  test('sane defaults', () => {
    expect(annotateTokens('')).toEqual([]);
    expect(annotateTokens('  ')).toEqual([
      { text: ' ', start: 0, end: 1, glossed: false },
      { text: ' ', start: 1, end: 2, glossed: false },
    ]);
  });

  test('syllables in the chosen tone style; erhua r', () => {
    expect(annotateTokens('一点儿', { tone: 'number' })).toEqual([{ text: '一点儿', start: 0, end: 3, pinyin: ['yi1', 'dian3', 'r'], glossed: true, hsk: 1 }]);
  });
});

describe('createAnnotator', () => {
  test('reusable, and each text counts its own occurrences', () => {
    const annotator = createAnnotator({ once: true, select: 'polyphonic' });
    expect(annotator.annotate('银行和银行')).toBe('银行(yínháng)和(hé)银行');
    expect(annotator.annotate('银行和银行')).toBe('银行(yínháng)和(hé)银行');
    expect(annotator.annotateTokens('银行').map((token) => token.glossed)).toEqual([true]);
    expect(annotator.annotate('')).toBe('');
  });
});
