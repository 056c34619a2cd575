/** A mistake in the command line: printed as one line on stderr, and the exit code is 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
