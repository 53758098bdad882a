import type { NodeFailure } from '../execute/node-result.js';
import { ConvoFlowError } from './convoflow-error.js';

/** `POST https://api.stripe.com/v1/payment_intents`: method, origin and path of a redacted URL, no query or fragment. */
export function describeTarget(method: string, redactedUrl: string): string {
  try {
    const url = new URL(redactedUrl);
    return `${method} ${url.origin}${url.pathname}`;
  } catch {
    return `${method} ${redactedUrl.split(/[?#]/)[0]}`;
  }
}

/**
 * The base of the errors `executeNodeOrThrow` throws for a request that did not succeed. Carries the failed
 * result; the message is one line naming the method, origin and path, never the query, headers, body or a secret.
 */
export abstract class RequestFailedError extends ConvoFlowError {
  /** The failed result, as `executeNode` would have returned it (its request is redacted). Not enumerable. */
  declare readonly result: NodeFailure;

  constructor(result: NodeFailure, detail: string, options?: { cause?: unknown }) {
    super(`${describeTarget(result.request.method, result.request.url)} ${detail}`, options);
    Object.defineProperty(this, 'result', { value: result, enumerable: false });
  }

  /** The HTTP status, when a response arrived. */
  get status(): number | undefined {
    return this.result.status;
  }

  /** The provider's request id, when the response had one. */
  get requestId(): string | undefined {
    return this.result.requestId;
  }

  override toJSON(): Record<string, unknown> {
    const { error, status, requestId, attempts, durationMs } = this.result;
    return {
      ...super.toJSON(),
      method: this.result.request.method,
      url: describeTarget(this.result.request.method, this.result.request.url).split(' ')[1],
      status,
      requestId,
      attempts,
      durationMs,
      providerCode: error.code,
      providerMessage: error.message,
    };
  }
}

/** Matches an error by class or, across package copies, by name. */
export function matchesError(
  value: unknown,
  errorClass: abstract new (...args: never[]) => Error,
  name: string,
): boolean {
  return value instanceof errorClass || (value instanceof Error && value.name === name);
}
