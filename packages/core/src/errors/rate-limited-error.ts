import { matchesError, RequestFailedError } from './request-failed-error.js';

/** The provider asked to wait longer than `maxRetryAfterMs`; `result.error.retryAfterMs` says how long. */
export class RateLimitedError extends RequestFailedError {
  override readonly name = 'RateLimitedError';
  readonly code = 'rate_limited' as const;
  readonly fault = 'transient' as const;
}

/** True for a {@link RateLimitedError}, also one from another copy of this package (matched by `name`). */
export function isRateLimitedError(value: unknown): value is RateLimitedError {
  return matchesError(value, RateLimitedError, 'RateLimitedError');
}
