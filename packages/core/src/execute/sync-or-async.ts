/**
 * The one place the hot path forks between synchronous and asynchronous work. Most steps of a call finish at once
 * (a synchronous secret provider, a response without a schema to compile); some must wait. Each step returns either
 * its value or a promise of it, and the next step is chained here, so the synchronous branch allocates no promise.
 */

/** A step's value now (the synchronous branch), or later (the asynchronous branch). */
export type SyncOrAsync<T> = T | Promise<T>;

/** Runs `next` on `value`: at once when it is already there, after it settles when it is a promise. */
export function andThen<T, U>(value: SyncOrAsync<T>, next: (value: T) => SyncOrAsync<U>): SyncOrAsync<U> {
  return value instanceof Promise ? value.then(next) : next(value);
}
