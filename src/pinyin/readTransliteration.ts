/**
 * Characters with a reading of their own in transliterated foreign names,
 * where dictionaries often keep the native one: 塞 sài (塞尔维亚, 塞缪尔, not
 * 堵塞 sè or 塞住 sāi), 缪 miù (缪斯, 加缪, not the surname Miào), 茜 xī
 * (茜茜, not 茜草 qiàn), 撒 sā (伯罗奔尼撒), 柏 bó (玛丽·柏克, not 柏树
 * bǎi), 耶 yē (维耶, not the particle yé), 勒 lè (赫勒拿, not 勒紧 lēi), 哈 hā
 * (not 哈达 hǎ), 佛 fó (not 仿佛 fú).
 */
const TRANSLITERATION_READINGS = new Map([
  [0x585e, 'sài'], // 塞
  [0x7f2a, 'miù'], // 缪
  [0x831c, 'xī'], // 茜
  [0x6492, 'sā'], // 撒
  [0x67cf, 'bó'], // 柏
  [0x8036, 'yē'], // 耶
  [0x52d2, 'lè'], // 勒
  [0x54c8, 'hā'], // 哈
  [0x4f5b, 'fó'], // 佛
]);

/**
 * Characters that, in running text, practically only spell foreign names
 * (斯 尔 姆 莱 …), plus the interpunct of such names.
 */
const TRANSLITERATION_MARKERS = new Set('斯尔姆莱洛维伊奥茨兹蒂娅妮弗柯赫沃缪塞茜撒·');

/**
 * The transliteration reading of the character at `at` (code point `cp`),
 * when a neighbour marks a foreign name: a marker character right before or
 * after it, or the same character doubled (茜茜). Otherwise undefined.
 */
export function readTransliteration(text: string, at: number, cp: number): string | undefined {
  const reading = TRANSLITERATION_READINGS.get(cp);
  if (reading === undefined) return undefined;
  const char = text[at]!;
  const before = text[at - 1];
  const after = text[at + 1];
  const marks = (neighbour: string | undefined) =>
    neighbour !== undefined && (neighbour === char || TRANSLITERATION_MARKERS.has(neighbour));
  return marks(before) || marks(after) ? reading : undefined;
}
