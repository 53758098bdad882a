import { Redis } from 'ioredis';

/** A Redis URL (`redis://host:port/db`, `rediss://` for TLS) or an open ioredis client. */
export type RedisInput = string | Redis;

/**
 * An ioredis client for `input`: a URL opens a new one (BullMQ workers need `maxRetriesPerRequest: null`; with
 * `failFast`, commands fail after a few reconnection tries instead), a client is used as it is. `owned` says whether
 * the caller must close it.
 */
export function openRedis(
  input: RedisInput,
  options: { failFast?: boolean } = {},
): { redis: Redis; owned: boolean } {
  if (typeof input !== 'string') return { redis: input, owned: false };
  // A worker waits for Redis to come back; a one-shot command (enqueue, a list) gives up after a few tries.
  const redis = options.failFast
    ? new Redis(input, { maxRetriesPerRequest: 1, retryStrategy: (times) => (times > 3 ? null : 200) })
    : new Redis(input, { maxRetriesPerRequest: null });
  // ioredis reconnects by itself and queues commands meanwhile; a failure reaches the command that needed Redis.
  redis.on('error', () => {});
  return { redis, owned: true };
}

/** The URL without its password, for messages. */
export function redactRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the Redis URL';
  }
}
