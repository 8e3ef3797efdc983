import { describe, expect, test } from 'vitest';
import { renderParagraphs } from '../../src/html/renderParagraphs.js';
import type { AnnotatedToken } from '../../src/types.js';
import { textOf, tokens, withoutCards } from './tokens.js';

const MARK = { tone: 'mark', separator: '' } as const;

function render(list: AnnotatedToken[], options: Parameters<typeof renderParagraphs>[2] = MARK): string[] {
  return renderParagraphs(textOf(list), list, options).map(withoutCards);
}

describe('renderParagraphs', () => {
  test.each([
    ['empty text', tokens(), []],
    ['only blanks and line breaks', tokens([' \n\t\r\n  ']), []],
    ['Latin only', tokens(['Hello'], [', '], ['world']), ['<p>Hello, world</p>']],
    ['HTML-escaped text', tokens(['<b>'], ['&'], ['"x\'']), ['<p>&lt;b&gt;&amp;&quot;x&#39;</p>']],
  ])('sane defaults: %s', (_name, list, expected) => {
    expect(render(list)).toEqual(expected);
  });

  test('a glossed word becomes a ruby, with one tone class per syllable', () => {
    expect(render(tokens(['改造', 'gǎi zào']))).toEqual([
      '<p><ruby>改造<rt><span class="t3">gǎi</span><span class="t4">zào</span></rt></ruby></p>',
    ]);
  });

  test('punctuation that may not start or end a line is glued to its word', () => {
    const list = tokens(['“'], ['书', 'shū'], ['”，'], ['来', 'lái'], ['。（'], ['书', 'shū'], ['）'], [' 《'], ['来', 'lái'], ['x》']);
    expect(render(list)).toEqual([
      '<p><span class="nb">“<ruby>书<rt><span class="t1">shū</span></rt></ruby>”，</span><wbr>' +
        '<span class="nb"><ruby>来<rt><span class="t2">lái</span></rt></ruby>。</span><wbr>' +
        '<span class="nb">（<ruby>书<rt><span class="t1">shū</span></rt></ruby>）</span><wbr> <wbr>' +
        '<span class="nb">《<ruby>来<rt><span class="t2">lái</span></rt></ruby></span><wbr>x》</p>',
    ]);
  });

  test('a Han word that is not glossed stays plain text', () => {
    expect(render(tokens(['改造', 'gǎi zào', false], ['书', 'shū']))).toEqual([
      '<p>改造<wbr><ruby>书<rt><span class="t1">shū</span></rt></ruby></p>',
    ]);
  });

  test('every line is a paragraph; blank lines and ASCII blanks at the edges go', () => {
    const list = tokens(['  '], ['书', 'shū'], [' \n\n'], ['来', 'lái'], ['\r\n'], ['  '], ['\r'], ['\u3000\u3000end  ']);
    expect(render(list)).toEqual([
      '<p><ruby>书<rt><span class="t1">shū</span></rt></ruby></p>',
      '<p><ruby>来<rt><span class="t2">lái</span></rt></ruby></p>',
      '<p>\u3000\u3000end</p>',
    ]);
  });

  test('a line break inside one plain token splits it', () => {
    expect(render(tokens(['a\u2028b\u2029c\nd']))).toEqual(['<p>a</p>', '<p>b</p>', '<p>c</p>', '<p>d</p>']);
  });

  test('a glossed token holding a line break is shown as plain text', () => {
    expect(render(tokens(['书\n来', 'shū lái']))).toEqual(['<p>书</p>', '<p>来</p>']);
  });

  test('text between or after tokens is kept', () => {
    const list = tokens(['书', 'shū']);
    expect(renderParagraphs('>书<', [{ ...list[0]!, start: 1, end: 2 }], MARK).map(withoutCards)).toEqual([
      '<p>&gt;<wbr><ruby>书<rt><span class="t1">shū</span></rt></ruby><wbr>&lt;</p>',
    ]);
  });

  test('erhua r joins the syllable before it, also with a separator', () => {
    expect(render(tokens(['一点儿', 'yī diǎn r']), { tone: 'mark', separator: ' ' })).toEqual([
      '<p><ruby>一点儿<rt><span class="t1">yī</span> <span class="t3">diǎnr</span></rt></ruby></p>',
    ]);
  });

  test('tone digits carry their class too (0 and 5 are neutral)', () => {
    expect(render(tokens(['学生', 'xue2 sheng5'], ['来了', 'lai2 le0']), { tone: 'number', separator: "'" })).toEqual([
      '<p><ruby>学生<rt><span class="t2">xue2</span>&#39;<span class="t5">sheng5</span></rt></ruby><wbr>' +
        '<ruby>来了<rt><span class="t2">lai2</span>&#39;<span class="t5">le0</span></rt></ruby></p>',
    ]);
  });

  test('erhua keeps its tone class in both tone styles', () => {
    expect(render(tokens(['点儿', 'diǎn r']))).toEqual([
      '<p><ruby>点儿<rt><span class="t3">diǎnr</span></rt></ruby></p>',
    ]);
    expect(render(tokens(['点儿', 'dian3 r']), { tone: 'number', separator: ' ' })).toEqual([
      '<p><ruby>点儿<rt><span class="t3">dian3r</span></rt></ruby></p>',
    ]);
  });

  test('without tones there is nothing to colour', () => {
    expect(render(tokens(['改造', 'gai zao']), { tone: 'none', separator: '' })).toEqual([
      '<p><ruby>改造<rt>gaizao</rt></ruby></p>',
    ]);
  });

  test('every glossed word has a card: its reading, meanings, HSK level and its characters\' other readings', () => {
    const list = tokens(['行长', 'háng zhǎng'], ['来', 'lái'], ['学生', 'xué sheng']);
    (list[0] as { meanings?: string[] }).meanings = ['bank president'];
    (list[1] as { hsk?: number }).hsk = 1;
    const [html] = renderParagraphs(textOf(list), list, MARK);
    expect(html).toContain(
      '<span class="poly" tabindex="0" aria-describedby="pg-alt-1"><ruby>行长<rt><span class="t2">háng</span><span class="t3">zhǎng</span></rt></ruby>' +
        '<span class="alts" id="pg-alt-1" role="tooltip"><span class="alt cr"><span class="t2">háng</span><span class="t3">zhǎng</span></span>' +
        '<span class="alt mn" lang="en">bank president</span><span class="alt lv" lang="en">not in HSK</span>' +
        '<span class="alt">行 also <span class="t2">xíng</span>, <span class="t4">hàng</span>, <span class="t2">héng</span></span>' +
        '<span class="alt">长 also <span class="t2">cháng</span></span></span></span>',
    );
    // One Tab stop: only the first word; the level rides on the word for the page's menu.
    expect(html).toContain('<span class="poly" tabindex="-1" data-h="1" aria-describedby="pg-alt-2"><ruby>来');
    // 生 has one reading, so 学生's card lists no other.
    expect(html).toMatch(/pg-alt-3" role="tooltip"><span class="alt cr">.*?<\/span><span class="alt lv" lang="en">not in HSK<\/span><\/span><\/span><\/p>$/);
  });

  test('other readings are shown in the page\'s tone style, deduplicated', () => {
    // 中 zhōng/zhòng both read "zhong" without tones: nothing else to show.
    expect(renderParagraphs('中', tokens(['中', 'zhong']), { tone: 'none', separator: '' })[0]).not.toContain(' also ');
    expect(renderParagraphs('好', tokens(['好', 'hao3']), { tone: 'number', separator: '' })[0]).toContain(
      '<span class="alt">好 also <span class="t4">hao4</span></span>',
    );
  });

  test('with zhuyin, the ruby and the card carry both, spaced zhuyin in tone classes', () => {
    const list = tokens(['时候', 'shí hou']);
    (list[0] as { zhuyin?: string[] }).zhuyin = ['ㄕˊ', '˙ㄏㄡ'];
    expect(renderParagraphs('时候', list, MARK)[0]).toContain(
      '<ruby>时候<rt><span class="py"><span class="t2">shí</span><span class="t5">hou</span></span>' +
        '<span class="zy"><span class="t2">ㄕˊ</span> <span class="t5">˙ㄏㄡ</span></span></rt></ruby>',
    );
  });
});
