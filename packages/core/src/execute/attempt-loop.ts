/**
 * The attempts of one call, in the order they happen: wait for a rate-limit slot, **send** one attempt
 * (send-attempt.ts), **judge** what it came to (judge-attempt.ts), **decide** what follows (decide-next.ts), and
 * wait before a retry. The plan they all read was made once, before the first attempt (execute-node.ts).
 */
import { redactRequest } from '../prepare/prepared-request.js';
import type { AbortSignalLike } from '../transports/transport.js';
import { type AttemptPlan, emitFailure, interruption } from './attempt-plan.js';
import { AttemptTimer } from './attempt-timer.js';
import { decideNext } from './decide-next.js';
import { judgeFailure, judgeResponse, type Verdict } from './judge-attempt.js';
import type { NodeResult } from './node-result.js';
import { sendAttempt } from './send-attempt.js';
import { andThen, type SyncOrAsync } from './sync-or-async.js';
import { MAX_TIMER_MS } from './timeouts.js';

export type { AttemptPlan } from './attempt-plan.js';

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
 * Sends the planned request until it succeeds, fails for good, or runs out of retries, time or patience. This
 * async function only orders the steps and waits (its state is allocated per call, so it stays small).
 */
export async function runAttempts(plan: AttemptPlan): Promise<NodeResult> {
  for (let attempt = 1; ; attempt++) {
    if (plan.callSignal?.aborted) return interruption(plan, attempt - 1);
    if (plan.rateLimit && !(await reserveSlot(plan))) return interruption(plan, attempt - 1);
    if (plan.send.emit) {
      // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut; firstRedacted is redactRequest(plan.prepared), made when the plan was
      const request = attempt === 1 ? plan.firstRedacted : redactRequest(plan.prepared);
      plan.send.emit({ type: 'request', attempt, request });
    }
    const timer = new AttemptTimer(plan.callSignal, plan.timeoutMs, plan.connectionTimeoutMs);
    const attemptStarted = Date.now();
    let verdict: SyncOrAsync<Verdict>;
    try {
      const sent = await sendAttempt(plan, attempt, timer);
      timer.dispose();
      verdict = judgeResponse(plan, sent, attempt, attemptStarted);
    } catch (error) {
      timer.dispose();
      if (plan.callSignal?.aborted) return interruption(plan, attempt);
      verdict = judgeFailure(plan, error, timer, attempt);
    }
    const decision = andThen(verdict, (judged) => decideNext(plan, judged, attempt));
    const { result, retry } = decision instanceof Promise ? await decision : decision;
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
