/**
 * @convoflow/bullmq: run ConvoFlow workflows on BullMQ + Redis. N worker processes share one queue; every step's
 * result is stored in Redis before the next step is queued, so a killed worker's run goes on elsewhere with the same
 * idempotency keys; rate limits and OAuth tokens are shared through Redis.
 * @packageDocumentation
 */
export { type EnqueueResult, type EnqueueRunOptions, enqueueRun } from './enqueue-run.js';
export { openRedis, type RedisInput, redactRedisUrl } from './redis-connection.js';
export { DEFAULT_KEY_PREFIX, DEFAULT_QUEUE } from './redis-keys.js';
export { RedisRateLimitStore, type RedisRateLimitStoreOptions } from './redis-rate-limit-store.js';
export { type RedisRunStore, type RunSpec, redisRunStore } from './redis-run-store.js';
export { RedisTokenStore, type RedisTokenStoreOptions } from './redis-token-store.js';
export {
  type ResumeQueuedResult,
  type ResumeQueuedRunOptions,
  resumeQueuedRun,
} from './resume-queued-run.js';
export {
  type RunJobData,
  type RunWorker,
  type StartWorkerOptions,
  startWorker,
  type WorkerEvent,
} from './run-worker.js';
export { isRetryableStep, retryDelayMs, type StepBackoff } from './step-retry.js';
