import { matchesError, RequestFailedError } from './request-failed-error.js';

/** A 2xx response that the connector's rules call a failure (Slack's Web API answers 200 with `{"ok": false}`). */
export class UpstreamError extends RequestFailedError {
  override readonly name = 'UpstreamError';
  readonly code = 'upstream' as const;
  readonly fault = 'upstream' as const;
}

/** True for a {@link UpstreamError}, also one from another copy of this package (matched by `name`). */
export function isUpstreamError(value: unknown): value is UpstreamError {
  return matchesError(value, UpstreamError, 'UpstreamError');
}
