/** The commands of the BullMQ queue (`@convoflow/bullmq`, loaded only when one of them runs). */

/** The option line of every command that talks to Redis. */
export const REDIS_DETAIL =
  '--redis URL          the queue’s Redis, redis://host:port (default: $CONVOFLOW_REDIS_URL)';

import type { CommandSpec } from './command-line.js';
import { NETWORK_DETAILS, NETWORK_OPTIONS } from './network-flags.js';

export const QUEUE_COMMANDS = {
  enqueue: {
    usage: "convoflow enqueue <workflow.json> --redis URL [--input '{…}' | @file | -] [--run-id ID] [--json]",
    summary: 'check a workflow and its input, queue the run for workers, print its run id',
    details: [
      REDIS_DETAIL,
      "--input '{…}'|@file|-  the run input as JSON, a file, or stdin (- or @-)",
      '--run-id ID          1–128 of A-Z a-z 0-9 . _ - (default: a new UUID); it names the idempotency keys',
      '--json               print {"runId": …}',
    ],
    options: {
      redis: { type: 'string' },
      input: { type: 'string' },
      'run-id': { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    positionals: ['workflow.json'],
  },
  worker: {
    usage:
      'convoflow worker --redis URL [--concurrency N] [--secrets-file FILE] [--allow-secret NAME] [--deny-private-networks] [--sandbox] [--json]',
    summary: 'run queued workflows, one step per job, until SIGTERM (then the steps in flight finish)',
    details: [
      REDIS_DETAIL,
      '--concurrency N      runs this process works on at once (default 1)',
      '--secrets-file FILE  read secrets from a KEY=value file as well as the environment',
      '--allow-secret NAME  let a Custom API step read the secret NAME from the environment (repeatable)',
      '--sandbox            send to an embedded local sandbox of this worker (its own state: one worker, to try out)',
      '--json               one JSON line per event (step, retry, run end)',
      ...NETWORK_DETAILS,
      'HTTPS_PROXY, HTTP_PROXY, NO_PROXY  (environment) a proxy, as for convoflow run',
    ],
    options: {
      redis: { type: 'string' },
      concurrency: { type: 'string' },
      'secrets-file': { type: 'string' },
      'allow-secret': { type: 'string', multiple: true },
      sandbox: { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      ...NETWORK_OPTIONS,
    },
    positionals: [],
  },
} as const satisfies Record<string, CommandSpec>;
