import type { Connector, NetworkOptions, SecretProvider, Transport } from '@convoflow/core';
import { type RunResult, runWorkflow, type Workflow } from '@convoflow/workflow';
import { DelayedError, type Job, UnrecoverableError, WaitingError, Worker } from 'bullmq';
import { openRedis, type RedisInput } from './redis-connection.js';
import { DEFAULT_KEY_PREFIX, DEFAULT_QUEUE } from './redis-keys.js';
import { RedisRateLimitStore, type RedisRateLimitStoreOptions } from './redis-rate-limit-store.js';
import { type RedisRunStore, redisRunStore } from './redis-run-store.js';
import { RedisTokenStore } from './redis-token-store.js';
import { isRetryableStep, retryDelayMs, type StepBackoff } from './step-retry.js';

/** The data of a run's job: its id, and how often its current step has failed. */
export interface RunJobData {
  runId: string;
  /** Failed attempts of the step in flight (reset when a step completes). */
  failures?: number;
  /**
   * How many lines the run's journal had when a worker put the job back for its next step. A pickup that finds the
   * journal longer (a step started and never ended) follows a crash: that is a resume, journaled as one.
   */
  journalLength?: number;
}

/** What a worker reports as it goes. */
export type WorkerEvent =
  | { type: 'step'; runId: string; stepId?: string; ok: boolean; status?: number }
  | { type: 'retry'; runId: string; stepId?: string; attempt: number; delayMs: number }
  | { type: 'run-end'; runId: string; ok: boolean; error?: RunResult['error'] }
  | { type: 'run-stuck'; runId: string; message: string }
  /** BullMQ's own trouble: Redis unreachable, a lock lost (another worker then has the job). */
  | { type: 'worker-error'; message: string };

/** Options of {@link startWorker}. */
export interface StartWorkerOptions {
  /** Redis: a URL or an ioredis client (with `maxRetriesPerRequest: null`). */
  redis: RedisInput;
  /** Jobs (runs) processed at once by this process. Default 1. */
  concurrency?: number;
  /** Installed connectors by id. */
  connectors?: Readonly<Record<string, Connector>>;
  /** Where secrets come from: resolved in the worker, never stored in Redis. */
  secrets?: SecretProvider;
  transport?: Transport;
  /** The private-network guard for every request (core's `network`: `denyPrivate`, `allow`). */
  network?: NetworkOptions;
  /**
   * Rewrites each run's workflow before a step runs (the CLI's --sandbox points Custom API URLs at its sandbox).
   * The journal keeps the queued workflow's hash.
   */
  mapWorkflow?: (workflow: Workflow) => Workflow;
  /** Base URL overrides by connector id. */
  baseUrls?: Readonly<Record<string, string>>;
  /** More hosts that may receive secrets. */
  allowHosts?: readonly string[];
  /** Attempts of one step before the run fails. Default 5. */
  maxAttempts?: number;
  /** Backoff between attempts of a failed step without Retry-After. */
  backoff?: StepBackoff;
  /** The shared rate limiter's settings (burst; default 1, requests evenly spaced). */
  rateLimit?: RedisRateLimitStoreOptions;
  /**
   * How long a job stays locked to this worker without a renewal (ms). A killed worker's job goes to another one
   * after at most this plus `stalledIntervalMs`. Default 30 000 (BullMQ's).
   */
  lockDurationMs?: number;
  /** How often workers look for stalled jobs (ms). Default 30 000 (BullMQ's). */
  stalledIntervalMs?: number;
  /** The BullMQ queue. Default `convoflow-runs`. */
  queue?: string;
  /** Prefix of this package's Redis keys. Default `convoflow`. */
  prefix?: string;
  onEvent?: (event: WorkerEvent) => void;
}

/** A running worker. */
export interface RunWorker {
  /** Stops taking jobs and waits for the steps in flight to finish (each job is one step). */
  close(): Promise<void>;
  readonly worker: Worker<RunJobData>;
}

/**
 * Starts a BullMQ worker that runs queued workflows one step per job pickup: it resumes the run from its journal
 * in Redis, sends the next step (core's own retries off), stores the step's result, and puts the job back in the
 * queue for the next step. A worker killed mid-step leaves its job to another worker after the lock expires, which
 * resends that step with the same Idempotency-Key (or stops the run for a decision when it had none). A transient
 * failure is retried as a later pickup, after the provider's Retry-After or a backoff.
 *
 * @example
 * const worker = await startWorker({ redis: 'redis://127.0.0.1:6379', concurrency: 8, connectors: { stripe } });
 * process.on('SIGTERM', () => worker.close());
 */
export async function startWorker(options: StartWorkerOptions): Promise<RunWorker> {
  const { redis, owned } = openRedis(options.redis);
  const prefix = options.prefix ?? DEFAULT_KEY_PREFIX;
  const runs = redisRunStore(redis, prefix);
  const context: StepContext = {
    options,
    runs,
    rateLimitStore: new RedisRateLimitStore(redis, { prefix, ...options.rateLimit }),
    tokenStore: new RedisTokenStore(redis, { prefix }),
  };
  const worker = new Worker<RunJobData>(
    options.queue ?? DEFAULT_QUEUE,
    (job, token) => runOneStep(job, token, context),
    {
      connection: redis,
      concurrency: options.concurrency ?? 1,
      lockDuration: options.lockDurationMs ?? 30_000,
      stalledInterval: options.stalledIntervalMs ?? 30_000,
      // A run's job may stall once per killed worker: it is picked up again, not failed.
      maxStalledCount: 1000,
    },
  );
  worker.on('error', (error) => options.onEvent?.({ type: 'worker-error', message: error.message }));
  await worker.waitUntilReady();
  return {
    worker,
    async close() {
      await worker.close();
      if (owned) await redis.quit();
    },
  };
}

interface StepContext {
  options: StartWorkerOptions;
  runs: RedisRunStore;
  rateLimitStore: RedisRateLimitStore;
  tokenStore: RedisTokenStore;
}

/** One pickup of a run's job: its next step. Throws `DelayedError` to put the job back for the step after. */
async function runOneStep(job: Job<RunJobData>, token: string | undefined, context: StepContext) {
  const { options, runs } = context;
  const { runId } = job.data;
  const spec = await runs.readSpec(runId);
  if (!spec) throw new UnrecoverableError(`run ${runId} has no spec in Redis`);
  const entries = await runs.read(runId);
  const ended = entries?.findLast((entry) => entry.type === 'run-end');
  if (ended) return { ok: ended.ok };
  const failures = job.data.failures ?? 0;
  const maxAttempts = options.maxAttempts ?? 5;
  let failed: { result: Parameters<typeof isRetryableStep>[0]; stepId: string } | undefined;
  const workflow = options.mapWorkflow ? options.mapWorkflow(spec.workflow) : spec.workflow;
  const result = await runWorkflow(workflow, {
    runId,
    input: spec.input,
    journal: runs,
    resume: entries?.some((entry) => entry.type === 'run-start') === true,
    // The next step of a run this worker (or another) put back on purpose: not a resume after a crash.
    continues: job.data.journalLength !== undefined && job.data.journalLength === entries?.length,
    workflowHash: spec.workflowHash,
    stepBudget: 1,
    // Job pickups replace core's retries: a step's result is stored before anything else happens.
    retry: { limit: 0 },
    deferFailure: (stepResult, step) => {
      const again = isRetryableStep(stepResult) && failures + 1 < maxAttempts;
      if (again) failed = { result: stepResult, stepId: step.id };
      return again;
    },
    rateLimitStore: context.rateLimitStore,
    tokenStore: context.tokenStore,
    ...(options.connectors ? { connectors: options.connectors } : {}),
    ...(options.secrets ? { secrets: options.secrets } : {}),
    ...(options.transport ? { transport: options.transport } : {}),
    ...(options.network ? { network: options.network } : {}),
    ...(options.baseUrls ? { baseUrls: options.baseUrls } : {}),
    ...(options.allowHosts ? { allowHosts: options.allowHosts } : {}),
  });
  const last = result.steps.at(-1);
  if (result.unfinished === 'paused') {
    if (last) options.onEvent?.({ type: 'step', runId, ...stepFields(last) });
    return requeue(job, token, { runId, journalLength: await runs.length(runId) }, 0);
  }
  if (result.unfinished === 'deferred' && failed) {
    const delayMs = retryDelayMs(failed.result, failures, options.backoff);
    options.onEvent?.({ type: 'retry', runId, stepId: failed.stepId, attempt: failures + 1, delayMs });
    const data = { runId, failures: failures + 1, journalLength: await runs.length(runId) };
    return requeue(job, token, data, delayMs);
  }
  if (!result.ok && result.error?.kind === 'aborted') {
    // A step in flight without an Idempotency-Key: only a person can say whether to send it again.
    options.onEvent?.({ type: 'run-stuck', runId, message: result.error.message });
    throw new UnrecoverableError(result.error.message);
  }
  if (last) options.onEvent?.({ type: 'step', runId, ...stepFields(last) });
  options.onEvent?.({
    type: 'run-end',
    runId,
    ok: result.ok,
    ...(result.error ? { error: result.error } : {}),
  });
  return { ok: result.ok };
}

function stepFields(record: RunResult['steps'][number]) {
  return {
    ok: record.ok,
    ...(record.id ? { stepId: record.id } : {}),
    ...(record.status !== undefined ? { status: record.status } : {}),
  };
}

/** Puts the job back in the queue (after `delayMs`) for its next pickup; BullMQ's step-job pattern. */
async function requeue(job: Job<RunJobData>, token: string | undefined, data: RunJobData, delayMs: number) {
  await job.updateData(data);
  if (delayMs > 0) {
    await job.moveToDelayed(Date.now() + delayMs, token);
    throw new DelayedError();
  }
  await job.moveToWait(token);
  throw new WaitingError();
}
