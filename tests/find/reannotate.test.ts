import { describe, expect, test } from 'vitest';
import { reannotate } from '../../src/find/index.js';
import { strip } from '../../src/strip/index.js';

const PAGE = '我们赢得(yíngde)比赛。到(dào)(dào)拆墙，老旧小区改造（gai3 zao4）为起点。<b>党群服务站(fúwùzhàn)(受访者供图)</b> & 一点儿(yìdiǎnr)';

describe('reannotate', () => {
  test.each(['', '  ', 'no glosses (here)', '<b>&</b>'])('sane defaults: %j unchanged inline', (text) => {
    expect(reannotate(text)).toBe(text);
  });

  test('default: source style, repeats collapsed, everything else kept', () => {
    expect(reannotate(PAGE)).toBe(
      '我们赢得(yíngde)比赛。到(dào)拆墙，老旧小区改造(gǎizào)为起点。<b>党群服务站(fúwùzhàn)(受访者供图)</b> & 一点儿(yìdiǎnr)',
    );
  });

  test('correct: true replaces readings that disagree with the context', () => {
    expect(reannotate('我们赢得(yíngde)比赛，改造(gǎizào)', { correct: true })).toBe('我们赢得(yíngdé)比赛，改造(gǎizào)');
  });

  test('tone, separator and brackets', () => {
    expect(reannotate(PAGE, { tone: 'number', separator: ' ', brackets: 'fullwidth' })).toBe(
      '我们赢得（ying2 de5）比赛。到（dao4）拆墙，老旧小区改造（gai3 zao4）为起点。<b>党群服务站（fu2 wu4 zhan4）(受访者供图)</b> & 一点儿（yi4 dian3r）',
    );
    expect(reannotate('绿色(lv4se4)', { tone: 'none', separator: "'" })).toBe("绿色(lü'se)");
  });

  test('ruby: the word goes inside <ruby>, the rest is HTML-escaped', () => {
    expect(reannotate(PAGE, { output: 'ruby' })).toBe(
      '我们<ruby>赢得<rt>yíngde</rt></ruby>比赛。<ruby>到<rt>dào</rt></ruby>拆墙，老旧小区<ruby>改造<rt>gǎizào</rt></ruby>为起点。&lt;b&gt;党群<ruby>服务站<rt>fúwùzhàn</rt></ruby>(受访者供图)&lt;/b&gt; &amp; <ruby>一点儿<rt>yìdiǎnr</rt></ruby>',
    );
  });

  test('ruby with corrections and single characters in a row', () => {
    expect(reannotate('經(jīng)開(kāi)區(qū)，赢得(yíngde)', { output: 'ruby', correct: true })).toBe(
      '<ruby>經<rt>jīng</rt></ruby><ruby>開<rt>kāi</rt></ruby><ruby>區<rt>qū</rt></ruby>，<ruby>赢得<rt>yíngdé</rt></ruby>',
    );
  });

  test('spaced glosses are attached again', () => {
    expect(reannotate('小区 (xiǎoqū)', { spaced: true })).toBe('小区(xiǎoqū)');
    expect(reannotate('小区 (xiǎoqū)')).toBe('小区 (xiǎoqū)');
    expect(reannotate('小区 (xiǎoqū)', { spaced: true, output: 'ruby' })).toBe('<ruby>小区<rt>xiǎoqū</rt></ruby>');
  });

  test('a repeat covering more characters wins', () => {
    expect(reannotate('两个(gè)(liǎnggè)')).toBe('两个(liǎnggè)');
    expect(reannotate('两个(gè)(liǎnggè)', { output: 'ruby' })).toBe('<ruby>两个<rt>liǎnggè</rt></ruby>');
  });

  test('strip() removes what reannotate() writes inline', () => {
    const clean = strip(PAGE);
    for (const options of [{}, { tone: 'number' as const, separator: '-' }, { brackets: 'fullwidth' as const, correct: true }]) {
      expect(strip(reannotate(PAGE, options))).toBe(clean);
    }
  });

  test('capitalized readings: kept as written by default; with capitalized: true, rendered again in the style asked', () => {
    const text = '汉语拼音(Hànyǔ Pīnyīn)是给汉字(hànzì)注音的方案';
    expect(reannotate(text)).toBe(text);
    expect(reannotate(text, { capitalized: true })).toBe('汉语拼音(hànyǔpīnyīn)是给汉字(hànzì)注音的方案');
    expect(reannotate(text, { capitalized: true, separator: ' ' })).toBe('汉语拼音(hàn yǔ pīn yīn)是给汉字(hàn zì)注音的方案');
  });

  test('errors', () => {
    expect(() => reannotate(null as never)).toThrow(expect.objectContaining({ code: 'INVALID_TYPE' }));
    expect(() => reannotate('x', { output: 'html' } as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(() => reannotate('x', { separator: '/' })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(() => reannotate('x', { correct: 1 } as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(() => reannotate('x', { select: 'all' } as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });
});
