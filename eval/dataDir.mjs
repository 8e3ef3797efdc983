import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** ../shared/data beside the repo, or $PINYIN_GLOSS_DATA. */
export function dataDir() {
  const dir = process.env.PINYIN_GLOSS_DATA
    ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/data');
  if (!existsSync(dir)) {
    console.error(`evaluation data not found at ${dir}: set PINYIN_GLOSS_DATA to the shared/data folder`);
    process.exit(2);
  }
  return dir;
}
