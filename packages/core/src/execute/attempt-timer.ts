import type { AbortSignalLike, ExchangePhase } from '../transports/transport.js';
import { LinkedAbort } from './linked-abort.js';
import { cancelTimeout, now, watchTimeout } from './timeouts.js';

/**
 * The abort signal of one attempt, timed by phase. While the exchange waits for a connection (a pooled one to free
 * up, or a new one to open) the limit is `connectionTimeoutMs`; once it has one, `timeoutMs` counts from there to
 * the end of the body. A transport that does not report phases is timed by `timeoutMs` from the start, as before.
 */
export class AttemptTimer extends LinkedAbort {
  /** The phase the exchange was in last (undefined when the transport reports none). */
  phase: ExchangePhase | undefined;

  constructor(
    parent: AbortSignalLike | undefined,
    readonly timeoutMs: number,
    readonly connectionTimeoutMs: number,
  ) {
    super(parent, timeoutMs);
  }

  /** What the transport calls as the exchange moves on (passed as `onPhase`). */
  readonly onPhase = (phase: ExchangePhase): void => {
    const previous = this.phase;
    this.phase = phase;
    if (this.aborted) return;
    if ((phase === 'queue' || phase === 'connect') && previous === undefined)
      this.#restart(this.connectionTimeoutMs);
    else if (phase === 'response') this.#restart(this.timeoutMs);
  };

  #restart(ms: number): void {
    if (this.slot !== -1) cancelTimeout(this);
    this.deadline = now() + Math.max(0, ms);
    watchTimeout(this);
  }

  /** Was nothing sent when it timed out (it was still waiting for a connection)? */
  get timedOutBeforeSending(): boolean {
    return this.timedOut && (this.phase === 'queue' || this.phase === 'connect');
  }

  /** One sentence on what timed out. */
  timeoutMessage(): string {
    switch (this.phase) {
      case 'queue':
        return `no pooled connection came free within ${this.connectionTimeoutMs} ms (connectionTimeoutMs); nothing was sent`;
      case 'connect':
        return `no connection could be opened within ${this.connectionTimeoutMs} ms (connectionTimeoutMs); nothing was sent`;
      case 'body':
        return `the response body did not arrive within ${this.timeoutMs} ms`;
      default:
        return `no response within ${this.timeoutMs} ms`;
    }
  }
}
