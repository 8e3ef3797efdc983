import type { Command } from 'commander';
import type { StripOptions } from '../../types.js';
import { addIoOptions, type IoOptions } from '../ioOptions.js';
import { addGlossParseOptions, glossParseOptionsFrom } from '../optionGroups.js';
import { addCorpusOptions, createCorpusRun, type CorpusFlags } from '../corpusOptions.js';
import { runTextCommand } from '../runTextCommand.js';

interface StripFlags extends IoOptions, CorpusFlags {
  toneless?: boolean;
  spaced?: boolean;
  capitalized?: boolean;
}

const EXAMPLES = `
Examples:
  $ echo '老旧小区改造(gǎizào)' | pinyin-gloss strip          # 老旧小区改造
  $ pinyin-gloss strip scraped/*.txt > clean.txt
  $ pinyin-gloss strip --in-place --encoding gb18030 page.txt   # rewritten as UTF-8
  $ pinyin-gloss strip --toneless --spaced vocabulary.txt
  $ pinyin-gloss strip --capitalized page.txt     # 汉字(Hànzì) goes too (kept by default)`;

export function addStripCommand(program: Command): Command {
  const command = program
    .command('strip')
    .description('remove pinyin glosses; every other character stays exactly as it was')
    .argument('[files...]', 'input files (default: stdin)');
  addGlossParseOptions(command);
  addIoOptions(command, { inPlace: true });
  addCorpusOptions(command);
  return command.addHelpText('after', EXAMPLES).action(async (files: string[], flags: StripFlags) => {
    // Loaded here, not at startup: strip never loads the segmenter.
    const options: StripOptions = glossParseOptionsFrom(flags);
    const corpus = createCorpusRun(flags, 'strip', options);
    await runTextCommand(files, flags, async () => {
      const { createStripper } = await import('../../strip/index.js');
      createStripper(options); // bad options fail before any output
      const { createStripTransform } = await import('../../stream/createStripTransform.js');
      // UTF-8 is stripped as bytes, never decoded; other encodings as text.
      return corpus?.session ?? (() => ({ transform: (decode) => createStripTransform(options, decode) }));
    });
    corpus?.finish();
  });
}
