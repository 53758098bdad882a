/**
 * A queued run stopped at a step in flight without an Idempotency-Key (its worker was killed while sending it) fails
 * its job and waits for a person: `resumeQueuedRun` journals the decision and queues the run again.
 */
import type { ChildProcess } from 'node:child_process';
import { describeWithRedis, startCaptureServer, startRedisServer } from '@convoflow/testkit';
import type { Workflow } from '@convoflow/workflow';
import { Redis } from 'ioredis';
import { afterEach, expect, it } from 'vitest';
import { enqueueRun, redisRunStore, resumeQueuedRun, startWorker } from '../src/index.js';
import { kill, startWorkerProcess, waitForRuns } from './helpers.js';

/** s1 and s3 carry an Idempotency-Key; s2 is a POST without one. */
const workflow = (origin: string) =>
  ({
    name: 'unkeyed',
    steps: ['s1', 's2', 's3'].map((id) => ({
      id,
      type: 'customApi',
      config: {
        url: `${origin}/${id}`,
        method: 'POST',
        headers: id === 's2' ? {} : { 'Idempotency-Key': `{{run.id}}:${id}` },
        body: { step: id },
      },
    })),
  }) as unknown as Workflow;

describeWithRedis('resuming a queued run that needs a decision', () => {
  const cleanup: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  it('refuses without a decision or with the wrong step; skip journals it and the run ends without resending', async () => {
    const redis = await startRedisServer();
    cleanup.push(() => redis.close());
    let s2Arrived: () => void = () => {};
    const arrived = new Promise<void>((resolve) => {
      s2Arrived = resolve;
    });
    const server = await startCaptureServer((request, response) => {
      // The first s2 is never answered: its worker is killed meanwhile.
      if (request.url === '/s2') return s2Arrived();
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"id":"obj"}');
    });
    cleanup.push(() => server.close());
    const first: ChildProcess = await startWorkerProcess(redis.url);
    cleanup.push(() => kill(first));
    await enqueueRun(workflow(server.origin), { redis: redis.url, runId: 'stuck' });
    await arrived;
    await kill(first);
    const events: string[] = [];
    const worker = await startWorker({
      redis: redis.url,
      lockDurationMs: 1000,
      stalledIntervalMs: 500,
      onEvent: (event) => events.push(event.type),
    });
    cleanup.push(() => worker.close());
    const [stopped] = await waitForRuns(redis.url, ['stuck'], 30_000);
    expect(stopped?.status).toBe('needs-decision');
    expect(events).toContain('run-stuck');

    expect(await resumeQueuedRun('stuck', { redis: redis.url })).toMatchObject({
      ok: false,
      issues: [{ pointer: 'decide', message: 'step s2 needs a decision: resend it or skip it' }],
    });
    const wrong = await resumeQueuedRun('stuck', {
      redis: redis.url,
      decision: { stepId: 's3', decision: 'skip' },
    });
    expect(wrong).toMatchObject({
      ok: false,
      issues: [{ message: 'step s3 is not waiting for a decision: step s2 is' }],
    });
    expect(await resumeQueuedRun('never', { redis: redis.url })).toMatchObject({ ok: false });

    const resumed = await resumeQueuedRun('stuck', {
      redis: redis.url,
      decision: { stepId: 's2', decision: 'skip' },
    });
    expect(resumed).toEqual({ ok: true, runId: 'stuck' });
    const [ended] = await waitForRuns(redis.url, ['stuck'], 30_000);
    expect(ended).toMatchObject({ status: 'succeeded', steps: 3 });
    expect(server.requests.map((request) => request.url)).toEqual(['/s1', '/s2', '/s3']);
    const client = new Redis(redis.url);
    const entries = (await redisRunStore(client).read('stuck')) ?? [];
    client.disconnect();
    expect(entries.filter((entry) => entry.type === 'step-decision')).toEqual([
      expect.objectContaining({ id: 's2', decision: 'skip' }),
    ]);
    expect(await resumeQueuedRun('stuck', { redis: redis.url })).toMatchObject({
      ok: false,
      issues: [{ message: 'run stuck has ended: there is nothing to resume' }],
    });
  }, 60_000);
});
