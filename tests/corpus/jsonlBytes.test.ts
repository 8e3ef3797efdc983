import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { locateJsonFieldBytes } from '../../src/corpus/locateJsonFieldBytes.js';
import { runCorpus } from '../../src/corpus/runCorpus.js';
import type { CorpusTask } from '../../src/corpus/types.js';
import { glossyText, stripOptions } from '../strip/arbitraries.js';

// `strip --jsonl` on UTF-8 bytes strips each record's field as bytes where
// it can; on text chunks it takes the text path. Both must write the same.
async function run(input: string | Uint8Array, task: CorpusTask): Promise<{ output: Buffer; reports: string[] }> {
  const chunks: Buffer[] = [];
  const reports: string[] = [];
  await runCorpus((async function* () { yield input; })(), (out) => void chunks.push(Buffer.from(out)), task, {
    jobs: 1,
    batchSize: 64,
    onBadLine: (_bad, message) => reports.push(message),
  });
  return { output: Buffer.concat(chunks), reports };
}

/** JSON values written the ways corpora write them, and ways they break. */
const field = fc.oneof(
  glossyText.map((text) => JSON.stringify(text)),
  // Escapes a writer may choose: \/ and \u for some characters.
  glossyText.map((text) => JSON.stringify(text).replaceAll('/', '\\/')),
  glossyText.map((text) => JSON.stringify(text).replace(/[改造]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`)),
  fc.constantFrom('42', 'null', 'true', '[]', '{"text":"改造(gǎizào)"}', '"改造(gǎizào)', '"a\tb"', '01', '-', '1.', '1e', '"\\x"'),
);
const record = fc
  .tuple(field, fc.constantFrom('', ' ', '\r'), fc.constantFrom('text', 'Text', 'te\\u0078t'), fc.boolean(), fc.constantFrom('{', '[', ''))
  .map(([value, space, key, repeat, open]) => {
    const body = `"id":1,${space}"${key}"${space}:${space}${value}${repeat ? ',"text":"到(dào)"' : ''}`;
    return open === '{' ? `{${body}}${space}` : open === '[' ? `[${body}]` : body;
  });
const corpus = fc.array(fc.oneof({ weight: 5, arbitrary: record }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) }), { maxLength: 8 }).map((lines) => lines.join('\n'));

describe('strip --jsonl on bytes', () => {
  prop.prop([corpus, stripOptions], { numRuns: 600 })('writes what the text path writes, reports the same bad lines', async (text, options) => {
    const task: CorpusTask = { command: 'strip', format: 'jsonl', onBadLine: 'keep', options, file: 'x' };
    const bytes = await run(Buffer.from(text), task);
    const texts = await run(Buffer.from(text).toString('utf8'), task);
    expect(bytes.output.toString('utf8')).toBe(texts.output.toString('utf8'));
    expect(bytes.reports).toEqual(texts.reports);
  });

  test.each([
    ['{"text":"改造(gǎizào)"}', true],
    ['{"a":[1,{"text":"x"}],"text":"y","b":-0.5e+3}', true],
    ['{"text":"a","text":"b"}', true],
    ['{"text":"\\u6539"}', false], // \u escape: the text path decides
    ['{"te\\u0078t":"a"}', false],
    ['{"text":"a",}', false],
    ['{"text":"a"} x', false],
    ['{"text":"a\tb"}', false], // a raw tab in a string is not JSON
    ['{"text":01}', false],
    ['["text"]', false],
    ['{"text":"a"', false],
  ])('locateJsonFieldBytes(%s) vouches: %s', (line, vouches) => {
    const token = locateJsonFieldBytes(Buffer.from(line), [Buffer.from('text')]);
    expect(token !== undefined).toBe(vouches);
    if (token) expect(JSON.parse(Buffer.from(line).subarray(token.start, token.end).toString())).toBe(JSON.parse(line).text);
  });
});
