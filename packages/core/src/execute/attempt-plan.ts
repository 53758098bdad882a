import type { CustomApiNodeConfig } from '../config/types.js';
import type { ErrorKind } from '../errors/convoflow-error.js';
import type { PreparedRequest, RedactedRequest } from '../prepare/prepared-request.js';
import type { AbortSignalLike } from '../transports/transport.js';
import type { SendContext } from './follow-redirects.js';
import type { NodeFailure, NodeResult } from './node-result.js';
import type { RateLimit, RateLimitStore } from './rate-limiter.js';
import type { ResponseRules } from './response-rules.js';
import type { ResponseValidator } from './response-schema.js';
import type { RetryPolicy } from './retry-policy.js';

/** Everything the attempts of one call need, planned once by `executeNode` before the first is sent. */
export interface AttemptPlan {
  /** The request to send (with its idempotency key, if it has one). */
  prepared: PreparedRequest;
  /** Its redacted form (results and events carry it). */
  firstRedacted: RedactedRequest;
  config: CustomApiNodeConfig;
  send: SendContext;
  policy: RetryPolicy;
  rules: ResponseRules;
  validator: ResponseValidator | undefined;
  timeoutMs: number;
  /** How long an attempt may wait for a connection before its request is sent. */
  connectionTimeoutMs: number;
  deadlineAt: number;
  started: number;
  hasIdempotencyKey: boolean;
  rateLimit: { key: string; limit: RateLimit | undefined; store: RateLimitStore } | undefined;
  /** Aborted by the caller's signal or the overall deadline (absent when there is neither). */
  callSignal: AbortSignalLike | undefined;
  callerSignal: AbortSignal | undefined;
  random: (() => number) | undefined;
}

/** A failed result after `attempts` exchanges (no event: see {@link emitFailure}). */
export function failedResult(
  plan: AttemptPlan,
  attempts: number,
  kind: ErrorKind,
  message: string,
  extra?: Partial<NodeFailure['error']>,
): NodeFailure {
  return {
    ok: false,
    headers: {},
    durationMs: Date.now() - plan.started,
    attempts,
    request: plan.firstRedacted,
    error: extra ? { ...extra, kind, message } : { kind, message },
  };
}

/** Emits the `error` event of a result that is final (nothing for a success). */
export function emitFailure<R extends NodeResult>(plan: AttemptPlan, attempt: number, result: R): R {
  if (!result.ok)
    plan.send.emit?.({ type: 'error', attempt, kind: result.error.kind, message: result.error.message });
  return result;
}

/** A final failed result, with its `error` event. */
export function failure(
  plan: AttemptPlan,
  attempts: number,
  kind: ErrorKind,
  message: string,
  extra?: Partial<NodeFailure['error']>,
): NodeFailure {
  return emitFailure(plan, attempts, failedResult(plan, attempts, kind, message, extra));
}

/** The result when the caller aborted or the overall deadline passed. */
export function interruption(plan: AttemptPlan, attempts: number): NodeFailure {
  return plan.callerSignal?.aborted
    ? failure(plan, attempts, 'aborted', 'the call was aborted')
    : failure(plan, attempts, 'timeout', 'the overall deadline (deadlineMs) passed');
}
