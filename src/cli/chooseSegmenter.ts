import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { checkSegmenter } from '../segment/checkSegmenter.js';
import type { SegmenterChoice } from '../types.js';
import { formatErrorLine } from './formatErrorLine.js';

/**
 * Whether nodejieba's native addon loads: the addon alone, as nodejieba's own
 * index.js requires it (a few milliseconds), not its dictionary (a second and
 * some 300 MB), which loads where the text is segmented: here, or in the
 * worker threads of --jobs.
 */
function nodejiebaFailure(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    require(join(dirname(require.resolve('nodejieba')), 'build/Release/nodejieba.node'));
    return undefined;
  } catch (error) {
    return (error as Error).message.split('\n')[0];
  }
}

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
  const failure = nodejiebaFailure();
  if (failure === undefined) return 'nodejieba';
  process.stderr.write(formatErrorLine(`nodejieba could not load, segmenting with jieba-wasm instead (${failure})`));
  return 'wasm';
}
