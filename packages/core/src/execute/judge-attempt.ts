import { redactRequest, secretsOf } from '../prepare/prepared-request.js';
import { TransportFailure } from '../transports/transport.js';
import { type AttemptPlan, failedResult } from './attempt-plan.js';
import type { AttemptTimer } from './attempt-timer.js';
import type { NodeEvent } from './events.js';
import type { SentExchange } from './follow-redirects.js';
import type { NodeFailure, NodeResult } from './node-result.js';
import { readResponse } from './read-response.js';
import { requestIdOf } from './response-rules.js';
import { parseRetryAfter } from './retry-after.js';
import type { AttemptOutcome } from './retry-policy.js';
import { andThen, type SyncOrAsync } from './sync-or-async.js';

/**
 * What one attempt came to, before anything is decided: a result that is final whatever the retry policy says, or
 * a failure the policy may retry (with what the retry rules need to know, and the wait the provider asked for).
 */
export type Verdict =
  | { final: NodeResult }
  | {
      failure: NodeFailure;
      outcome: AttemptOutcome;
      /** Why a retry would happen (the `retry` event's reason). */
      reason: string;
      /** The wait the provider asked for (Retry-After, or a connector's rate-limit rule). */
      retryAfterMs: number | undefined;
    };

/** The host and address of a refused connection, as a result's error fields. */
function blockedFields(error: TransportFailure): Partial<NodeFailure['error']> {
  return {
    ...(error.host === undefined ? {} : { host: error.host }),
    ...(error.address === undefined ? {} : { address: error.address }),
  };
}

/** A transport's message with this request's secrets masked (a caller-written transport may quote the URL). */
const redacted = (plan: AttemptPlan, text: string) => secretsOf(plan.prepared).redact(text);

/** What a transport threw that is not a {@link TransportFailure}: a `network` failure with its message redacted. */
function foreignFailure(plan: AttemptPlan, error: unknown, attempt: number): Verdict {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const message = `the ${plan.send.transport.name} transport failed: ${redacted(plan, what)}`;
  return {
    failure: failedResult(plan, attempt, 'network', message),
    outcome: { type: 'failure', kind: 'network' },
    reason: message,
    retryAfterMs: undefined,
  };
}

/** Judges an attempt that got no usable response: a transport failure, a timeout, or whatever a transport threw. */
export function judgeFailure(
  plan: AttemptPlan,
  error: unknown,
  timer: AttemptTimer,
  attempt: number,
): Verdict {
  const { timedOut } = timer;
  // A caller-written transport may throw anything: it is a network failure (the request may have gone out), never
  // a throw out of the call. Its message may spell the URL or a header, so it is redacted like any output.
  if (!(error instanceof TransportFailure) && !timedOut) return foreignFailure(plan, error, attempt);
  if (error instanceof TransportFailure && error.kind === 'too_large')
    return { final: failedResult(plan, attempt, 'too_large', redacted(plan, error.message)) };
  if (error instanceof TransportFailure && error.kind === 'invalid')
    return { final: failedResult(plan, attempt, 'config', redacted(plan, error.message)) };
  if (error instanceof TransportFailure && error.kind === 'blocked')
    return {
      final: failedResult(plan, attempt, 'blocked', redacted(plan, error.message), blockedFields(error)),
    };
  if (error instanceof TransportFailure && error.kind === 'decode') {
    const result = failedResult(plan, attempt, 'invalid_response', redacted(plan, error.message));
    return { final: error.status === undefined ? result : { ...result, status: error.status } };
  }
  const transportFailure = error instanceof TransportFailure && !timedOut ? error : undefined;
  // A timeout while still waiting for a connection sent nothing: as safe to retry as a refused connection.
  const kind =
    timer.timedOutBeforeSending || transportFailure?.kind === 'connect'
      ? 'connect'
      : timedOut
        ? 'timeout'
        : 'network';
  // Not timed out, the error is a TransportFailure (anything else was judged above).
  const message = transportFailure ? redacted(plan, transportFailure.message) : timer.timeoutMessage();
  const extra = transportFailure?.errorCode
    ? { code: transportFailure.errorCode }
    : timedOut && timer.phase
      ? { phase: timer.phase }
      : undefined;
  return {
    failure: failedResult(plan, attempt, timedOut ? 'timeout' : 'network', message, extra),
    outcome: { type: 'failure', kind },
    reason: message,
    retryAfterMs: undefined,
  };
}

/**
 * Judges the final response of an attempt: reads it into a result (announcing it with a `response` event), then
 * applies the provider's rules (a connector's retry and rate-limit verdicts, Retry-After). Synchronous unless a
 * responseSchema has to be compiled first.
 */
export function judgeResponse(
  plan: AttemptPlan,
  sent: SentExchange,
  attempt: number,
  attemptStarted: number,
): SyncOrAsync<Verdict> {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut; firstRedacted is redactRequest(plan.prepared)
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
  return andThen(read, (result) => applyRules(plan, sent, result));
}

/** A read result, judged by the status, Retry-After and the connector's rules. */
function applyRules(plan: AttemptPlan, sent: SentExchange, result: NodeResult): Verdict {
  if (result.ok || sent.refusal || result.error.kind === 'invalid_response' || result.error.kind === 'config')
    return { final: result };
  const { status, headers } = sent.response;
  const retryable = plan.rules.isRetryable?.({ status, headers, body: result.body });
  // A connector's rate-limit rule (403 + x-ratelimit-remaining: 0) makes the response a 429 for what follows.
  const limitedMs = plan.rules.rateLimited?.({ status, headers, body: result.body });
  const failure: NodeFailure =
    limitedMs === undefined
      ? result
      : { ...result, error: { ...result.error, kind: 'rate_limited', retryAfterMs: limitedMs } };
  return {
    failure,
    outcome: { type: 'response', status: limitedMs !== undefined ? 429 : status, retryable },
    reason: `status ${status}`,
    retryAfterMs:
      limitedMs ?? (status === 429 || status === 503 ? parseRetryAfter(headers['retry-after']) : undefined),
  };
}
