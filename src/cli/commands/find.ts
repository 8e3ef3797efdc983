import type { Command } from 'commander';
import type { FindGlossesOptions, Gloss } from '../../types.js';
import { createPieceSession, type PiecePosition } from '../createPieceSession.js';
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
      return corpus?.session ?? ((file) => createPieceSession((piece, position) => toJsonLines(findGlosses(piece, options), piece, position, file)));
    });
    corpus?.finish();
  });
}

function toJsonLines(glosses: readonly Gloss[], piece: string, position: PiecePosition, file: string): string {
  let out = '';
  let line = position.line;
  let scanned = 0;
  for (const gloss of glosses) {
    for (let i = piece.indexOf('\n', scanned); i !== -1 && i < gloss.start; i = piece.indexOf('\n', i + 1)) {
      line++;
      scanned = i + 1;
    }
    const base = position.offset;
    out += `${JSON.stringify({
      file,
      line,
      start: base + gloss.start,
      end: base + gloss.end,
      wordStart: base + gloss.wordStart,
      wordEnd: base + gloss.wordEnd,
      word: gloss.word,
      pinyin: gloss.pinyin,
      expected: gloss.expected,
      agrees: gloss.agrees,
      capitalized: gloss.capitalized,
    })}\n`;
  }
  return out;
}
