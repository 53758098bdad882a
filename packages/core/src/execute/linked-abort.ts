import type { AbortSignalLike } from '../transports/transport.js';
import { cancelTimeout, type Expiring, now, watchTimeout } from './timeouts.js';

/**
 * A light abort signal for one attempt: aborts when its parent signal aborts or a timer runs out, and can be disposed
 * (timer cleared, parent listeners removed). A Node `AbortController` plus `AbortSignal.any`/`AbortSignal.timeout`
 * costs tens of microseconds per request on Node 20; this runs on every request, so it is a plain object with the
 * part of the AbortSignal interface that transports use (undici accepts it as is; the fetch transport converts it).
 */
export class LinkedAbort implements AbortSignalLike, Expiring {
  aborted = false;
  reason: unknown = undefined;
  /** True when the timer (not the parent) aborted it. */
  timedOut = false;
  /** When the timeout passes (on the {@link now} clock); infinite without one. */
  deadline = Number.POSITIVE_INFINITY;
  /** Where {@link watchTimeout} keeps it (-1 when not watched). */
  slot = -1;
  // Created on first use: most attempts end without anybody listening.
  #listeners: Array<() => void> | undefined;
  #parent: AbortSignalLike | undefined;
  #onParentAbort: (() => void) | undefined;

  constructor(parent: AbortSignalLike | undefined, timeoutMs: number | undefined) {
    if (parent) {
      if (parent.aborted) {
        this.abort(parent.reason);
        return;
      }
      this.#parent = parent;
      this.#onParentAbort = () => this.abort(parent.reason);
      parent.addEventListener('abort', this.#onParentAbort, { once: true });
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
    else if (this.#listeners) this.#listeners.push(listener);
    else this.#listeners = [listener];
  }

  removeEventListener(_type: 'abort', listener: () => void): void {
    const index = this.#listeners ? this.#listeners.indexOf(listener) : -1;
    if (index !== -1) this.#listeners?.splice(index, 1);
  }

  abort(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    const listeners = this.#listeners;
    this.#listeners = undefined;
    if (listeners) for (const listener of listeners) listener();
  }

  /** Clears the timer and detaches from the parent. */
  dispose(): void {
    if (this.slot !== -1) cancelTimeout(this);
    if (this.#parent && this.#onParentAbort) this.#parent.removeEventListener('abort', this.#onParentAbort);
    this.#parent = undefined;
    this.#onParentAbort = undefined;
  }
}

/** A {@link LinkedAbort} that follows `parent` (if any) and times out after `timeoutMs` (if given). */
export function linkedAbort(parent: AbortSignalLike | undefined, timeoutMs: number | undefined): LinkedAbort {
  return new LinkedAbort(parent, timeoutMs);
}
