import { matchesError, RequestFailedError } from './request-failed-error.js';

/** The connection failed: refused, DNS, reset. No status: nothing was received. */
export class NetworkError extends RequestFailedError {
  override readonly name = 'NetworkError';
  readonly code = 'network' as const;
  readonly fault = 'transient' as const;
}

/** True for a {@link NetworkError}, also one from another copy of this package (matched by `name`). */
export function isNetworkError(value: unknown): value is NetworkError {
  return matchesError(value, NetworkError, 'NetworkError');
}
