/**
 * Issue 16: `convoflow worker` sends like `convoflow run`: the private-network guard (--deny-private-networks) holds
 * in the worker, --sandbox runs queued workflows against the worker's embedded sandbox; `convoflow runs resume`
 * refuses what it cannot resume. Real processes, a real redis-server, nothing beyond 127.0.0.1.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import {
  type CaptureServer,
  describeWithRedis,
  type RedisServer,
  startCaptureServer,
  startRedisServer,
} from '@convoflow/testkit';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { bin, cleanEnv, convoflow, root, scratch } from './support/convoflow.js';

function startWorker(args: readonly string[]): Promise<ChildProcess> {
  const child = spawn(process.execPath, [bin, 'worker', ...args], {
    cwd: root,
    env: { ...cleanEnv, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout?.once('data', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`worker exited early (${code})`)));
  });
}

async function waitForStatus(redisUrl: string, runId: string) {
  for (let tries = 0; tries < 300; tries++) {
    const listed = await convoflow(['runs', '--redis', redisUrl, '--json']);
    const run = (JSON.parse(listed.stdout || '[]') as { runId: string; status: string }[]).find(
      (item) => item.runId === runId,
    );
    if (run && run.status !== 'unfinished') return run.status;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`run ${runId} never ended`);
}

describeWithRedis('convoflow worker: network guard, sandbox; convoflow runs resume', () => {
  let redis: RedisServer;
  let server: CaptureServer;
  const workers: ChildProcess[] = [];
  beforeAll(async () => {
    redis = await startRedisServer();
    server = await startCaptureServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"id":"obj_1"}');
    });
  });
  afterEach(async () => {
    for (const child of workers.splice(0)) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  });
  afterAll(async () => {
    await server.close();
    await redis.close();
  });

  it('refuses a private address in the worker with --deny-private-networks: the run fails, nothing arrives', async () => {
    workers.push(await startWorker(['--redis', redis.url, '--deny-private-networks']));
    const file = scratch('private.json', {
      name: 'private',
      steps: [{ id: 'one', type: 'customApi', config: { url: `${server.origin}/one`, method: 'GET' } }],
    });
    const queued = await convoflow(['enqueue', file, '--redis', redis.url, '--run-id', 'guarded']);
    expect(queued.code).toBe(0);
    expect(await waitForStatus(redis.url, 'guarded')).toBe('failed');
    const shown = await convoflow(['runs', 'show', 'guarded', '--redis', redis.url, '--json']);
    expect(shown.stdout).toMatch(/private|loopback/i);
    expect(server.requests).toHaveLength(0);
  });

  it('runs the demo workflow queued, against the worker’s embedded sandbox (--sandbox)', async () => {
    workers.push(await startWorker(['--redis', redis.url, '--sandbox']));
    const queued = await convoflow([
      'enqueue',
      'examples/new-order.workflow.json',
      '--input',
      '@examples/new-order.accepted.json',
      '--redis',
      redis.url,
      '--run-id',
      'demo-queued',
    ]);
    expect(queued.code).toBe(0);
    expect(await waitForStatus(redis.url, 'demo-queued')).toBe('succeeded');
  });

  it('runs resume: refuses a run it does not know, one that has ended, and one without --redis (exit 2)', async () => {
    const unknown = await convoflow(['runs', 'resume', 'nobody', '--redis', redis.url]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('run nobody was never queued on this Redis');
    const ended = await convoflow([
      'runs',
      'resume',
      'demo-queued',
      '--redis',
      redis.url,
      '--decide',
      'charge=skip',
    ]);
    expect(ended.code).toBe(2);
    expect(ended.stderr).toContain('has ended');
    const files = await convoflow(['runs', 'resume', 'some-run']);
    expect(files.code).toBe(2);
    expect(files.stderr).toContain('convoflow run <workflow.json> --resume some-run');
    const stray = await convoflow(['runs', '--redis', redis.url, '--decide', 'charge=skip']);
    expect(stray.code).toBe(2);
  });
});
