import { type NodeResult, parseRetryAfter } from '@convoflow/core';

/** Statuses worth another attempt later (core's own defaults). */
const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
/** Methods a resume sends again without asking (the journal's rule). */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** How a worker spaces the attempts of a failed step, when the provider does not say (Retry-After). */
export interface StepBackoff {
  /** The first wait (ms); each next one doubles, with full jitter. Default 500. */
  baseDelayMs?: number;
  /** The longest wait (ms). Default 30 000. */
  maxDelayMs?: number;
}

/**
 * Whether a failed step is tried again later as a job attempt: a transient failure (a retry status, a network
 * failure, a timeout, a rate limit) of a request that may be sent twice (a safe method, or an Idempotency-Key, which
 * stays the same on every attempt).
 */
export function isRetryableStep(result: NodeResult): boolean {
  if (result.ok) return false;
  const { kind } = result.error;
  const transient =
    kind === 'network' ||
    kind === 'timeout' ||
    kind === 'rate_limited' ||
    (kind === 'http' && result.status !== undefined && RETRY_STATUSES.has(result.status)) ||
    (kind === 'auth' && result.error.fault === 'transient');
  if (!transient) return false;
  const keyed = Object.keys(result.request.headers).some((name) => name.toLowerCase() === 'idempotency-key');
  return keyed || SAFE_METHODS.has(result.request.method.toUpperCase());
}

/** How long to wait before the next attempt of a failed step: the provider's Retry-After, else backoff. */
export function retryDelayMs(
  result: NodeResult,
  attempt: number,
  backoff: StepBackoff = {},
  random: () => number = Math.random,
): number {
  const asked = result.ok
    ? undefined
    : (result.error.retryAfterMs ?? parseRetryAfter(result.headers['retry-after']));
  if (asked !== undefined) return asked;
  const ceiling = Math.min(backoff.maxDelayMs ?? 30_000, (backoff.baseDelayMs ?? 500) * 2 ** attempt);
  return Math.floor(random() * ceiling);
}
