import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CaptureServer } from '@convoflow/testkit';
import type { Workflow } from '@convoflow/workflow';
import { Redis } from 'ioredis';
import { redisRunStore } from '../src/index.js';

const WORKER = fileURLToPath(new URL('./fixtures/worker.mjs', import.meta.url));

/** A workflow of `count` POST steps to `origin`, each with an Idempotency-Key from the run id and step id. */
export function postSteps(origin: string, count = 3, extra: Record<string, unknown> = {}): Workflow {
  const steps = Array.from({ length: count }, (_, index) => ({
    id: `s${index + 1}`,
    type: 'customApi',
    config: {
      url: `${origin}/s${index + 1}`,
      method: 'POST',
      headers: { 'Idempotency-Key': `{{run.id}}:s${index + 1}` },
      body: { step: index + 1 },
      ...extra,
    },
  }));
  return { name: 'three-posts', steps } as unknown as Workflow;
}

/** Starts a worker process; resolves once it takes jobs. */
export function startWorkerProcess(
  redisUrl: string,
  env: Record<string, string> = {},
): Promise<ChildProcess> {
  const child = spawn(process.execPath, [WORKER], {
    env: { ...process.env, REDIS_URL: redisUrl, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout?.once('data', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`worker exited early (${code})`)));
  });
}

export function kill(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/** Waits until every run in `runIds` has ended in Redis; returns their statuses. */
export async function waitForRuns(redisUrl: string, runIds: readonly string[], timeoutMs = 60_000) {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: null });
  redis.on('error', () => {}); // reconnects by itself (a test restarts Redis)
  const runs = redisRunStore(redis);
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const summaries = (await runs.list()).filter((run) => runIds.includes(run.runId));
      const ended = summaries.filter((run) => run.status !== 'unfinished');
      if (ended.length === runIds.length || Date.now() > deadline) return summaries;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    redis.disconnect();
  }
}

/** Per step path, the distinct Idempotency-Keys that arrived for each run: more than one is a duplicate charge. */
export function keysByStep(server: CaptureServer): Map<string, Set<string>> {
  const byStep = new Map<string, Set<string>>();
  for (const request of server.requests) {
    const key = String(request.headers['idempotency-key'] ?? '');
    const runId = key.split(':')[0] ?? '';
    const slot = `${runId} ${request.url}`;
    byStep.set(slot, (byStep.get(slot) ?? new Set()).add(key));
  }
  return byStep;
}
