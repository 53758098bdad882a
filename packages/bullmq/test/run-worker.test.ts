import {
  type CaptureServer,
  describeWithRedis,
  type RedisServer,
  startCaptureServer,
  startRedisServer,
} from '@convoflow/testkit';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { enqueueRun, type RunWorker, redisRunStore, startWorker } from '../src/index.js';
import { keysByStep, postSteps, waitForRuns } from './helpers.js';

describeWithRedis('a worker runs queued workflows one step per job pickup', () => {
  let redis: RedisServer;
  let server: CaptureServer;
  let worker: RunWorker;
  /** The first request to /s2 of each run is refused with 429 + Retry-After: 1. */
  const refused = new Set<string>();
  beforeAll(async () => {
    redis = await startRedisServer();
    server = await startCaptureServer((request, response) => {
      const key = String(request.headers['idempotency-key']);
      if (request.url === '/s2' && key.startsWith('limited') && !refused.has(key)) {
        refused.add(key);
        response.writeHead(429, { 'retry-after': '1', 'content-type': 'application/json' });
        response.end('{"error":"slow down"}');
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ id: `obj_${server.requests.length}` }));
    });
    worker = await startWorker({ redis: redis.url, concurrency: 2 });
  });
  afterAll(async () => {
    await worker.close();
    await server.close();
    await redis.close();
  });

  it('sends every step once, in order, with the run id and step id as Idempotency-Key, and journals the run without a resume line per pickup', async () => {
    const queued = await enqueueRun(postSteps(server.origin), {
      redis: redis.url,
      runId: 'plain-1',
      input: {},
    });
    expect(queued).toEqual({ ok: true, runId: 'plain-1' });
    const [summary] = await waitForRuns(redis.url, ['plain-1']);
    expect(summary).toMatchObject({ runId: 'plain-1', status: 'succeeded', steps: 3 });
    const sent = server.requests.filter((request) =>
      String(request.headers['idempotency-key']).startsWith('plain-1'),
    );
    expect(sent.map((request) => [request.url, request.headers['idempotency-key']])).toEqual([
      ['/s1', 'plain-1:s1'],
      ['/s2', 'plain-1:s2'],
      ['/s3', 'plain-1:s3'],
    ]);
    const client = new Redis(redis.url);
    const entries = (await redisRunStore(client).read('plain-1')) ?? [];
    client.disconnect();
    expect(entries.map((entry) => entry.type)).toEqual([
      'run-start',
      ...['step-start', 'step-end', 'step-start', 'step-end', 'step-start', 'step-end'],
      'run-end',
    ]);
  });

  it('retries a 429 as a later pickup after Retry-After, with the same Idempotency-Key', async () => {
    await enqueueRun(postSteps(server.origin), { redis: redis.url, runId: 'limited-1' });
    const [summary] = await waitForRuns(redis.url, ['limited-1']);
    expect(summary?.status).toBe('succeeded');
    const second = server.requests.filter((request) => request.headers['idempotency-key'] === 'limited-1:s2');
    expect(second).toHaveLength(2);
    // Core's retries are off inside jobs: the wait is the job's delay, at least the second Retry-After asked for.
    expect((second[1]?.arrivedAt ?? 0) - (second[0]?.arrivedAt ?? 0)).toBeGreaterThanOrEqual(950);
    expect([...keysByStep(server).values()].every((keys) => keys.size === 1)).toBe(true);
  });

  it('refuses a run whose input does not fit the workflow, before queueing anything', async () => {
    const workflow = { ...postSteps(server.origin), input: { type: 'object', required: ['email'] } };
    const queued = await enqueueRun(workflow as never, { redis: redis.url, runId: 'bad-input' });
    expect(queued.ok).toBe(false);
    expect(JSON.stringify(queued)).toContain('email');
    const client = new Redis(redis.url);
    expect(await client.exists('convoflow:run:bad-input:spec')).toBe(0);
    client.disconnect();
  });

  it('refuses a run id that is already queued', async () => {
    await enqueueRun(postSteps(server.origin), { redis: redis.url, runId: 'twice' });
    const again = await enqueueRun(postSteps(server.origin), { redis: redis.url, runId: 'twice' });
    expect(again).toMatchObject({ ok: false, issues: [{ pointer: 'runId' }] });
    await waitForRuns(redis.url, ['twice']);
  });
});
