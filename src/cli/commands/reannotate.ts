import { Option, type Command } from 'commander';
import type { ReannotateOptions } from '../../types.js';
import { createPieceSession } from '../createPieceSession.js';
import { addIoOptions, type IoOptions } from '../ioOptions.js';
import {
  addGlossParseOptions,
  addReadingOptions,
  addRenderOptions,
  glossParseOptionsFrom,
  readingOptionsFrom,
  renderOptionsFrom,
} from '../optionGroups.js';
import { addCorpusOptions, createCorpusRun, type CorpusFlags } from '../corpusOptions.js';
import { runTextCommand } from '../runTextCommand.js';

interface ReannotateFlags extends IoOptions, CorpusFlags {
  toneless?: boolean;
  spaced?: boolean;
  capitalized?: boolean;
  toneSandhi?: boolean;
  neutralTone?: string;
  polyphones?: string;
  dict?: string;
  tone?: string;
  separator?: string;
  apostrophes?: boolean;
  system?: string;
  brackets?: string;
  output?: string;
  correct?: boolean;
  properNouns?: string;
}

const EXAMPLES = `
Examples:
  $ pinyin-gloss reannotate --output ruby page.txt > page.html
  $ pinyin-gloss reannotate --correct --in-place page.txt     # fix 赢得(yíngde) → 赢得(yíngdé)
  $ pinyin-gloss reannotate --tone number --separator ' ' page.txt`;

export function addReannotateCommand(program: Command): Command {
  const command = program
    .command('reannotate')
    .description('render the existing glosses again in another style, or corrected')
    .argument('[files...]', 'input files (default: stdin)')
    .option('--correct', 'replace glosses that disagree with the reading in context')
    .addOption(
      new Option('--proper-nouns <style>', 'glossed names as the pinyin standard writes them (郭少华(Guō Shàohuá), capitalize) or lowercase like other words (default)').choices([
        'lowercase',
        'capitalize',
      ]),
    );
  addRenderOptions(command, ['inline', 'ruby']);
  addGlossParseOptions(command);
  addReadingOptions(command);
  addIoOptions(command, { inPlace: true });
  addCorpusOptions(command);
  return command.addHelpText('after', EXAMPLES).action(async (files: string[], flags: ReannotateFlags) => {
    const options: ReannotateOptions = {
      ...renderOptionsFrom(flags),
      ...glossParseOptionsFrom(flags),
      ...readingOptionsFrom(flags),
      ...(flags.correct ? { correct: true } : {}),
      ...(flags.properNouns !== undefined ? { properNouns: flags.properNouns as ReannotateOptions['properNouns'] } : {}),
    };
    const corpus = createCorpusRun(flags, 'reannotate', options);
    await runTextCommand(files, flags, async () => {
      const { reannotate } = await import('../../find/index.js');
      reannotate('', options); // bad options fail before any output
      return corpus?.session ?? (() => createPieceSession((piece) => reannotate(piece, options)));
    });
    corpus?.finish();
  });
}
