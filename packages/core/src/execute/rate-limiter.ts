/** A token-bucket limit: at most `requests` every `perMs` milliseconds. */
export interface RateLimit {
  requests: number;
  perMs: number;
}

/**
 * Where buckets live. In memory by default; a shared store (Redis, a database) makes one limit hold across
 * processes. `reserve` takes a token and says how long to wait before using it; `pause` holds a key until a time
 * (a 429's Retry-After).
 */
export interface RateLimitStore {
  reserve(key: string, limit: RateLimit | undefined, now: number): number | Promise<number>;
  pause(key: string, until: number): void | Promise<void>;
}

interface Bucket {
  /** Undefined until the first reservation tells the bucket its size. */
  tokens: number | undefined;
  updatedAt: number;
  pausedUntil: number;
}

/**
 * In-memory token buckets. Reservations may drive a bucket negative: each caller waits its turn, so concurrent calls
 * are spaced evenly rather than racing.
 */
export class MemoryRateLimitStore implements RateLimitStore {
  readonly #buckets = new Map<string, Bucket>();
  /** Buckets idle this long are full again and unpaused: they can be forgotten. */
  static readonly IDLE_MS = 10 * 60 * 1000;

  reserve(key: string, limit: RateLimit | undefined, now: number): number {
    if (this.#buckets.size > 10_000) this.#sweep(now);
    const bucket = this.#bucket(key);
    const pauseWait = Math.max(0, bucket.pausedUntil - now);
    if (!limit) return pauseWait;
    const rate = limit.requests / limit.perMs;
    const tokens = bucket.tokens ?? limit.requests;
    const elapsed = bucket.tokens === undefined ? 0 : Math.max(0, now - bucket.updatedAt);
    bucket.tokens = Math.min(limit.requests, tokens + elapsed * rate);
    bucket.updatedAt = now;
    bucket.tokens -= 1;
    const tokenWait = bucket.tokens >= 0 ? 0 : Math.ceil(-bucket.tokens / rate);
    return Math.max(pauseWait, tokenWait);
  }

  pause(key: string, until: number): void {
    const bucket = this.#bucket(key);
    bucket.pausedUntil = Math.max(bucket.pausedUntil, until);
  }

  /** Forgets buckets that have been idle (and unpaused) for a while, so keys do not pile up forever. */
  #sweep(now: number): void {
    for (const [key, bucket] of this.#buckets) {
      if (now - bucket.updatedAt > MemoryRateLimitStore.IDLE_MS && bucket.pausedUntil < now)
        this.#buckets.delete(key);
    }
  }

  #bucket(key: string): Bucket {
    let bucket = this.#buckets.get(key);
    if (!bucket) {
      bucket = { tokens: undefined, updatedAt: 0, pausedUntil: 0 };
      this.#buckets.set(key, bucket);
    }
    return bucket;
  }
}

/** The store used when a call names none: one per process. */
export const defaultRateLimitStore: RateLimitStore = new MemoryRateLimitStore();

/**
 * The default bucket key: the origin plus a hash of the credentials, so one tenant's quota is not another's.
 * The hash is SHA-256 (Web Crypto), so the key never reveals a credential even in a shared store.
 */
export async function defaultRateLimitKey(origin: string, credentials: string): Promise<string> {
  if (!credentials) return origin;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(credentials));
  const hex = [...new Uint8Array(digest).slice(0, 8)]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('');
  return `${origin}#${hex}`;
}
