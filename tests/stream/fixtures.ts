/**
 * Text written for these tests: glosses in the forms seen in the wild (ASCII
 * and full-width brackets, repeats, erhua, tone digits), things that are not
 * glosses, CRLF line ends and an astral character.
 */
export const GLOSSED =
  '我们的小区(xiǎoqū)今年开始改造(gǎizào)，居民(jūmín)都很高兴。\r\n' +
  '从一墙之隔到(dào)(dào)拆墙并院，一点儿(yìdiǎnr)也不难。\r\n' +
  '达莎(Dasha)说(2023)年的事（受访者供图）。\n' +
  '行长(hángzhǎng)在银行（yínháng）工作，𠮷野家(CEO)开门了(le)。';

export const CLEAN =
  '我们的小区今年开始改造，居民都很高兴。\r\n' +
  '从一墙之隔到拆墙并院，一点儿也不难。\r\n' +
  '达莎(Dasha)说(2023)年的事（受访者供图）。\n' +
  '行长在银行工作，𠮷野家(CEO)开门了。';

/** Fragments the property tests compose into random texts. */
export const FRAGMENTS = [
  '小区(xiǎoqū)', '改造（gǎizào）', '到(dào)(dào)', '一点儿(yìdiǎnr)', '了(le)', '改造(gai3zao4)',
  '达莎(Dasha)', '(2023)', '（受访者供图）', '行长', '银行', '𠮷', '😀', '\r\n', '\n', ' ', '，', '。',
  'abc', '(', ')', '（', 'ǎ', '老旧小区', '重庆', '长大',
] as const;

/** Byte offsets in the UTF-8 form of `text` just before each occurrence of `needle`, plus `shift`. */
export function byteOffsetsOf(text: string, needle: string, shift = 0): number[] {
  const offsets: number[] = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) {
    offsets.push(Buffer.byteLength(text.slice(0, i)) + shift);
  }
  return offsets;
}
