/**
 * One timer for every pending timeout. A Node timer per request costs a timer-list insertion and removal on every
 * attempt (and a new list whenever the last one emptied); here each timeout is a set entry, and a single timer is
 * armed for the earliest deadline. The timer keeps the process alive only while some timeout is pending, as a
 * timer per request would.
 */

/** Something that times out: `expire` is called once its deadline passes, unless it was cancelled first. */
export interface Expiring {
  readonly deadline: number;
  /** Its index in the pending list while watched, -1 otherwise (kept by this module). */
  slot: number;
  expire(): void;
}

/** The watched entries, unordered; an entry knows its index, so removal is a swap with the last (no allocation). */
const pending: Expiring[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;
let armedFor = Number.POSITIVE_INFINITY;

/** setTimeout fires at once past this (a signed 32-bit delay): longer waits are clamped. */
export const MAX_TIMER_MS = 2_147_483_647;

/** Milliseconds on a clock that never goes back. */
export const now = (): number => performance.now();

function arm(at: number): void {
  if (timer !== undefined && armedFor <= at) return;
  if (timer !== undefined) clearTimeout(timer);
  armedFor = at;
  timer = setTimeout(fire, Math.min(Math.max(0, Math.ceil(at - now())), MAX_TIMER_MS));
}

function fire(): void {
  // The timer firing means the earliest deadline has passed, whatever now() says (a fake timer in a test, a clock
  // read a millisecond early).
  const time = Math.max(now(), armedFor);
  timer = undefined;
  armedFor = Number.POSITIVE_INFINITY;
  let next = Number.POSITIVE_INFINITY;
  const expired: Expiring[] = [];
  for (const entry of pending) {
    if (entry.deadline <= time) expired.push(entry);
    else if (entry.deadline < next) next = entry.deadline;
  }
  for (const entry of expired) remove(entry);
  if (next !== Number.POSITIVE_INFINITY) arm(next);
  for (const entry of expired) {
    try {
      entry.expire();
    } catch (error) {
      // One failing abort listener must not keep the others from timing out: report it, and go on.
      queueMicrotask(() => {
        throw error;
      });
    }
  }
}

/**
 * Node timers can stop holding the process open while nothing is pending. Where a timer cannot (a number in
 * browsers and Deno), it is cleared instead, and armed again by the next timeout.
 */
function holdProcess(hold: boolean): void {
  const handle = timer as { ref?: () => void; unref?: () => void } | undefined;
  if (handle === undefined) return;
  if (hold) handle.ref?.();
  else if (handle.unref) handle.unref();
  else {
    clearTimeout(timer);
    timer = undefined;
    armedFor = Number.POSITIVE_INFINITY;
  }
}

function remove(entry: Expiring): void {
  const last = pending.pop() as Expiring;
  if (last !== entry) {
    pending[entry.slot] = last;
    last.slot = entry.slot;
  }
  entry.slot = -1;
}

/** Starts watching `entry`'s deadline. */
export function watchTimeout(entry: Expiring): void {
  if (entry.slot !== -1) return;
  entry.slot = pending.length;
  pending.push(entry);
  arm(entry.deadline);
  if (pending.length === 1) holdProcess(true);
}

/** Stops watching `entry` (it finished in time). */
export function cancelTimeout(entry: Expiring): void {
  if (entry.slot === -1) return;
  remove(entry);
  // Nothing left to time out: the armed timer must not keep the process alive until it fires.
  if (pending.length === 0) holdProcess(false);
}
