import type { HttpMethod, RetryOptions } from '../config/types.js';

/** The retry settings in force for one call (config, then per-call overrides, then these defaults). */
export interface RetryPolicy {
  limit: number;
  statuses: ReadonlySet<number>;
  baseDelayMs: number;
  maxDelayMs: number;
  maxRetryAfterMs: number;
  retryNonIdempotent: boolean;
}

/** The defaults: 2 retries of 408, 429, 500, 502, 503, 504, backoff from 300 ms up to 10 s, Retry-After up to 60 s. */
export const DEFAULT_RETRY: Readonly<Required<RetryOptions>> = Object.freeze({
  limit: 2,
  statuses: [408, 429, 500, 502, 503, 504],
  baseDelayMs: 300,
  maxDelayMs: 10_000,
  maxRetryAfterMs: 60_000,
  retryNonIdempotent: false,
});

const defaultPolicy: RetryPolicy = { ...DEFAULT_RETRY, statuses: new Set(DEFAULT_RETRY.statuses) };

/** Merges retry options, later ones winning field by field. */
export function retryPolicy(...layers: Array<RetryOptions | undefined>): RetryPolicy {
  // Stryker disable next-line ConditionalExpression,ArrowFunction: a shortcut; merging no layers gives an equal policy
  if (layers.every((layer) => layer === undefined)) return defaultPolicy;
  const merged = Object.assign({}, DEFAULT_RETRY, ...layers.filter(Boolean)) as Required<RetryOptions>;
  return { ...merged, statuses: new Set(merged.statuses) };
}

const IDEMPOTENT_METHODS: ReadonlySet<HttpMethod> = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

/** What happened in one attempt, as far as retrying is concerned. */
export type AttemptOutcome =
  | { type: 'response'; status: number; retryable: boolean | undefined }
  | { type: 'failure'; kind: 'connect' | 'network' | 'timeout' };

/**
 * Whether an attempt may be retried. Idempotent methods (and POST/PATCH that carry an Idempotency-Key, or when the
 * config opts in) retry network failures, timeouts and the retry statuses. Other POST/PATCH retry only what is
 * known not to have been processed: 429, and connection failures before any byte was sent. A connector's
 * `isRetryable` verdict (Stripe-Should-Retry) overrides the status rules either way.
 */
export function mayRetry(
  outcome: AttemptOutcome,
  method: HttpMethod,
  hasIdempotencyKey: boolean,
  policy: RetryPolicy,
): boolean {
  const safe = IDEMPOTENT_METHODS.has(method) || hasIdempotencyKey || policy.retryNonIdempotent;
  if (outcome.type === 'failure') return outcome.kind === 'connect' || safe;
  if (outcome.retryable !== undefined) return outcome.retryable && (safe || outcome.status === 429);
  if (!policy.statuses.has(outcome.status)) return false;
  return safe || outcome.status === 429;
}

/** Exponential backoff with full jitter: a random wait between 0 and min(maxDelay, base × 2^retry). */
export function backoffMs(retry: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.floor(random() * ceiling);
}
