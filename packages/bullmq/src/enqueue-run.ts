import type { Connector, ValidationIssue } from '@convoflow/core';
import {
  hashWorkflow,
  RUN_ID,
  RUN_ID_RULE,
  validateRunInput,
  validateWorkflow,
  type Workflow,
} from '@convoflow/workflow';
import { Queue } from 'bullmq';
import { openRedis, type RedisInput } from './redis-connection.js';
import { DEFAULT_KEY_PREFIX, DEFAULT_QUEUE } from './redis-keys.js';
import { redisRunStore } from './redis-run-store.js';

/**
 * The job of a run. Its id is the run id: one job per run, whatever happens. Attempts cover a worker's own trouble
 * (Redis gone mid-step): the run resumes from its journal. A step's failures are counted apart (`maxAttempts` of the
 * worker).
 */
export const runJobOptions = (runId: string) => ({
  jobId: runId,
  attempts: 10,
  backoff: { type: 'exponential' as const, delay: 1000 },
  removeOnComplete: 1000,
  removeOnFail: 5000,
});

/** Options of {@link enqueueRun}. */
export interface EnqueueRunOptions {
  /** Redis: a URL or an ioredis client. */
  redis: RedisInput;
  input?: unknown;
  /** The run id (it names the job and the idempotency keys). Default: a new UUID. */
  runId?: string;
  /** Installed connectors by id, to check connector steps and their inputs before queueing. */
  connectors?: Readonly<Record<string, Connector>>;
  /** The BullMQ queue. Default `convoflow-runs`. */
  queue?: string;
  /** Prefix of this package's Redis keys. Default `convoflow`. */
  prefix?: string;
}

/** A queued run, or why it was refused (nothing was queued). */
export type EnqueueResult = { ok: true; runId: string } | { ok: false; issues: ValidationIssue[] };

/**
 * Checks a workflow and its input, saves them in Redis and queues the run for a worker. Refused (nothing queued)
 * when the workflow or the input is invalid or the run id is taken.
 *
 * @example
 * const queued = await enqueueRun(workflow, { redis: 'redis://127.0.0.1:6379', input: { email: 'ada@example.com' } });
 * if (queued.ok) console.log(queued.runId);
 */
export async function enqueueRun(workflow: Workflow, options: EnqueueRunOptions): Promise<EnqueueResult> {
  const runId = options.runId ?? crypto.randomUUID();
  if (!RUN_ID.test(runId)) return { ok: false, issues: [{ pointer: 'runId', message: RUN_ID_RULE }] };
  const connectors = options.connectors ? { connectors: options.connectors } : {};
  const issues = validateWorkflow(workflow, connectors);
  if (issues.length > 0) return { ok: false, issues };
  const input = options.input ?? {};
  const inputIssues = validateRunInput(workflow, input).map((issue) => ({
    ...issue,
    pointer: `input${issue.pointer}`,
  }));
  if (inputIssues.length > 0) return { ok: false, issues: inputIssues };
  const { redis, owned } = openRedis(options.redis, { failFast: true });
  const queue = new Queue(options.queue ?? DEFAULT_QUEUE, { connection: redis });
  queue.on('error', () => {}); // an unreachable Redis fails `add`, reported below
  try {
    const runs = redisRunStore(redis, options.prefix ?? DEFAULT_KEY_PREFIX);
    const spec = {
      workflow,
      workflowHash: hashWorkflow(workflow),
      input,
      enqueuedAt: new Date().toISOString(),
    };
    if (!(await runs.saveSpec(runId, spec)))
      return { ok: false, issues: [{ pointer: 'runId', message: `run ${runId} exists already` }] };
    await queue.add('run', { runId }, runJobOptions(runId));
    return { ok: true, runId };
  } finally {
    await queue.close().catch(() => {});
    if (owned) redis.disconnect();
  }
}
