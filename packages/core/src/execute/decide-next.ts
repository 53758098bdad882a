import { type AttemptPlan, emitFailure } from './attempt-plan.js';
import type { Verdict } from './judge-attempt.js';
import type { NodeResult } from './node-result.js';
import { backoffMs, mayRetry } from './retry-policy.js';
import type { SyncOrAsync } from './sync-or-async.js';

/**
 * What to do after an attempt: return its result (done), or retry after `waitMs`. A retry's result is what the call
 * returns if the retry cannot happen after all (the deadline); its `error` event is emitted only once it is final.
 */
export type Decision =
  | { result: NodeResult; retry?: undefined }
  | { result: NodeResult; retry: { reason: string; waitMs: number } };

/**
 * Decides by the retry policy: final results end the call; a failure is retried when the policy allows it for this
 * method (see `mayRetry`), after the provider's wait or a backoff. A provider's wait longer than `maxRetryAfterMs`
 * ends the call at once, with the wait, instead of sleeping through it. A 429 with a wait pauses the call's
 * rate-limit key for everyone (the one asynchronous branch: the store may be shared).
 */
export function decideNext(plan: AttemptPlan, verdict: Verdict, attempt: number): SyncOrAsync<Decision> {
  if ('final' in verdict) return { result: emitFailure(plan, attempt, verdict.final) };
  const { failure, outcome, reason, retryAfterMs } = verdict;
  const { policy } = plan;
  const retry =
    attempt <= policy.limit && mayRetry(outcome, plan.prepared.method, plan.hasIdempotencyKey, policy);
  const limited = outcome.type === 'response' && outcome.status === 429;
  const decide = (): Decision => {
    if (retryAfterMs !== undefined && retryAfterMs > policy.maxRetryAfterMs && (limited || retry)) {
      const message = `${failure.error.message}; the provider asks to wait ${Math.ceil(retryAfterMs / 1000)} s, more than maxRetryAfterMs`;
      plan.send.emit?.({ type: 'error', attempt, kind: 'rate_limited', message });
      return {
        result: { ...failure, error: { ...failure.error, kind: 'rate_limited', message, retryAfterMs } },
      };
    }
    if (!retry) return { result: emitFailure(plan, attempt, failure) };
    return {
      result: failure,
      retry: { reason, waitMs: retryAfterMs ?? backoffMs(attempt - 1, policy, plan.random) },
    };
  };
  if (retryAfterMs !== undefined && plan.rateLimit && limited) {
    const { store, key } = plan.rateLimit;
    return Promise.resolve(store.pause(key, Date.now() + retryAfterMs)).then(decide);
  }
  return decide();
}
