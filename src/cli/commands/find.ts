import type { Command } from 'commander';
import { formatFoundIn } from '../../corpus/formatFound.js';
import type { FindGlossesOptions } from '../../types.js';
import { createPieceSession } from '../createPieceSession.js';
import { addIoOptions, type IoOptions } from '../ioOptions.js';
import { addGlossParseOptions, addReadingOptions, glossParseOptionsFrom, readingOptionsFrom } from '../optionGroups.js';
import { addCorpusOptions, createCorpusRun, type CorpusFlags } from '../corpusOptions.js';
import { runTextCommand } from '../runTextCommand.js';

interface FindFlags extends IoOptions, CorpusFlags {
  toneless?: boolean;
  spaced?: boolean;
  capitalized?: boolean;
  toneSandhi?: boolean;
  neutralTone?: string;
  polyphones?: string;
  dict?: string;
}

const EXAMPLES = `
Output: one JSON object a line:
  {"file":"page.txt","line":3,"start":120,"end":128,"wordStart":118,"wordEnd":120,
   "word":"赢得","pinyin":"yíngde","expected":"yíngdé","agrees":false,"capitalized":false}
  offsets are UTF-16 code units from the start of the file's text (after a BOM);
  "file" is "-" for stdin.

Examples:
  $ pinyin-gloss find page.txt
  $ pinyin-gloss find scraped/*.txt | grep '"agrees":false'`;

export function addFindCommand(program: Command): Command {
  const command = program
    .command('find')
    .description('list the glosses as JSON Lines, flagging those that disagree with the reading in context')
    .argument('[files...]', 'input files (default: stdin)');
  addGlossParseOptions(command);
  addReadingOptions(command);
  addIoOptions(command, { inPlace: false });
  addCorpusOptions(command);
  return command.addHelpText('after', EXAMPLES).action(async (files: string[], flags: FindFlags) => {
    const options: FindGlossesOptions = { ...glossParseOptionsFrom(flags), ...readingOptionsFrom(flags) };
    const corpus = createCorpusRun(flags, 'find', options);
    await runTextCommand(files, flags, async () => {
      const { findGlosses } = await import('../../find/index.js');
      findGlosses('', options); // bad options fail before any output
      return corpus?.session ?? ((file) => createPieceSession((piece, position) => formatFoundIn(findGlosses(piece, options), piece, file, position.offset, position.line)));
    });
    corpus?.finish();
  });
}
