/** A mistake in the command line itself (bad flag value, missing file): exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
