/**
 * Issue 16: `convoflow enqueue`, `convoflow worker` and `convoflow runs --redis` as real processes against a real
 * redis-server: a worker SIGKILLed mid-step leaves the run to another, SIGTERM lets the step in flight finish.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import {
  type CaptureServer,
  describeWithRedis,
  type RedisServer,
  startCaptureServer,
  startRedisServer,
} from '@convoflow/testkit';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bin, cleanEnv, convoflow, root, scratch } from './support/convoflow.js';

const FAST_LOCKS = { CONVOFLOW_LOCK_MS: '1000', CONVOFLOW_STALLED_MS: '500' };

function startWorker(redisUrl: string): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, [bin, 'worker', '--redis', redisUrl], {
    cwd: root,
    env: { ...cleanEnv, NO_COLOR: '1', ...FAST_LOCKS },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  return new Promise((resolve) => {
    child.stdout.once('data', () => resolve({ child, output: () => output }));
  });
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });

async function waitForStatus(redisUrl: string, runId: string, status: string) {
  for (let tries = 0; tries < 300; tries++) {
    const listed = await convoflow(['runs', '--redis', redisUrl, '--json']);
    const run = (JSON.parse(listed.stdout || '[]') as { runId: string; status: string }[]).find(
      (item) => item.runId === runId,
    );
    if (run?.status === status) return run;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`run ${runId} never became ${status}`);
}

describeWithRedis('convoflow enqueue / worker / runs --redis', () => {
  let redis: RedisServer;
  let server: CaptureServer;
  /** Requests to /held wait for this to be called. */
  let release: () => void = () => {};
  let heldArrived: () => void = () => {};
  beforeAll(async () => {
    redis = await startRedisServer();
    server = await startCaptureServer(async (request, response) => {
      if (request.url === '/held' && server.requests.filter((item) => item.url === '/held').length === 1) {
        heldArrived();
        await new Promise<void>((resolve) => {
          release = resolve;
        });
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"id":"obj_1"}');
    });
  });
  afterAll(async () => {
    await server.close();
    await redis.close();
  });

  const workflow = (second: string) =>
    scratch('queued.json', {
      name: 'queued',
      input: { type: 'object', required: ['email'], properties: { email: { type: 'string' } } },
      steps: ['first', second].map((id) => ({
        id,
        type: 'customApi',
        config: {
          url: `${server.origin}/${id}`,
          method: 'POST',
          headers: { 'Idempotency-Key': `{{run.id}}:${id}` },
          body: { email: '{{input.email}}' },
        },
      })),
    });

  it('refuses an input that does not fit, before queueing (exit 2), and a missing --redis', async () => {
    const bad = await convoflow(['enqueue', workflow('second'), '--redis', redis.url, '--input', '{}']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('input/email');
    const none = await convoflow(['enqueue', workflow('second'), '--input', '{"email":"a@b.c"}']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--redis');
  });

  it('queues a run, prints its id; a killed worker’s run is finished by another; SIGTERM stops a worker with exit 0', async () => {
    const arrived = new Promise<void>((resolve) => {
      heldArrived = resolve;
    });
    const queued = await convoflow([
      'enqueue',
      workflow('held'),
      '--redis',
      redis.url,
      '--input',
      '{"email":"ada@example.com"}',
      '--run-id',
      'cli-run-1',
    ]);
    expect(queued).toMatchObject({ code: 0, stdout: 'cli-run-1\n' });
    const first = await startWorker(redis.url);
    await arrived;
    first.child.kill('SIGKILL');
    await exited(first.child);
    release();
    const second = await startWorker(redis.url);
    await waitForStatus(redis.url, 'cli-run-1', 'succeeded');
    const keys = server.requests.map((request) => `${request.url} ${request.headers['idempotency-key']}`);
    expect(keys).toEqual(['/first cli-run-1:first', '/held cli-run-1:held', '/held cli-run-1:held']);
    second.child.kill('SIGTERM');
    expect(await exited(second.child)).toBe(0);
    expect(second.output()).toContain('cli-run-1  succeeded');
    const shown = await convoflow(['runs', 'show', 'cli-run-1', '--redis', redis.url]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('run succeeded');
    expect(shown.stdout).toContain('ada@example.com');
  }, 60_000);
});
