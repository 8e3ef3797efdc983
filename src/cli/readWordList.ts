import { readFileSync } from 'node:fs';
import { UsageError } from './UsageError.js';

/**
 * A UTF-8 word list, one word a line; blank lines and `#` comments are
 * skipped. A line holding a space is refused with its file and line number
 * (a segmenter word has no space; the option's own message would speak of
 * arrays, which a file does not have).
 */
export function readWordList(flag: string, file: string): string[] {
  const words: string[] = [];
  readTextFile(flag, file)
    .split(/\r?\n/)
    .forEach((raw, index) => {
      const line = raw.trim();
      if (line.length === 0 || line.startsWith('#')) return;
      if (/\s/.test(line)) {
        throw new UsageError(`${flag} ${file} line ${index + 1}: '${line}' holds a space; give one word a line`);
      }
      words.push(line);
    });
  return words;
}

export function readTextFile(flag: string, file: string): string {
  try {
    return readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`${flag} ${file}: ${code === 'ENOENT' ? 'no such file' : `cannot read (${code})`}`);
  }
}
