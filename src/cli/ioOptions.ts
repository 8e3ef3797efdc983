import { InvalidArgumentError, Option, type Command } from 'commander';
import { INPUT_ENCODINGS } from '../internal/createChunkDecoder.js';
import type { InputEncoding } from '../types.js';

/** Flags every command shares: where text comes from and goes to. */
export interface IoOptions {
  readonly out?: string;
  readonly inPlace?: boolean;
  readonly encoding: InputEncoding;
  readonly encodingErrors: 'strict' | 'replace';
  readonly quiet?: boolean;
}

export function addIoOptions(command: Command, { inPlace }: { inPlace: boolean }): Command {
  command.option(
    '-o, --out <file>',
    'write to FILE instead of stdout, replaced atomically (temporary file .FILE.PID-RAND.tmp, fsync, rename); a symbolic link is followed: the file it points to is replaced',
  );
  if (inPlace) command.option('-i, --in-place', 'rewrite each input file the same way as -o (a symbolic link is followed)');
  return command
    .addOption(
      new Option('--encoding <name>', 'encoding of the input (output is always UTF-8)')
        .choices(INPUT_ENCODINGS)
        .default('utf-8')
        .argParser(normaliseEncoding),
    )
    .addOption(
      new Option('--encoding-errors <mode>', 'invalid input bytes: fail naming the byte, or replace with U+FFFD')
        .choices(['strict', 'replace'])
        .default('strict'),
    )
    .option('-q, --quiet', 'no progress bar')
    .addHelpText('after', TEMP_FILE_HELP);
}

/** What --help says after the options: what a killed run leaves. */
const TEMP_FILE_HELP = `
Files written with -o or --in-place: a run killed with SIGKILL (or a power
cut) leaves its temporary file .FILE.PID-RAND.tmp beside FILE, FILE itself
untouched. The next run that writes FILE removes such files whose process is
gone, and names each on stderr.`;

// Replaces commander's choices parser (kept for --help) to accept the spellings people type: utf8, UTF-16LE, GB18030.
function normaliseEncoding(value: string): string {
  const lower = value.toLowerCase();
  const aliases: Record<string, string> = { utf8: 'utf-8', utf16le: 'utf-16le', 'utf-16': 'utf-16le' };
  const name = aliases[lower] ?? lower;
  if (!(INPUT_ENCODINGS as readonly string[]).includes(name)) {
    throw new InvalidArgumentError(`Allowed choices are ${INPUT_ENCODINGS.join(', ')}.`);
  }
  return name;
}
