/**
 * Logic: a Han character is any code point of Unicode Script=Han: the CJK
 * Unified Ideographs and all their extensions (𠮷 is astral, two UTF-16 code
 * units), compatibility ideographs, 〇 and 々.
 */
const HAN = /^\p{Script=Han}$/u;

// The regex's answer for BMP code points, asked once each: 0 not yet, 1 Han,
// 2 not (the stripper asks about the character before every bracket, often
// CJK punctuation such as `，`).
const BMP_ANSWERS = new Uint8Array(0x10000);

// Fast path: most Han text lives in the BMP block U+4E00–U+9FFF.
export function isHanCodePoint(cp: number): boolean {
  if (cp >= 0x4e00 && cp <= 0x9fff) return true;
  if (cp < 0x2e80) return false;
  if (cp > 0xffff) return HAN.test(String.fromCodePoint(cp));
  let answer = BMP_ANSWERS[cp]!;
  if (answer === 0) {
    answer = HAN.test(String.fromCharCode(cp)) ? 1 : 2;
    BMP_ANSWERS[cp] = answer;
  }
  return answer === 1;
}

/** Whether the first code point of `char` is a Han character. */
export function isHan(char: string): boolean {
  const cp = char.codePointAt(0);
  return cp !== undefined && isHanCodePoint(cp);
}
