import type { ErrorFault } from './convoflow-error.js';
import { matchesError, RequestFailedError } from './request-failed-error.js';

/** The provider answered with a non-2xx status. `status`, `requestId` and the parsed body (`result.body`) are kept. */
export class HttpError extends RequestFailedError {
  override readonly name = 'HttpError';
  readonly code = 'http' as const;
  /** 5xx and 429 may succeed later (`transient`); other statuses need a change (`upstream`). */
  get fault(): ErrorFault {
    const status = this.status ?? 0;
    return status >= 500 || status === 429 || status === 408 ? 'transient' : 'upstream';
  }
}

/** True for a {@link HttpError}, also one from another copy of this package (matched by `name`). */
export function isHttpError(value: unknown): value is HttpError {
  return matchesError(value, HttpError, 'HttpError');
}
