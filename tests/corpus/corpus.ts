/**
 * A small JSON Lines corpus written for these tests: nested fields, \u
 * escapes (also a surrogate pair and an escaped quote), odd spacing, an empty
 * field, bad lines of every kind, and a last line without a newline.
 */
export const CORPUS = [
  '{"id":1,"text":"老旧小区改造(gǎizào)是今年的重点工作。","meta":{"source":"news","score":1.50}}',
  '{"id":2,"meta":{"title":"\\u6539\\u9020(g\\u01ceiz\\u00e0o)"},"text":"caf\\u00e9 \\u8001\\u65e7\\u5c0f\\u533a\\u6539\\u9020(g\\u01ceiz\\u00e0o)\\n\\u7b2c\\u4e8c\\u884c"}',
  '{"id":3,"text":""}',
  '{"id":4,"text":"党群服务站(受访者供图)，从一墙之隔到(dào)(dào)拆墙并院"}',
  'not json at all',
  '{"id":6,"body":"相邻(xiānglín)"}',
  '{"id":7,"text":42}',
  '   {"id":8, "text" : "居民(jūmín)在 社区 散步" , "tags":["a","b"]}\r',
  '',
  '{"id":10,"text":"\\ud83d\\ude00表情(biǎoqíng)\\"引号\\"","n":1e2}',
  '{"id":11,"text":"最后(zuìhòu)"}',
].join('\n');

/** The corpus stripped (`--field text`), bad lines kept. */
export const STRIPPED_KEEP = [
  '{"id":1,"text":"老旧小区改造是今年的重点工作。","meta":{"source":"news","score":1.50}}',
  '{"id":2,"meta":{"title":"\\u6539\\u9020(g\\u01ceiz\\u00e0o)"},"text":"caf\\u00e9 \\u8001\\u65e7\\u5c0f\\u533a\\u6539\\u9020\\n\\u7b2c\\u4e8c\\u884c"}',
  '{"id":3,"text":""}',
  '{"id":4,"text":"党群服务站(受访者供图)，从一墙之隔到拆墙并院"}',
  'not json at all',
  '{"id":6,"body":"相邻(xiānglín)"}',
  '{"id":7,"text":42}',
  '   {"id":8, "text" : "居民在 社区 散步" , "tags":["a","b"]}\r',
  '',
  '{"id":10,"text":"\\ud83d\\ude00表情\\"引号\\"","n":1e2}',
  '{"id":11,"text":"最后"}',
].join('\n');

/** The same, bad lines (5, 6, 7, 9) skipped. */
export const STRIPPED_SKIP = STRIPPED_KEEP.split('\n')
  .filter((_, index) => ![4, 5, 6, 8].includes(index))
  .join('\n');

export const BAD_LINE_REPORTS = [
  ':5: not valid JSON',
  ':6: missing field `text`',
  ':7: field `text` is a number, expected a string',
  ':9: empty line, expected a JSON object',
];
