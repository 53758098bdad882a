import type { ErrorKind } from '@convoflow/core';

/**
 * The failures a condition (or `continueOnError`) may handle: outcomes of talking to the remote service. Anything
 * else — a config or input problem, an aborted run — always fails the run, whatever the next step tests.
 * `auth` is a token endpoint's refusal (OAuth 2.0). A private-network guard's refusal (`blocked`) must never be added.
 */
export const HANDLEABLE_ERROR_KINDS: readonly ErrorKind[] = Object.freeze([
  'http',
  'upstream',
  'timeout',
  'network',
  'rate_limited',
  'too_large',
  'invalid_response',
  'auth',
] as const);

/** True when a failure of this kind may be handled by a condition or `continueOnError`. */
export function isHandleable(kind: string): boolean {
  return (HANDLEABLE_ERROR_KINDS as readonly string[]).includes(kind);
}
