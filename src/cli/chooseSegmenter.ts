import { checkSegmenter } from '../segment/checkSegmenter.js';
import { loadNodejieba } from '../segment/loadNodejieba.js';
import type { SegmenterChoice } from '../types.js';
import { formatErrorLine } from './formatErrorLine.js';

/**
 * The segmenter the CLI annotates with: --segmenter, else the
 * PINYIN_GLOSS_SEGMENTER environment variable, else 'auto', which is resolved
 * here, once: when nodejieba cannot load, one line on stderr says so and
 * jieba-wasm segments (worker threads of --jobs get the resolved choice and
 * never try nodejieba themselves).
 */
export function chooseSegmenter(flag: string | undefined): SegmenterChoice {
  const choice = checkSegmenter('pinyin-gloss annotate', flag);
  if (choice !== 'auto') return choice;
  try {
    loadNodejieba();
    return 'nodejieba';
  } catch (error) {
    const reason = (error as Error).cause instanceof Error ? ((error as Error).cause as Error).message : (error as Error).message;
    process.stderr.write(formatErrorLine(`nodejieba could not load, segmenting with jieba-wasm instead (${reason})`));
    return 'wasm';
  }
}
