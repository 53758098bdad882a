import type { RateLimit, RateLimitStore } from '@convoflow/core';
import type { Redis } from 'ioredis';
import { DEFAULT_KEY_PREFIX, redisKeys } from './redis-keys.js';

/**
 * GCRA in one script, so bookings from every process are atomic. KEYS: the cell (theoretical arrival time, ms) and
 * the pause. ARGV: emission interval (ms; empty when there is no limit, only a pause), tolerance (ms), and the slot
 * the caller booked before (empty for a first booking). Times come from the Redis server's clock, so workers on
 * different hosts agree. A booked slot that is still fresh (now within one interval of it, no pause since) is
 * confirmed: `{0}`. Otherwise a slot is booked, the earliest the limit and the pause allow: `{wait ms, slot}`.
 */
const BOOK = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local paused = tonumber(redis.call('GET', KEYS[2]) or '0')
if ARGV[1] == '' then return {math.max(0, math.ceil(paused - now)), ''} end
local interval = tonumber(ARGV[1])
local tolerance = tonumber(ARGV[2])
if ARGV[3] ~= '' then
  local slot = tonumber(ARGV[3])
  if now - slot <= interval and paused <= now then return {0, ''} end
end
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
local at = math.max(now, tat - tolerance, paused)
local nextTat = math.max(tat, at) + interval
redis.call('SET', KEYS[1], string.format('%.3f', nextTat), 'PX', math.ceil(nextTat - now) + 1000)
return {math.ceil(at - now), string.format('%.3f', at)}
`;

/** Holds a key until now + ARGV[1] ms (Redis clock), never shortening a longer pause. */
const PAUSE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local untilMs = now + tonumber(ARGV[1])
local paused = tonumber(redis.call('GET', KEYS[1]) or '0')
if untilMs > paused then
  redis.call('SET', KEYS[1], string.format('%.3f', untilMs), 'PX', math.ceil(untilMs - now) + 1000)
end
return 0
`;

/** Options of {@link RedisRateLimitStore}. */
export interface RedisRateLimitStoreOptions {
  /** Prefix of the store's keys. Default `convoflow`. */
  prefix?: string;
  /**
   * How many requests may go back to back before the spacing applies. Default 1: requests are spaced evenly at the
   * limit's rate (50 per second → one every 20 ms), so no sliding window of `perMs` ever holds more than `requests`.
   * The in-memory store's token bucket instead lets a full bucket (`requests`) go at once.
   */
  burst?: number;
}

type ScriptRedis = Redis & {
  convoflowBook(
    cell: string,
    pause: string,
    interval: string,
    tolerance: string,
    slot: string,
  ): Promise<[number, string]>;
  convoflowPause(pause: string, forMs: string): Promise<number>;
};

/**
 * Core's `RateLimitStore` on Redis: a limit (`config.rateLimit`) held together by every process that uses the same
 * Redis. Keys are core's bucket keys (provider origin + a SHA-256 of the credentials, never the credentials). A 429's
 * Retry-After pauses the key for every process.
 *
 * @example
 * const rateLimitStore = new RedisRateLimitStore(new Redis('redis://127.0.0.1:6379'));
 * await executeNode({ url, rateLimit: { requests: 50, perMs: 1000 } }, { rateLimitStore });
 */
export class RedisRateLimitStore implements RateLimitStore {
  readonly #redis: ScriptRedis;
  readonly #keys: ReturnType<typeof redisKeys>;
  readonly #burst: number;

  constructor(redis: Redis, options: RedisRateLimitStoreOptions = {}) {
    this.#burst = options.burst ?? 1;
    if (!Number.isInteger(this.#burst) || this.#burst < 1)
      throw new RangeError('RedisRateLimitStore: burst must be a whole number, 1 or more');
    this.#keys = redisKeys(options.prefix ?? DEFAULT_KEY_PREFIX);
    if (!('convoflowBook' in redis)) {
      redis.defineCommand('convoflowBook', { numberOfKeys: 2, lua: BOOK });
      redis.defineCommand('convoflowPause', { numberOfKeys: 1, lua: PAUSE });
    }
    this.#redis = redis as ScriptRedis;
  }

  /**
   * Books the next slot of `key`, waits for it, and resolves 0 (core then sends at once); with no limit, only a
   * pause, it says how long the pause lasts. On waking it confirms the slot: a process that woke late (a busy
   * machine), or a slot a 429 paused meanwhile, books again rather than send next to the following slot's owner,
   * so late wakers do not bunch up. The wait happens here: the call's abort signal does not
   * cut it short. `now` is ignored: Redis keeps the time.
   */
  async reserve(key: string, limit: RateLimit | undefined, _now: number): Promise<number> {
    const interval = limit ? limit.perMs / limit.requests : undefined;
    const tolerance = interval === undefined ? 0 : (this.#burst - 1) * interval;
    const cell = this.#keys.rateCell(key);
    const pause = this.#keys.ratePause(key);
    if (interval === undefined) return (await this.#redis.convoflowBook(cell, pause, '', '0', ''))[0];
    let slot = '';
    for (;;) {
      const [wait, booked] = await this.#redis.convoflowBook(
        cell,
        pause,
        String(interval),
        String(tolerance),
        slot,
      );
      if (wait === 0 && (slot !== '' || booked !== '')) return 0;
      slot = booked;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  /** Pauses `key` for every process until `until` (ms since epoch, this process's clock). */
  async pause(key: string, until: number): Promise<void> {
    const forMs = Math.max(0, until - Date.now());
    await this.#redis.convoflowPause(this.#keys.ratePause(key), String(forMs));
  }
}
