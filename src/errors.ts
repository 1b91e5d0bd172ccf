/**
 * An error caused by what the user gave us (a path, an option, a config file). The CLI prints its
 * message as one line and exits with code 2; no stack trace unless `--debug`.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}
