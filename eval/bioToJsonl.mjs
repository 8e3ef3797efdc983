// Converts a character-level BIO file (one character, a space and its tag a
// line; a blank line between sentences; tags O, B-PER, I-PER, B-LOC, I-LOC,
// B-ORG, I-ORG) to the JSON Lines that eval/names reads: one sentence a line,
// {"text": …, "entities": [{"start", "end", "type"}]} with UTF-16 offsets.
//   node eval/bioToJsonl.mjs example.dev > peoples-daily.dev.jsonl
import { readFileSync } from 'node:fs';

/** The JSON Lines text for a BIO text. */
export function bioToJsonl(bio) {
  const out = [];
  let text = '';
  let entities = [];
  let open; // the entity being read: { start, type }

  const close = () => {
    if (open) entities.push({ start: open.start, end: text.length, type: open.type });
    open = undefined;
  };
  const flush = () => {
    close();
    if (text !== '') {
      const list = entities.map((e) => `{"start": ${e.start}, "end": ${e.end}, "type": ${JSON.stringify(e.type)}}`);
      out.push(`{"text": ${JSON.stringify(text)}, "entities": [${list.join(', ')}]}\n`);
    }
    text = '';
    entities = [];
  };

  bio.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return flush();
    const match = /^(\S+)\s+(O|[BI]-[A-Z]+)$/u.exec(line);
    if (!match) throw new Error(`line ${index + 1}: expected "character tag", got ${JSON.stringify(line)}`);
    const [, char, tag] = match;
    const [prefix, type] = tag.split('-');
    // An I- tag continues an open entity of its type; anything else closes it.
    if (prefix !== 'I' || open?.type !== type) close();
    if (prefix !== 'O') open ??= { start: text.length, type };
    text += char;
  });
  flush();
  return out.join('');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node eval/bioToJsonl.mjs FILE.bio > FILE.jsonl');
    process.exit(2);
  }
  process.stdout.write(bioToJsonl(readFileSync(file, 'utf8')));
}
