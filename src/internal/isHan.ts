/**
 * Logic: a Han character is any code point of Unicode Script=Han: the CJK
 * Unified Ideographs and all their extensions (𠮷 is astral, two UTF-16 code
 * units), compatibility ideographs, 〇 and 々.
 */
const HAN = /^\p{Script=Han}$/u;

// Fast path: most Han text lives in the BMP block U+4E00–U+9FFF.
export function isHanCodePoint(cp: number): boolean {
  if (cp >= 0x4e00 && cp <= 0x9fff) return true;
  if (cp < 0x2e80) return false;
  return HAN.test(String.fromCodePoint(cp));
}

/** Whether the first code point of `char` is a Han character. */
export function isHan(char: string): boolean {
  const cp = char.codePointAt(0);
  return cp !== undefined && isHanCodePoint(cp);
}
