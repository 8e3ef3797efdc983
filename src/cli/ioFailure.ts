import { PinyinGlossError } from '../errors.js';

/**
 * The one-line report of a failed read or write, naming the file and the
 * cause as coreutils do: `cannot write out.txt: no space left on device
 * (ENOSPC)`. Node's own message (`ENOSPC: no space left on device, write`)
 * names neither the file nor, for stdout, anything a user typed.
 */
export function ioFailure(error: unknown, verb: 'read' | 'write', name: string, note = ''): PinyinGlossError {
  const { code, message } = error as NodeJS.ErrnoException;
  // `ENOSPC: no space left on device, write` → `no space left on device`.
  const cause = code ? String(message).replace(new RegExp(`^${code}: `), '').replace(/, \w+( '.*')?$/, '') : String(message);
  return new PinyinGlossError('IO_ERROR', `cannot ${verb} ${name}: ${cause}${code ? ` (${code})` : ''}${note}`, { cause: error });
}
