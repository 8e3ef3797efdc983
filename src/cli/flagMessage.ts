import { PinyinGlossError } from '../errors.js';

/** Library options whose flag is not their kebab-case name. */
const FLAG_OF: Readonly<Record<string, string>> = {
  'select.rate': '--rate',
  'select.seed': '--seed',
  // A list selection comes only from --words (--select's values are checked by its choices).
  select: '--words',
  words: '--user-words',
};

/**
 * The message of an invalid option, naming the flag the user typed instead
 * of the library's option: `--rate must be a number from 0 to 1, got 2`, not
 * `createAnnotateSession: option select.rate must be …`. `undefined` for any
 * other error.
 */
export function flagMessage(error: unknown): string | undefined {
  if (!(error instanceof PinyinGlossError) || error.code !== 'INVALID_OPTION' || error.option === undefined) return undefined;
  const at = error.message.indexOf(' must be ');
  if (at === -1) return undefined;
  const entry = /^dict\['(.*)'\]$/s.exec(error.option);
  const flag = entry ? `--dict: the entry for '${entry[1]}'` : (FLAG_OF[error.option] ?? `--${error.option.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
  return `${flag}${error.message.slice(at)}`;
}
