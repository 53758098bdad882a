import type { StoredToken, TokenStore } from '@convoflow/core';
import type { Redis } from 'ioredis';
import { DEFAULT_KEY_PREFIX, redisKeys } from './redis-keys.js';

/** Options of {@link RedisTokenStore}. */
export interface RedisTokenStoreOptions {
  /** Prefix of the store's keys. Default `convoflow`. */
  prefix?: string;
  /** How long a token without `expiresAt` is kept (ms). Default one hour. */
  defaultTtlMs?: number;
}

/**
 * Core's OAuth `TokenStore` on Redis, so every worker uses one access token per client instead of fetching its own.
 * Tokens are secrets: they are stored only in Redis, each with a TTL ending when the token expires, and never
 * written anywhere else (not in journals, job data or logs). Keep that Redis private (ACL, TLS, no public port).
 *
 * @example
 * const tokenStore = new RedisTokenStore(new Redis(process.env.REDIS_URL));
 * await executeNode(config, { tokenStore });
 */
export class RedisTokenStore implements TokenStore {
  readonly #redis: Redis;
  readonly #keys: ReturnType<typeof redisKeys>;
  readonly #defaultTtlMs: number;

  constructor(redis: Redis, options: RedisTokenStoreOptions = {}) {
    this.#redis = redis;
    this.#keys = redisKeys(options.prefix ?? DEFAULT_KEY_PREFIX);
    this.#defaultTtlMs = options.defaultTtlMs ?? 60 * 60 * 1000;
  }

  async get(key: string): Promise<StoredToken | undefined> {
    const text = await this.#redis.get(this.#keys.token(key));
    return text === null ? undefined : (JSON.parse(text) as StoredToken);
  }

  async set(key: string, token: StoredToken): Promise<void> {
    const ttl = token.expiresAt !== undefined ? token.expiresAt - Date.now() : this.#defaultTtlMs;
    if (ttl <= 0) await this.#redis.del(this.#keys.token(key));
    else await this.#redis.set(this.#keys.token(key), JSON.stringify(token), 'PX', Math.ceil(ttl));
  }

  async delete(key: string): Promise<void> {
    await this.#redis.del(this.#keys.token(key));
  }
}
