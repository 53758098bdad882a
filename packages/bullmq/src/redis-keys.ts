/** The default prefix of every Redis key this package writes (BullMQ's own keys use the queue prefix). */
export const DEFAULT_KEY_PREFIX = 'convoflow';

/** The default BullMQ queue that runs go through. */
export const DEFAULT_QUEUE = 'convoflow-runs';

/** The Redis keys of one prefix: runs, journals, rate-limit cells and OAuth tokens. */
export function redisKeys(prefix: string = DEFAULT_KEY_PREFIX) {
  return {
    /** Sorted set of run ids, scored by enqueue time. */
    runs: `${prefix}:runs`,
    /** A run's journal: a list of JSON entries. */
    journal: (runId: string) => `${prefix}:run:${runId}:journal`,
    /** What a run needs to start: the workflow, its hash and the input. */
    spec: (runId: string) => `${prefix}:run:${runId}:spec`,
    /** The theoretical arrival time of a rate-limit key (GCRA). */
    rateCell: (key: string) => `${prefix}:rate:${key}`,
    /** Until when a rate-limit key is paused (a 429's Retry-After). */
    ratePause: (key: string) => `${prefix}:rate-pause:${key}`,
    /** An OAuth access token (the key holds no credential: core hashes it). */
    token: (key: string) => `${prefix}:oauth:${key}`,
  };
}
