import type { AttemptPlan } from './attempt-plan.js';
import type { AttemptTimer } from './attempt-timer.js';
import { followRedirects, type SentExchange, transportRequest } from './follow-redirects.js';
import { isRedirect } from './redirects.js';

/**
 * Sends one attempt: the planned request through the transport, then its redirects when they are followed. Throws
 * what the transport throws (a `TransportFailure`, or the timer's abort); judging it is the next step's work.
 */
export async function sendAttempt(
  plan: AttemptPlan,
  attempt: number,
  timer: AttemptTimer,
): Promise<SentExchange> {
  const { prepared, send } = plan;
  const response = await send.transport.send(transportRequest(prepared, send, timer.signal, timer.onPhase));
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: a shortcut; followRedirects hands back a response that is no redirect, or when no hop is allowed, as it is
  if (send.maxRedirects > 0 && isRedirect(response.status))
    return followRedirects(prepared, response, send, attempt, timer.signal, timer.onPhase);
  return { response, request: prepared };
}
