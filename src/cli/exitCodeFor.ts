import { CommanderError } from 'commander';
import { PinyinGlossError } from '../errors.js';
import { UsageError } from './UsageError.js';

/** 0 done, 1 failed, 2 usage error (bad flag, bad value, missing file). */
export function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
  if (error instanceof UsageError) return 2;
  if (error instanceof PinyinGlossError && (error.code === 'INVALID_OPTION' || error.code === 'INVALID_TYPE')) return 2;
  return 1;
}
