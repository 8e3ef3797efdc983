import { Command } from 'commander';
import packageJson from '../../package.json';
import { addAnnotateCommand } from './commands/annotate.js';
import { addFindCommand } from './commands/find.js';
import { addReannotateCommand } from './commands/reannotate.js';
import { addStripCommand } from './commands/strip.js';
import { formatErrorLine } from './formatErrorLine.js';

/**
 * The command tree. Errors are thrown (exitOverride), never exit here, so
 * runCli() maps every failure to one exit code and one stderr line. Each
 * command lives in its own file under commands/.
 */
export function createProgram(): Command {
  const program = new Command('pinyin-gloss')
    .description('Annotate Chinese text with inline pinyin glosses 词(cí), or strip them.')
    .version(packageJson.version, '-v, --version')
    .exitOverride()
    .showSuggestionAfterError()
    .configureOutput({ outputError: (message, write) => write(formatErrorLine(message)) });
  addAnnotateCommand(program);
  addStripCommand(program);
  addFindCommand(program);
  addReannotateCommand(program);
  program.addHelpText(
    'after',
    `
Exit codes: 0 done, 1 failed (e.g. invalid bytes in the input), 2 usage error.
Run 'pinyin-gloss <command> --help' for a command's options and examples.`,
  );
  return program;
}
