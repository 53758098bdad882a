import { matchesError, RequestFailedError } from './request-failed-error.js';

/** A 2xx body that is not what was promised: unparseable JSON, or it fails `responseSchema` (`result.error.issues`). */
export class InvalidResponseError extends RequestFailedError {
  override readonly name = 'InvalidResponseError';
  readonly code = 'invalid_response' as const;
  readonly fault = 'upstream' as const;
}

/** True for a {@link InvalidResponseError}, also one from another copy of this package (matched by `name`). */
export function isInvalidResponseError(value: unknown): value is InvalidResponseError {
  return matchesError(value, InvalidResponseError, 'InvalidResponseError');
}
