import type { CustomApiNodeConfig } from '../config/types.js';
import type { ErrorKind } from '../errors/convoflow-error.js';
import {
  type PreparedRequest,
  type RedactedRequest,
  redactRequest,
  secretsOf,
} from '../prepare/prepared-request.js';
import { type AbortSignalLike, TransportFailure } from '../transports/transport.js';
import { AttemptTimer } from './attempt-timer.js';
import type { NodeEvent } from './events.js';
import {
  followRedirects,
  type SendContext,
  type SentExchange,
  transportRequest,
} from './follow-redirects.js';
import type { NodeFailure, NodeResult } from './node-result.js';
import type { RateLimit, RateLimitStore } from './rate-limiter.js';
import { readResponse } from './read-response.js';
import { isRedirect } from './redirects.js';
import { type ResponseRules, requestIdOf } from './response-rules.js';
import type { ResponseValidator } from './response-schema.js';
import { parseRetryAfter } from './retry-after.js';
import { backoffMs, mayRetry, type RetryPolicy } from './retry-policy.js';
import { MAX_TIMER_MS } from './timeouts.js';

/** Everything the attempt loop needs, decided once per call by `executeNode`. */
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

function sleep(ms: number, signal: AbortSignalLike | undefined): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  if (ms <= 0) return Promise.resolve();
  ms = Math.min(ms, MAX_TIMER_MS);
  if (!signal) return new Promise((resolve) => setTimeout(resolve, ms));
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** A failure result (and its `error` event) after `attempts` exchanges. */
function failure(
  plan: AttemptPlan,
  attempts: number,
  kind: ErrorKind,
  message: string,
  extra?: Partial<NodeFailure['error']>,
): NodeFailure {
  plan.send.emit?.({ type: 'error', attempt: attempts, kind, message });
  return {
    ok: false,
    headers: {},
    durationMs: Date.now() - plan.started,
    attempts,
    request: plan.firstRedacted,
    error: extra ? { ...extra, kind, message } : { kind, message },
  };
}

/** The result when the caller aborted or the overall deadline passed. */
function interruption(plan: AttemptPlan, attempts: number): NodeFailure {
  return plan.callerSignal?.aborted
    ? failure(plan, attempts, 'aborted', 'the call was aborted')
    : failure(plan, attempts, 'timeout', 'the overall deadline (deadlineMs) passed');
}

/** Emits the `error` event of a final failed result. */
function emitFailure(plan: AttemptPlan, attempt: number, result: NodeResult): NodeResult {
  if (!result.ok)
    plan.send.emit?.({ type: 'error', attempt, kind: result.error.kind, message: result.error.message });
  return result;
}

/**
 * What one attempt came to: a final result, or a result to return unless a retry after `waitMs` is allowed (its
 * `error` event is emitted only when it turns out final).
 */
type Outcome =
  | { result: NodeResult; retry?: undefined }
  | { result: NodeResult; retry: { reason: string; waitMs: number } };

/** Waits for the rate limiter; false when the call was aborted or its deadline passed meanwhile. */
async function reserveSlot(plan: AttemptPlan): Promise<boolean> {
  const { key, limit, store } = plan.rateLimit as NonNullable<AttemptPlan['rateLimit']>;
  try {
    await sleep(await store.reserve(key, limit, Date.now()), plan.callSignal);
    return true;
  } catch {
    return false;
  }
}

/**
 * Sends the prepared request until it succeeds, fails for good, or runs out of retries, time or patience. The loop
 * only waits; what each attempt came to is decided by {@link afterResponse} and {@link afterFailure}, which keeps this
 * async function (whose state is allocated per call) small.
 */
export async function runAttempts(plan: AttemptPlan): Promise<NodeResult> {
  for (let attempt = 1; ; attempt++) {
    if (plan.callSignal?.aborted) return interruption(plan, attempt - 1);
    if (plan.rateLimit && !(await reserveSlot(plan))) return interruption(plan, attempt - 1);
    if (plan.send.emit) {
      const request = attempt === 1 ? plan.firstRedacted : redactRequest(plan.prepared);
      plan.send.emit({ type: 'request', attempt, request });
    }
    const abort = new AttemptTimer(plan.callSignal, plan.timeoutMs, plan.connectionTimeoutMs);
    const attemptStarted = Date.now();
    let outcome: Outcome | Promise<Outcome>;
    try {
      const response = await plan.send.transport.send(
        transportRequest(plan.prepared, plan.send, abort.signal, abort.onPhase),
      );
      const sent =
        plan.send.maxRedirects > 0 && isRedirect(response.status)
          ? await followRedirects(plan.prepared, response, plan.send, attempt, abort.signal, abort.onPhase)
          : { response, request: plan.prepared };
      abort.dispose();
      outcome = afterResponse(plan, sent, attempt, attemptStarted);
    } catch (error) {
      abort.dispose();
      if (plan.callSignal?.aborted) return interruption(plan, attempt);
      outcome = afterFailure(plan, error, abort, attempt);
    }
    const { result, retry } = outcome instanceof Promise ? await outcome : outcome;
    if (!retry) return result;
    if (Date.now() + retry.waitMs > plan.deadlineAt) return emitFailure(plan, attempt, result);
    plan.send.emit?.({ type: 'retry', attempt, reason: retry.reason, waitMs: retry.waitMs });
    try {
      await sleep(retry.waitMs, plan.callSignal);
    } catch {
      return interruption(plan, attempt);
    }
  }
}

/** The host and address of a refused connection, as a result's error fields. */
function blockedFields(error: TransportFailure): Partial<NodeFailure['error']> {
  return {
    ...(error.host === undefined ? {} : { host: error.host }),
    ...(error.address === undefined ? {} : { address: error.address }),
  };
}

/** What a transport failure (or a timeout) comes to: a result, or a retry. Rethrows what no transport should throw. */
function afterFailure(plan: AttemptPlan, error: unknown, timer: AttemptTimer, attempt: number): Outcome {
  const { timedOut } = timer;
  if (!(error instanceof TransportFailure) && !timedOut) throw error;
  if (error instanceof TransportFailure && error.kind === 'too_large')
    return { result: failure(plan, attempt, 'too_large', error.message) };
  if (error instanceof TransportFailure && error.kind === 'invalid')
    return { result: failure(plan, attempt, 'config', error.message) };
  if (error instanceof TransportFailure && error.kind === 'blocked')
    return { result: failure(plan, attempt, 'blocked', error.message, blockedFields(error)) };
  if (error instanceof TransportFailure && error.kind === 'decode') {
    const result = failure(plan, attempt, 'invalid_response', error.message);
    return { result: error.status === undefined ? result : { ...result, status: error.status } };
  }
  const transportFailure = error instanceof TransportFailure && !timedOut ? error : undefined;
  // A timeout while still waiting for a connection sent nothing: as safe to retry as a refused connection.
  const kind =
    timer.timedOutBeforeSending || transportFailure?.kind === 'connect'
      ? 'connect'
      : timedOut
        ? 'timeout'
        : 'network';
  const message = timedOut ? timer.timeoutMessage() : (transportFailure?.message ?? 'connection failed');
  const { policy } = plan;
  const retry =
    attempt <= policy.limit &&
    mayRetry({ type: 'failure', kind }, plan.prepared.method, plan.hasIdempotencyKey, policy);
  const extra = transportFailure?.errorCode
    ? { code: transportFailure.errorCode }
    : timedOut && timer.phase
      ? { phase: timer.phase }
      : undefined;
  if (!retry) return { result: failure(plan, attempt, timedOut ? 'timeout' : 'network', message, extra) };
  // The result if the retry does not happen: its error event is emitted then.
  const result: NodeFailure = {
    ok: false,
    headers: {},
    durationMs: Date.now() - plan.started,
    attempts: attempt,
    request: plan.firstRedacted,
    error: { ...extra, kind: timedOut ? 'timeout' : 'network', message },
  };
  return { result, retry: { reason: message, waitMs: backoffMs(attempt - 1, policy, plan.random) } };
}

/** What a response comes to: a result (success or failure), or a retry. */
function afterResponse(
  plan: AttemptPlan,
  sent: SentExchange,
  attempt: number,
  attemptStarted: number,
): Outcome | Promise<Outcome> {
  const redacted = sent.request === plan.prepared ? plan.firstRedacted : redactRequest(sent.request);
  // A server may answer with the credential as its request id (`x-request-id: <the Authorization header>`).
  const rawRequestId = requestIdOf(sent.response.headers, plan.rules);
  const requestId = rawRequestId && secretsOf(sent.request).redact(rawRequestId);
  if (plan.send.emit) {
    const event: NodeEvent = {
      type: 'response',
      attempt,
      status: sent.response.status,
      durationMs: Date.now() - attemptStarted,
    };
    if (requestId) event.requestId = requestId;
    plan.send.emit(event);
  }
  const read = readResponse(sent, redacted, plan, requestId, {
    durationMs: Date.now() - plan.started,
    attempts: attempt,
  });
  return read instanceof Promise
    ? read.then((result) => judgeResponse(plan, sent, attempt, result))
    : judgeResponse(plan, sent, attempt, read);
}

/** Decides whether a response's result is final or worth another attempt (status, Retry-After, the rules). */
function judgeResponse(
  plan: AttemptPlan,
  sent: SentExchange,
  attempt: number,
  result: NodeResult,
): Outcome | Promise<Outcome> {
  if (result.ok || sent.refusal || result.error.kind === 'invalid_response' || result.error.kind === 'config')
    return { result: emitFailure(plan, attempt, result) };

  const { policy } = plan;
  const { status, headers } = sent.response;
  const retryable = plan.rules.isRetryable?.({ status, headers, body: result.body });
  // A connector's rate-limit rule (403 + x-ratelimit-remaining: 0) makes the response a 429 for what follows.
  const limitedMs = plan.rules.rateLimited?.({ status, headers, body: result.body });
  const judged: NodeFailure =
    limitedMs === undefined
      ? result
      : { ...result, error: { ...result.error, kind: 'rate_limited', retryAfterMs: limitedMs } };
  const as = limitedMs !== undefined ? 429 : status;
  const retry =
    attempt <= policy.limit &&
    mayRetry(
      { type: 'response', status: as, retryable },
      plan.prepared.method,
      plan.hasIdempotencyKey,
      policy,
    );
  const retryAfterMs =
    limitedMs ?? (status === 429 || status === 503 ? parseRetryAfter(headers['retry-after']) : undefined);
  const decide = (): Outcome => {
    // A wait longer than maxRetryAfterMs ends the call at once, with the wait, instead of sleeping through it.
    if (retryAfterMs !== undefined && retryAfterMs > policy.maxRetryAfterMs && (as === 429 || retry)) {
      const message = `${judged.error.message}; the provider asks to wait ${Math.ceil(retryAfterMs / 1000)} s, more than maxRetryAfterMs`;
      plan.send.emit?.({ type: 'error', attempt, kind: 'rate_limited', message });
      return {
        result: {
          ...judged,
          error: { ...judged.error, kind: 'rate_limited', message, retryAfterMs },
        },
      };
    }
    if (!retry) return { result: emitFailure(plan, attempt, judged) };
    return {
      result: judged,
      retry: {
        reason: `status ${status}`,
        waitMs: retryAfterMs ?? backoffMs(attempt - 1, policy, plan.random),
      },
    };
  };
  // A 429 with Retry-After pauses the whole rate-limit key, not just this call.
  if (retryAfterMs !== undefined && plan.rateLimit && as === 429) {
    return Promise.resolve(plan.rateLimit.store.pause(plan.rateLimit.key, Date.now() + retryAfterMs)).then(
      decide,
    );
  }
  return decide();
}
