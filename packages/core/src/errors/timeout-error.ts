import { matchesError, RequestFailedError } from './request-failed-error.js';

/** An attempt passed `timeoutMs`, or the whole call passed `deadlineMs`. */
export class TimeoutError extends RequestFailedError {
  override readonly name = 'TimeoutError';
  readonly code = 'timeout' as const;
  readonly fault = 'transient' as const;

  /** The phase that ran out of time (`queue`, `connect`, `response`, `body`), when the transport reports phases. */
  get phase(): string | undefined {
    return this.result.error.phase;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), phase: this.phase };
  }
}

/** True for a {@link TimeoutError}, also one from another copy of this package (matched by `name`). */
export function isTimeoutError(value: unknown): value is TimeoutError {
  return matchesError(value, TimeoutError, 'TimeoutError');
}
