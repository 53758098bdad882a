import {
  type JournalEntry,
  RUN_ID,
  RUN_ID_RULE,
  RunExistsError,
  type RunJournal,
  type RunJournalStore,
  type RunSummary,
  summarize,
  type Workflow,
} from '@convoflow/workflow';
import type { Redis } from 'ioredis';
import { DEFAULT_KEY_PREFIX, redisKeys } from './redis-keys.js';

/** What a queued run needs to start: saved by `enqueueRun`, read by the worker that takes its first step. */
export interface RunSpec {
  workflow: Workflow;
  workflowHash: string;
  input: unknown;
  enqueuedAt: string;
}

/** The run journals on Redis, plus the specs of queued runs. */
export interface RedisRunStore extends RunJournalStore {
  saveSpec(runId: string, spec: RunSpec): Promise<boolean>;
  readSpec(runId: string): Promise<RunSpec | undefined>;
  /** How many lines a run's journal has (0 when none). */
  length(runId: string): Promise<number>;
}

/**
 * Run journals on Redis, one list per run (`<prefix>:run:<id>:journal`), with the same entries as the file store:
 * secret values are never written. An append resolves once Redis has it; run Redis with `appendonly yes` (and
 * `appendfsync always` for a step result to survive a power loss, not just a Redis restart).
 *
 * @example
 * const runs = redisRunStore(new Redis('redis://127.0.0.1:6379'));
 * for (const run of await runs.list()) console.log(run.runId, run.status);
 */
export function redisRunStore(redis: Redis, prefix: string = DEFAULT_KEY_PREFIX): RedisRunStore {
  const keys = redisKeys(prefix);
  const checked = (runId: string) => {
    if (!RUN_ID.test(runId)) throw new Error(`"${runId.slice(0, 140)}": ${RUN_ID_RULE}`);
    return runId;
  };
  const journal = (runId: string): RunJournal => ({
    runId,
    async append(entry: JournalEntry) {
      await redis.rpush(keys.journal(runId), JSON.stringify(entry));
    },
    async close() {},
  });
  const read = async (runId: string): Promise<JournalEntry[] | undefined> => {
    const lines = await redis.lrange(keys.journal(checked(runId)), 0, -1);
    return lines.length === 0 ? undefined : lines.map((line) => JSON.parse(line) as JournalEntry);
  };
  return {
    async create(runId) {
      if ((await redis.exists(keys.journal(checked(runId)))) === 1) throw new RunExistsError(runId);
      return journal(runId);
    },
    async reopen(runId) {
      return journal(checked(runId));
    },
    read,
    async list(): Promise<RunSummary[]> {
      const ids = await redis.zrange(keys.runs, 0, -1);
      const summaries: RunSummary[] = [];
      // Read in batches: one round trip per 500 runs.
      for (let from = 0; from < ids.length; from += 500) {
        const batch = ids.slice(from, from + 500);
        const pipeline = redis.pipeline();
        for (const id of batch) pipeline.lrange(keys.journal(id), 0, -1);
        const replies = (await pipeline.exec()) ?? [];
        batch.forEach((id, index) => {
          const lines = (replies[index]?.[1] as string[] | undefined) ?? [];
          summaries.push(
            summarize(
              id,
              lines.map((line) => JSON.parse(line) as JournalEntry),
            ),
          );
        });
      }
      return summaries;
    },
    async saveSpec(runId, spec) {
      const saved = await redis.set(keys.spec(checked(runId)), JSON.stringify(spec), 'NX');
      if (saved === 'OK') await redis.zadd(keys.runs, Date.parse(spec.enqueuedAt), runId);
      return saved === 'OK';
    },
    length: (runId) => redis.llen(keys.journal(checked(runId))),
    async readSpec(runId) {
      const text = await redis.get(keys.spec(checked(runId)));
      return text === null ? undefined : (JSON.parse(text) as RunSpec);
    },
  };
}
