import type { AbortSignalLike } from '../transports/transport.js';
import { cancelTimeout, type Expiring, now, watchTimeout } from './timeouts.js';

/**
 * A light abort signal for one attempt: aborts when a parent signal aborts or a timer runs out, and can be disposed
 * (timer cleared, parent listeners removed). A Node `AbortController` plus `AbortSignal.any`/`AbortSignal.timeout`
 * costs tens of microseconds per request on Node 20; this runs on every request, so it is a plain object with the
 * part of the AbortSignal interface that transports use (undici accepts it as is; the fetch transport converts it).
 */
export class LinkedAbort implements AbortSignalLike, Expiring {
  aborted = false;
  reason: unknown = undefined;
  /** True when the timer (not a parent) aborted it. */
  timedOut = false;
  /** When the timeout passes (on the {@link now} clock); infinite without one. */
  deadline = Number.POSITIVE_INFINITY;
  #listeners: Array<() => void> = [];
  #parents: Array<[AbortSignalLike, () => void]> = [];

  constructor(parents: ReadonlyArray<AbortSignalLike | undefined>, timeoutMs: number | undefined) {
    for (const parent of parents) {
      if (!parent) continue;
      if (parent.aborted) {
        this.abort(parent.reason);
        return;
      }
      const onAbort = () => this.abort(parent.reason);
      parent.addEventListener('abort', onAbort, { once: true });
      this.#parents.push([parent, onAbort]);
    }
    if (timeoutMs !== undefined && Number.isFinite(timeoutMs)) {
      this.deadline = now() + Math.max(0, timeoutMs);
      watchTimeout(this);
    }
  }

  /** Called when the timeout passes. */
  expire(): void {
    this.timedOut = true;
    this.abort(new DOMException('The operation timed out.', 'TimeoutError'));
  }

  /** This object, as the signal to hand to a transport. */
  get signal(): AbortSignalLike {
    return this;
  }

  addEventListener(_type: 'abort', listener: () => void): void {
    if (this.aborted) listener();
    else this.#listeners.push(listener);
  }

  removeEventListener(_type: 'abort', listener: () => void): void {
    const index = this.#listeners.indexOf(listener);
    if (index !== -1) this.#listeners.splice(index, 1);
  }

  abort(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    const listeners = this.#listeners;
    this.#listeners = [];
    for (const listener of listeners) listener();
  }

  /** Clears the timer and detaches from the parents. */
  dispose(): void {
    if (this.deadline !== Number.POSITIVE_INFINITY) cancelTimeout(this);
    for (const [parent, onAbort] of this.#parents) parent.removeEventListener('abort', onAbort);
    this.#parents = [];
  }
}

/** A {@link LinkedAbort} for the given parents and timeout. */
export function linkedAbort(
  parents: ReadonlyArray<AbortSignalLike | undefined>,
  timeoutMs: number | undefined,
): LinkedAbort {
  return new LinkedAbort(parents, timeoutMs);
}
