import type { ValidationIssue } from '../errors/convoflow-error.js';
import type { RedactedRequest } from '../prepare/prepared-request.js';
import type { NodeFailure } from './node-result.js';

/** A failure before anything was sent. */
export function refused(
  request: RedactedRequest,
  started: number,
  message: string,
  issues: ValidationIssue[],
  kind: 'config' | 'input' = 'config',
): NodeFailure {
  return {
    ok: false,
    headers: {},
    durationMs: Date.now() - started,
    attempts: 0,
    request,
    error: { kind, message, issues },
  };
}

/** The private-network guard is on, but the transport cannot check where it connects: refused, nothing sent. */
export function unguardable(request: RedactedRequest, started: number, host: string): NodeFailure {
  const message =
    'the private-network guard cannot check addresses through this transport, so nothing was sent';
  return { ...refused(request, started, message, []), error: { kind: 'blocked', message, host } };
}
