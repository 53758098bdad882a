import { matchesError, RequestFailedError } from './request-failed-error.js';

/** The response body passed `maxResponseBytes`; reading stopped and the connection was released. */
export class TooLargeError extends RequestFailedError {
  override readonly name = 'TooLargeError';
  readonly code = 'too_large' as const;
  readonly fault = 'upstream' as const;
}

/** True for a {@link TooLargeError}, also one from another copy of this package (matched by `name`). */
export function isTooLargeError(value: unknown): value is TooLargeError {
  return matchesError(value, TooLargeError, 'TooLargeError');
}
