import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { locateJsonString } from '../../src/corpus/locateJsonString.js';
import { parseFieldPath } from '../../src/corpus/parseFieldPath.js';
import { readJsonRecord } from '../../src/corpus/readJsonRecord.js';
import { rewriteJsonString } from '../../src/corpus/rewriteJsonString.js';

describe('parseFieldPath', () => {
  test.each([
    ['text', ['text']],
    ['meta.body', ['meta', 'body']],
    ['a.b.c', ['a', 'b', 'c']],
    ['a\\.b', ['a.b']],
    ['a\\\\.b', ['a\\', 'b']],
    ['正文', ['正文']],
  ])('%s', (field, keys) => {
    expect(parseFieldPath(field)).toEqual(keys);
  });

  test.each(['', '.', 'a.', '.a', 'a..b'])('rejects %j', (field) => {
    expect(() => parseFieldPath(field)).toThrowError(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });
});

describe('locateJsonString', () => {
  const at = (json: string, path: string[]) => {
    const token = locateJsonString(json, path);
    return token && json.slice(token.start, token.end);
  };

  test.each([
    ['{"text":"改造"}', ['text'], '"改造"'],
    [' { "id" : 1 , "text" : "a\\"b" } ', ['text'], '"a\\"b"'],
    ['{"a":{"text":"in"},"text":"out"}', ['text'], '"out"'],
    ['{"a":{"text":"in"},"text":"out"}', ['a', 'text'], '"in"'],
    ['{"x":[1,{"text":"no"}],"text":"yes"}', ['text'], '"yes"'],
    ['{"x":"}\\\\","text":"after a backslash"}', ['text'], '"after a backslash"'],
    ['{"t\\u0065xt":"escaped key"}', ['text'], '"escaped key"'],
    // The last of repeated keys is the one JSON.parse keeps.
    ['{"text":"first","text":"second"}', ['text'], '"second"'],
    ['{"n":-1.5e3,"b":true,"z":null,"text":""}', ['text'], '""'],
  ])('%s at %j', (json, path, token) => {
    expect(at(json, path)).toBe(token);
  });

  test.each([
    ['{"text":1}', ['text']],
    ['{"other":"x"}', ['text']],
    ['{"a":"x"}', ['a', 'text']],
    ['["text"]', ['text']],
  ])('%s has no string at %j', (json, path) => {
    expect(locateJsonString(json, path)).toBeUndefined();
  });
});

describe('rewriteJsonString', () => {
  test.each([
    // Unchanged text keeps its token.
    ['"caf\\u00e9"', 'café'],
    // strip: the escapes of the kept characters stay as written.
    ['"caf\\u00e9 \\u6539\\u9020(g\\u01cez\\u00e0o)\\n"', 'café 改造\n', '"caf\\u00e9 \\u6539\\u9020\\n"'],
    ['"\\ud83d\\ude00改造(gǎizào)\\/"', '😀改造/', '"\\ud83d\\ude00改造\\/"'],
    // annotate: inserted text is escaped by JSON.stringify, the rest kept.
    ['"\\u6539\\u9020é\\t"', '改造(gǎizào)é\t', '"\\u6539\\u9020(gǎizào)é\\t"'],
    // (written the ensure_ascii way, it stays that way)
    ['"\\u6539\\u9020\\t"', '改造(gǎizào)\t', '"\\u6539\\u9020(g\\u01ceiz\\u00e0o)\\t"'],
    // Python's json.dumps (ensure_ascii): the same writer again.
    ['"\\u6539\\u9020(g\\u01ceiz\\u00e0o)\\u3002\\n"', '改造。\n', '"\\u6539\\u9020\\u3002\\n"'],
    // upper-case hex is no writer's default: kept piece by piece.
    ['"\\u6539\\u9020(g\\u01CEiz\\u00E0o)\\u00E9"', '改造é', '"\\u6539\\u9020\\u00E9"'],
    // no backslash: plain JSON.stringify.
    ['"改造(gǎizào)。"', '改造。', '"改造。"'],
    // neither only removed nor only inserted: the common ends are kept.
    ['"\\u00e9<b>\\u00e9"', '\u00e9&lt;b&gt;\u00e9', '"\\u00e9&lt;b&gt;\\u00e9"'],
  ])('%s → %j', (raw, next, expected = raw) => {
    const previous = JSON.parse(raw) as string;
    const out = rewriteJsonString(raw, previous, next);
    expect(out).toBe(expected);
    expect(JSON.parse(out)).toBe(next);
  });

  // Any JSON spelling of any text, rewritten to any other text, decodes to it.
  const spelled = fc
    .array(fc.tuple(fc.string({ unit: 'grapheme', maxLength: 3 }), fc.boolean()), { maxLength: 12 })
    .map((parts) => {
      const text = parts.map(([part]) => part).join('');
      const raw = `"${parts
        .map(([part, escape]) =>
          escape
            ? Array.from({ length: part.length }, (_, i) => `\\u${part.charCodeAt(i).toString(16).padStart(4, '0')}`).join('')
            : JSON.stringify(part).slice(1, -1),
        )
        .join('')}"`;
      return { text, raw };
    });

  prop.prop([spelled, fc.string({ unit: 'grapheme', maxLength: 10 })])('decodes to the new text', ({ text, raw }, next) => {
    expect(JSON.parse(raw)).toBe(text);
    expect(JSON.parse(rewriteJsonString(raw, text, next))).toBe(next);
  });

  prop.prop([spelled, fc.array(fc.boolean(), { maxLength: 40 })])('removing characters keeps the survivors raw', ({ text, raw }, drops) => {
    const next = [...text].filter((_, i) => !drops[i]).join('');
    const out = rewriteJsonString(raw, text, next);
    expect(JSON.parse(out)).toBe(next);
    // Nothing is added: the token only gets shorter.
    expect(out.length).toBeLessThanOrEqual(raw.length);
  });
});

describe('readJsonRecord', () => {
  test.each([
    ['', ['text'], 'empty line, expected a JSON object'],
    ['   ', ['text'], 'empty line, expected a JSON object'],
    ['{"text": "a"', ['text'], 'not valid JSON'],
    ['{"other":"a"}', ['text'], 'missing field `text`'],
    ['{"meta":{}}', ['meta', 'body'], 'missing field `meta.body`'],
    ['{"meta":"x"}', ['meta', 'body'], '`meta` is a string, not an object with the field `meta.body`'],
    ['[1]', ['text'], 'the record is an array, not an object with the field `text`'],
    ['{"text":null}', ['text'], 'field `text` is null, expected a string'],
    ['{"text":12}', ['text'], 'field `text` is a number, expected a string'],
    ['{"text":["a"]}', ['text'], 'field `text` is an array, expected a string'],
    ['{}', ['constructor'], 'missing field `constructor`'],
  ])('%j is bad', (line, path, reason) => {
    const record = readJsonRecord(line, path);
    expect(record.ok).toBe(false);
    if (!record.ok) expect(record.reason).toContain(reason);
  });

  test('rewrites only the field, keeping every other byte', () => {
    const line = '{"id":1.50,"title":"caf\\u00e9","meta":{"body":"改造(gǎizào)","n":1e2},"body":"x"}\r';
    const record = readJsonRecord(line, ['meta', 'body']);
    expect(record.ok && record.text).toBe('改造(gǎizào)');
    if (record.ok) {
      expect(record.rewrite('改造(gǎizào)')).toBe(line);
      expect(record.rewrite('改造')).toBe('{"id":1.50,"title":"caf\\u00e9","meta":{"body":"改造","n":1e2},"body":"x"}\r');
    }
  });
});
