import type { ChildProcess } from 'node:child_process';
import {
  type CaptureServer,
  describeWithRedis,
  startCaptureServer,
  startRedisServer,
} from '@convoflow/testkit';
import { Redis } from 'ioredis';
import { afterEach, expect, it } from 'vitest';
import { enqueueRun, redisRunStore } from '../src/index.js';
import { keysByStep, kill, postSteps, startWorkerProcess, waitForRuns } from './helpers.js';

/** How many requests arrived for `url` with `key`. */
const count = (server: CaptureServer, url: string, key: string) =>
  server.requests.filter((request) => request.url === url && request.headers['idempotency-key'] === key)
    .length;

describeWithRedis('crashes: worker processes killed, Redis restarted', () => {
  const cleanup: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });
  const track = <T extends { close(): Promise<void> } | ChildProcess>(thing: T): T => {
    cleanup.push(() =>
      'close' in thing && typeof thing.close === 'function' ? thing.close() : kill(thing as ChildProcess),
    );
    return thing;
  };

  it('a worker killed mid-step leaves the run to another, which sends that step again with the same key', async () => {
    const redis = track(await startRedisServer());
    let stepTwoArrived: () => void = () => {};
    const arrived = new Promise<void>((resolve) => {
      stepTwoArrived = resolve;
    });
    const server = track(
      await startCaptureServer((request, response) => {
        if (request.url === '/s2' && count(server, '/s2', 'killed:s2') === 1) {
          // Never answered: the worker sending it is killed meanwhile.
          stepTwoArrived();
          return;
        }
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end('{"id":"obj"}');
      }),
    );
    const first = track(await startWorkerProcess(redis.url));
    await enqueueRun(postSteps(server.origin), { redis: redis.url, runId: 'killed' });
    await arrived;
    await kill(first);
    track(await startWorkerProcess(redis.url));
    const [summary] = await waitForRuns(redis.url, ['killed'], 30_000);
    expect(summary).toMatchObject({ status: 'succeeded', steps: 3 });
    expect([
      count(server, '/s1', 'killed:s1'),
      count(server, '/s2', 'killed:s2'),
      count(server, '/s3', 'killed:s3'),
    ]).toEqual([1, 2, 1]);
    expect(server.requests).toHaveLength(4);
    const client = new Redis(redis.url);
    const entries = (await redisRunStore(client).read('killed')) ?? [];
    client.disconnect();
    // One resume (the pickup after the crash), not one per step.
    expect(entries.filter((entry) => entry.type === 'run-resume')).toHaveLength(1);
  }, 60_000);

  it('loses no run when Redis (AOF on) restarts mid-run, and sends no step under two keys', async () => {
    const redis = track(await startRedisServer({ aof: true }));
    let restarted: Promise<void> | undefined;
    const server = track(
      await startCaptureServer(async (_request, response) => {
        if (server.requests.length === 4) restarted = redis.restart();
        await new Promise((resolve) => setTimeout(resolve, 30));
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end('{"id":"obj"}');
      }),
    );
    track(await startWorkerProcess(redis.url, { CONCURRENCY: '2' }));
    track(await startWorkerProcess(redis.url, { CONCURRENCY: '2' }));
    const runIds = ['aof-1', 'aof-2', 'aof-3', 'aof-4', 'aof-5', 'aof-6'];
    for (const runId of runIds) await enqueueRun(postSteps(server.origin), { redis: redis.url, runId });
    const summaries = await waitForRuns(redis.url, runIds, 45_000);
    await restarted;
    expect(restarted).toBeDefined();
    expect(summaries.map((run) => run.status)).toEqual(runIds.map(() => 'succeeded'));
    const byStep = keysByStep(server);
    expect(byStep.size).toBe(runIds.length * 3);
    expect([...byStep.values()].filter((keys) => keys.size !== 1)).toEqual([]);
  }, 60_000);
});
