import { describeWithRedis, type RedisServer, startRedisServer } from '@convoflow/testkit';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { RedisTokenStore } from '../src/index.js';

describeWithRedis('RedisTokenStore', () => {
  let redis: RedisServer;
  let client: Redis;
  beforeAll(async () => {
    redis = await startRedisServer();
    client = new Redis(redis.url);
  });
  afterAll(async () => {
    client.disconnect();
    await redis.close();
  });

  it('shares a token between clients and keeps it only until it expires', async () => {
    const other = new Redis(redis.url);
    const token = {
      accessToken: 'tok_canary_1',
      expiresAt: Date.now() + 60_000,
      refreshAt: Date.now() + 50_000,
    };
    await new RedisTokenStore(client).set('https://auth.example/token#client', token);
    expect(await new RedisTokenStore(other).get('https://auth.example/token#client')).toEqual(token);
    other.disconnect();
    const ttl = await client.pttl('convoflow:oauth:https://auth.example/token#client');
    expect(ttl).toBeGreaterThan(50_000);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });

  it('gives a token without expiry the default TTL, drops an expired one, and deletes', async () => {
    const store = new RedisTokenStore(client, { defaultTtlMs: 5000 });
    await store.set('no-expiry', { accessToken: 'tok_2' });
    expect(await client.pttl('convoflow:oauth:no-expiry')).toBeGreaterThan(4000);
    await store.set('expired', { accessToken: 'tok_3', expiresAt: Date.now() - 1 });
    expect(await store.get('expired')).toBeUndefined();
    await store.delete('no-expiry');
    expect(await store.get('no-expiry')).toBeUndefined();
  });
});
