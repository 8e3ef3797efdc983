// Dense glossed corpora for the corpus benchmark: about 10 glosses per 100
// characters, as content farms write them, generated from text written for
// this benchmark (no outside text). Plain text, and the same text as JSON
// Lines records. Files go to bench/.corpora/ (git-ignored) and are reused.
import { closeSync, existsSync, mkdirSync, openSync, renameSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { random } from './random.mjs';

// Words with their source-style pinyin.
const WORDS = [
  ['老旧', 'lǎojiù'], ['小区', 'xiǎoqū'], ['改造', 'gǎizào'], ['城市', 'chéngshì'], ['更新', 'gēngxīn'],
  ['居民', 'jūmín'], ['活动', 'huódòng'], ['空间', 'kōngjiān'], ['服务站', 'fúwùzhàn'], ['社区', 'shèqū'],
  ['基层', 'jīcéng'], ['治理', 'zhìlǐ'], ['资源', 'zīyuán'], ['群众', 'qúnzhòng'], ['提升', 'tíshēng'],
  ['花园', 'huāyuán'], ['电梯', 'diàntī'], ['精神', 'jīngshén'], ['银行', 'yínháng'], ['行长', 'hángzhǎng'],
  ['了', 'le'], ['的', 'de'], ['在', 'zài'], ['和', 'hé'], ['我们', 'wǒmen'], ['问题', 'wèntí'],
  ['街道', 'jiēdào'], ['志愿者', 'zhìyuànzhě'], ['停车场', 'tíngchēchǎng'], ['邻里', 'línlǐ'],
];
const PUNCTUATION = ['，', '，', '。', '、', '：', '；'];
const NOT_GLOSSES = ['(受访者供图)', '(2023)', '(GDP)', '（图）'];

/**
 * One paragraph of about `chars` characters: words, most of them glossed
 * (ASCII brackets, some full-width), punctuation, and now and then a
 * bracket that is not a gloss.
 */
function paragraph(next, chars) {
  let text = '';
  while (text.length < chars) {
    const [word, reading] = WORDS[Math.floor(next() * WORDS.length)];
    text += word;
    const roll = next();
    if (roll < 0.7) text += `(${reading})`;
    else if (roll < 0.78) text += `（${reading}）`;
    if (next() < 0.12) text += PUNCTUATION[Math.floor(next() * PUNCTUATION.length)];
    if (next() < 0.01) text += NOT_GLOSSES[Math.floor(next() * NOT_GLOSSES.length)];
  }
  return `${text}。`;
}

/**
 * Writes `bytes` bytes of dense glossed text to `file`: `text`, lines of
 * 100–1000 characters; `one-line`, the same paragraphs on one single line;
 * `jsonl`, JSON Lines records whose `text` field holds such a line;
 * `record`, one single JSON record whose `text` field holds the one line.
 * Kept if the file is already there with that size. Returns whether it wrote.
 */
export function generateDense(file, bytes, format) {
  if (existsSync(file) && statSync(file).size === bytes) return false;
  mkdirSync(dirname(file), { recursive: true });
  const next = random(21);
  const temp = `${file}.part`;
  const fd = openSync(temp, 'w');
  let written = 0;
  let id = 0;
  // A record: its head now, its tail (`"}` and the line end) kept out of the size below.
  const recordTail = Buffer.from('"}\n');
  if (format === 'record') written += writeSync(fd, Buffer.from('{"id":0,"text":"'));
  const size = format === 'record' ? bytes - recordTail.length : bytes;
  while (written < size) {
    let block = '';
    while (block.length < 1 << 20) {
      const line = paragraph(next, 100 + Math.floor(next() * 900));
      if (format === 'jsonl') block += `${JSON.stringify({ id: id++, url: `https://news.example/${id}.html`, text: line })}\n`;
      else block += format === 'one-line' || format === 'record' ? line : `${line}\n`;
    }
    let buffer = Buffer.from(block, 'utf8');
    if (written + buffer.length > size) {
      // Cut on a line end to the exact size: spaces pad the last line
      // (before its line end: trailing white space of a JSON record).
      const room = size - written;
      if (format === 'one-line' || format === 'record') {
        // Cut on a character boundary, padded with spaces.
        let cut = room;
        while (cut > 0 && (buffer[cut] & 0xc0) === 0x80) cut--;
        buffer = Buffer.concat([buffer.subarray(0, cut), Buffer.alloc(room - cut, 0x20)]);
      } else {
        const cut = buffer.lastIndexOf(0x0a, room - 1);
        buffer = Buffer.concat([buffer.subarray(0, cut), Buffer.alloc(room - cut - 1, 0x20), Buffer.from('\n')]);
      }
    }
    writeSync(fd, buffer);
    written += buffer.length;
  }
  if (format === 'record') writeSync(fd, recordTail);
  closeSync(fd);
  renameSync(temp, file);
  return true;
}
