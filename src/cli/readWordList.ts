import { readFileSync } from 'node:fs';
import { UsageError } from './UsageError.js';

/** A UTF-8 word list, one word a line; blank lines and `#` comments are skipped. */
export function readWordList(flag: string, file: string): string[] {
  return readTextFile(flag, file)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'));
}

export function readTextFile(flag: string, file: string): string {
  try {
    return readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`${flag} ${file}: ${code === 'ENOENT' ? 'no such file' : `cannot read (${code})`}`);
  }
}
