/**
 * Characters that make up much of any Chinese text, in simplified and
 * traditional forms, and the full-width punctuation around them: a text
 * decoded in the wrong legacy encoding holds few of them.
 */
const COMMON = new Set(
  '的一是不了在人有我他这這个個们們中来來上大为為和国國地到以说說时時要就出会會可也你对對生能而子那得于於着著下自之年过過发發后後作里裏用道行所然家种種事成方多经經么麼去法学學如都同现現当當没沒动動面起看定天分还還进進好小部其些主样樣理心她本前开開但因只从從想实實日者意无無力它与與长長把机機十民第公此已工使情明性知全三又关關点點正业業外将將两兩高间間由问問很最重并物手应應向头頭文体體新己制身果加月话話合回特代内信表化老给給世位次度门門，。、：；！？「」“”（）《》'.split(''),
);

const CANDIDATES = ['gb18030', 'big5'] as const;

/**
 * The legacy Chinese encoding that `bytes` (which are not UTF-8) read as
 * cleanly, if any: GB18030 (a superset of GBK and GB 2312) or Big5. Each is
 * tried strictly (`TextDecoder`, `fatal`; an incomplete character at the end
 * is fine); of those that decode, the one whose text holds more common
 * Chinese characters and punctuation wins (GB18030 on a tie). A text
 * without any is not taken for Chinese: `undefined`.
 */
export function suggestEncoding(bytes: Uint8Array): (typeof CANDIDATES)[number] | undefined {
  let best: (typeof CANDIDATES)[number] | undefined;
  let bestScore = 0;
  for (const encoding of CANDIDATES) {
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(bytes, { stream: true });
    } catch {
      continue;
    }
    let score = 0;
    for (const char of text) if (COMMON.has(char)) score++;
    if (score > bestScore) {
      best = encoding;
      bestScore = score;
    }
  }
  return best;
}
