import { matchesError, RequestFailedError } from './request-failed-error.js';

/** The caller's AbortSignal cancelled the call. */
export class AbortedError extends RequestFailedError {
  override readonly name = 'AbortedError';
  readonly code = 'aborted' as const;
  readonly fault = 'transient' as const;
}

/** True for a {@link AbortedError}, also one from another copy of this package (matched by `name`). */
export function isAbortedError(value: unknown): value is AbortedError {
  return matchesError(value, AbortedError, 'AbortedError');
}
