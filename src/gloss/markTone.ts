// Combining tone marks; NFC then gives the precomposed letters pinyin-pro writes.
const COMBINING = ['', '\u0304', '\u0301', '\u030c', '\u0300'];

/**
 * Puts a tone on a bare syllable (`ü` may be written `v`): `('lv', 3)` →
 * `lǚ`, `('gai', 3)` → `gǎi`, `('le', 5)` → `le`. Tones 0 and 5 give the
 * unmarked (neutral) syllable.
 *
 * Logic (the standard placement): on `a` or `e` if present; on the `o` of
 * `ou`; otherwise on the last of `i o u ü`; a syllable without vowels
 * (`ng`, `m`, `hm`) takes it on its `n` or `m`.
 */
export function markTone(bare: string, tone: number): string {
  const syllable = bare.replace(/v/g, 'ü');
  const mark = COMBINING[tone];
  if (!mark) return syllable;
  let at = syllable.search(/[ae]/);
  if (at < 0) at = syllable.indexOf('ou');
  if (at < 0) {
    for (let i = syllable.length - 1; i >= 0; i--) {
      if ('iouü'.includes(syllable[i]!)) {
        at = i;
        break;
      }
    }
  }
  if (at < 0) at = syllable.search(/[nm]/);
  if (at < 0) return syllable;
  return (syllable.slice(0, at + 1) + mark + syllable.slice(at + 1)).normalize('NFC');
}
