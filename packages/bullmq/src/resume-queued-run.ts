import type { ValidationIssue } from '@convoflow/core';
import {
  decisionEntries,
  needsDecision,
  RUN_ID,
  RUN_ID_RULE,
  resumePoint,
  type StepDecisionInput,
} from '@convoflow/workflow';
import { Queue } from 'bullmq';
import { runJobOptions } from './enqueue-run.js';
import { openRedis, type RedisInput } from './redis-connection.js';
import { DEFAULT_KEY_PREFIX, DEFAULT_QUEUE } from './redis-keys.js';
import { redisRunStore } from './redis-run-store.js';

/** Options of {@link resumeQueuedRun}. */
export interface ResumeQueuedRunOptions {
  /** Redis: a URL or an ioredis client. */
  redis: RedisInput;
  /** What to do with the step in flight when the run stopped for a decision: resend or skip it. */
  decision?: StepDecisionInput;
  /** The BullMQ queue. Default `convoflow-runs`. */
  queue?: string;
  /** Prefix of this package's Redis keys. Default `convoflow`. */
  prefix?: string;
}

/** A run queued again, or why not (nothing was changed). */
export type ResumeQueuedResult = { ok: true; runId: string } | { ok: false; issues: ValidationIssue[] };

/** Job states in which a worker has the run, or will take it: nothing to resume. */
const BUSY = new Set(['active', 'waiting', 'delayed', 'prioritized', 'waiting-children', 'wait']);

/**
 * Puts a queued run that stopped unfinished back in the queue: a run whose job failed (it stopped at a step that
 * needs a decision, or its job ran out of attempts). With `decision`, the decision about the step in flight is
 * journaled first (`resend`: a worker sends it again with the same request; `skip`: it counts as done). Refused
 * when the run has ended, is still queued or worked on, or needs a decision that was not given.
 *
 * @example
 * const resumed = await resumeQueuedRun('run-42', { redis, decision: { stepId: 'charge', decision: 'skip' } });
 * if (!resumed.ok) console.error(resumed.issues);
 */
export async function resumeQueuedRun(
  runId: string,
  options: ResumeQueuedRunOptions,
): Promise<ResumeQueuedResult> {
  const refuse = (pointer: string, message: string): ResumeQueuedResult => ({
    ok: false,
    issues: [{ pointer, message }],
  });
  if (!RUN_ID.test(runId)) return refuse('runId', RUN_ID_RULE);
  const { redis, owned } = openRedis(options.redis, { failFast: true });
  const queue = new Queue(options.queue ?? DEFAULT_QUEUE, { connection: redis });
  queue.on('error', () => {});
  try {
    const runs = redisRunStore(redis, options.prefix ?? DEFAULT_KEY_PREFIX);
    if (!(await runs.readSpec(runId))) return refuse('runId', `run ${runId} was never queued on this Redis`);
    const job = await queue.getJob(runId);
    const state = job ? await job.getState() : 'missing';
    if (BUSY.has(state))
      return refuse('runId', `run ${runId} is in the queue (job ${state}): a worker has it or will take it`);
    const point = resumePoint((await runs.read(runId)) ?? []);
    if (point?.ended) return refuse('runId', `run ${runId} has ended: there is nothing to resume`);
    let entries: Awaited<ReturnType<typeof decisionEntries>> = { entries: [] };
    if (options.decision) {
      if (!point) return refuse('decide', `run ${runId} has sent nothing yet: no step waits for a decision`);
      entries = decisionEntries(point, options.decision);
      if ('issue' in entries) return { ok: false, issues: [entries.issue] };
    } else if (point && needsDecision(point)) {
      const step = point.inFlight?.id ?? point.inFlight?.key;
      return refuse('decide', `step ${step} needs a decision: resend it or skip it`);
    }
    if (entries.entries.length > 0) {
      const journal = await runs.reopen(runId);
      for (const entry of entries.entries) await journal.append(entry);
    }
    if (job && state === 'failed') {
      await job.updateData({ runId });
      await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
    } else {
      // Its job is gone (removed after failing, or completed with the run unfinished): a new one, same id.
      await job?.remove();
      await queue.add('run', { runId }, runJobOptions(runId));
    }
    return { ok: true, runId };
  } finally {
    await queue.close().catch(() => {});
    if (owned) redis.disconnect();
  }
}
