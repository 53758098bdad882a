import type { CustomApiNodeConfig } from '../config/types.js';
import type { ErrorKind } from '../errors/convoflow-error.js';
import { type PreparedRequest, type RedactedRequest, redactRequest } from '../prepare/prepared-request.js';
import { type AbortSignalLike, TransportFailure } from '../transports/transport.js';
import { linkedAbort } from './linked-abort.js';
import type { NodeFailure, NodeResult } from './node-result.js';
import type { RateLimit, RateLimitStore } from './rate-limiter.js';
import { readResponse } from './read-response.js';
import { type ResponseRules, requestIdOf } from './response-rules.js';
import type { ResponseValidator } from './response-schema.js';
import { parseRetryAfter } from './retry-after.js';
import { backoffMs, mayRetry, type RetryPolicy } from './retry-policy.js';
import { type SendContext, type SentExchange, sendWithRedirects } from './send-with-redirects.js';

/** Everything the attempt loop needs, decided once per call by `executeNode`. */
export interface AttemptPlan {
  config: CustomApiNodeConfig;
  send: SendContext;
  policy: RetryPolicy;
  rules: ResponseRules;
  validator: ResponseValidator | undefined;
  timeoutMs: number;
  deadlineAt: number;
  started: number;
  hasIdempotencyKey: boolean;
  rateLimit: { key: string; limit: RateLimit | undefined; store: RateLimitStore } | undefined;
  /** Aborted by the caller's signal or the overall deadline (absent when there is neither). */
  callSignal: AbortSignalLike | undefined;
  callerSignal: AbortSignal | undefined;
  random: (() => number) | undefined;
}

/** setTimeout fires at once past this (a signed 32-bit delay): longer waits are clamped. */
export const MAX_TIMER_MS = 2_147_483_647;

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

/** Sends the prepared request until it succeeds, fails for good, or runs out of retries, time or patience. */
export async function runAttempts(
  prepared: PreparedRequest,
  firstRedacted: RedactedRequest,
  plan: AttemptPlan,
): Promise<NodeResult> {
  const { send, policy } = plan;
  const timing = (attempts: number) => ({ durationMs: Date.now() - plan.started, attempts });
  const fail = (
    attempts: number,
    kind: ErrorKind,
    message: string,
    extra: Partial<NodeFailure['error']> = {},
  ): NodeFailure => {
    send.emit?.({ type: 'error', attempt: attempts, kind, message });
    return {
      ok: false,
      headers: {},
      ...timing(attempts),
      request: firstRedacted,
      error: { ...extra, kind, message },
    };
  };
  const interrupted = (attempts: number) =>
    plan.callerSignal?.aborted
      ? fail(attempts, 'aborted', 'the call was aborted')
      : fail(attempts, 'timeout', 'the overall deadline (deadlineMs) passed');
  /** Waits before the next attempt; false when the deadline or an abort says stop. */
  const pause = async (attempt: number, reason: string, waitMs: number): Promise<boolean> => {
    if (Date.now() + waitMs > plan.deadlineAt) return false;
    send.emit?.({ type: 'retry', attempt, reason, waitMs });
    await sleep(waitMs, plan.callSignal);
    return true;
  };

  for (let attempt = 1; ; attempt++) {
    if (plan.callSignal?.aborted) return interrupted(attempt - 1);
    try {
      if (plan.rateLimit) {
        const { key, limit, store } = plan.rateLimit;
        await sleep(await store.reserve(key, limit, Date.now()), plan.callSignal);
      }
    } catch {
      return interrupted(attempt - 1);
    }
    send.emit?.({
      type: 'request',
      attempt,
      request: attempt === 1 ? firstRedacted : redactRequest(prepared),
    });
    const attemptAbort = linkedAbort([plan.callSignal], plan.timeoutMs);
    const attemptStarted = Date.now();
    let sent: SentExchange;
    try {
      sent = await sendWithRedirects(prepared, send, attempt, attemptAbort.signal);
    } catch (error) {
      attemptAbort.dispose();
      if (plan.callSignal?.aborted) return interrupted(attempt);
      if (!(error instanceof TransportFailure) && !attemptAbort.timedOut) throw error;
      if (error instanceof TransportFailure && error.kind === 'too_large')
        return fail(attempt, 'too_large', error.message);
      if (error instanceof TransportFailure && error.kind === 'invalid')
        return fail(attempt, 'config', error.message);
      if (error instanceof TransportFailure && error.kind === 'decode') {
        const failure = fail(attempt, 'invalid_response', error.message);
        return error.status === undefined ? failure : { ...failure, status: error.status };
      }
      const timedOut = attemptAbort.timedOut;
      const failure = error instanceof TransportFailure && !timedOut ? error : undefined;
      const kind = timedOut ? 'timeout' : failure?.kind === 'connect' ? 'connect' : 'network';
      const message = timedOut
        ? `no response within ${plan.timeoutMs} ms`
        : (failure?.message ?? 'connection failed');
      const retry =
        attempt <= policy.limit &&
        mayRetry({ type: 'failure', kind }, prepared.method, plan.hasIdempotencyKey, policy);
      try {
        if (retry && (await pause(attempt, message, backoffMs(attempt - 1, policy, plan.random)))) continue;
      } catch {
        return interrupted(attempt);
      }
      return fail(
        attempt,
        timedOut ? 'timeout' : 'network',
        message,
        failure?.errorCode ? { code: failure.errorCode } : {},
      );
    }
    attemptAbort.dispose();

    const redacted = sent.request === prepared ? firstRedacted : redactRequest(sent.request);
    const requestId = requestIdOf(sent.response.headers, plan.rules);
    send.emit?.({
      type: 'response',
      attempt,
      status: sent.response.status,
      durationMs: Date.now() - attemptStarted,
      ...(requestId ? { requestId } : {}),
    });
    const read = readResponse(sent, redacted, plan.config, plan.rules, plan.validator, timing(attempt));
    const result = read instanceof Promise ? await read : read;
    if (
      result.ok ||
      sent.refusal ||
      result.error.kind === 'invalid_response' ||
      result.error.kind === 'config'
    ) {
      if (!result.ok)
        send.emit?.({ type: 'error', attempt, kind: result.error.kind, message: result.error.message });
      return result;
    }

    const { status, headers } = sent.response;
    const retryable = plan.rules.isRetryable?.({ status, headers, body: result.body });
    const retry =
      attempt <= policy.limit &&
      mayRetry({ type: 'response', status, retryable }, prepared.method, plan.hasIdempotencyKey, policy);
    const retryAfterMs =
      status === 429 || status === 503 ? parseRetryAfter(headers['retry-after']) : undefined;
    if (retryAfterMs !== undefined && plan.rateLimit && status === 429) {
      await plan.rateLimit.store.pause(plan.rateLimit.key, Date.now() + retryAfterMs);
    }
    // A wait longer than maxRetryAfterMs ends the call at once, with the wait, instead of sleeping through it.
    if (retryAfterMs !== undefined && retryAfterMs > policy.maxRetryAfterMs && (status === 429 || retry)) {
      const message = `${result.error.message}; the provider asks to wait ${Math.ceil(retryAfterMs / 1000)} s, more than maxRetryAfterMs`;
      send.emit?.({ type: 'error', attempt, kind: 'rate_limited', message });
      return { ...result, error: { ...result.error, kind: 'rate_limited', message, retryAfterMs } };
    }
    try {
      if (
        retry &&
        (await pause(
          attempt,
          `status ${status}`,
          retryAfterMs ?? backoffMs(attempt - 1, policy, plan.random),
        ))
      )
        continue;
    } catch {
      return interrupted(attempt);
    }
    send.emit?.({ type: 'error', attempt, kind: result.error.kind, message: result.error.message });
    return result;
  }
}
