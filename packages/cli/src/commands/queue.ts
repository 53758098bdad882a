import type { Connector } from '@convoflow/core';
import { RUN_ID, RUN_ID_RULE, type StepDecisionInput, type Workflow } from '@convoflow/workflow';
import type { Flags } from '../command-line.js';
import { openEnvironment } from '../environment.js';
import { EXIT } from '../exit-codes.js';
import { CliError, type CliIO, painter, toJson } from '../io.js';
import { readInputOption, readJsonFile } from '../read-input.js';
import { checkShape } from './call.js';
import { routeWorkflow } from './workflow-connectors.js';

type Bullmq = typeof import('@convoflow/bullmq');

/** `@convoflow/bullmq`, loaded only by the commands that use a queue; an install hint when it is missing. */
export async function loadBullmq(): Promise<Bullmq> {
  try {
    return await import('@convoflow/bullmq');
  } catch {
    throw new CliError(
      'the queue commands need @convoflow/bullmq, which is not installed',
      'Install it next to the CLI: npm install @convoflow/bullmq',
    );
  }
}

/** The Redis URL of --redis, else $CONVOFLOW_REDIS_URL; refused when neither is a redis:// or rediss:// URL. */
export function redisUrl(flags: Flags, io: CliIO): string {
  const given = typeof flags.redis === 'string' ? flags.redis : io.env.CONVOFLOW_REDIS_URL;
  if (!given)
    throw new CliError('--redis is missing', 'Give the queue’s Redis: --redis redis://127.0.0.1:6379');
  let protocol = '';
  try {
    protocol = new URL(given).protocol;
  } catch {}
  if (protocol !== 'redis:' && protocol !== 'rediss:')
    throw new CliError('--redis is not a Redis URL', 'Write it as redis://host:port (rediss:// for TLS).');
  return given;
}

/** `convoflow enqueue <workflow.json> --input … --redis URL [--run-id ID]`: queues a run, prints its id. */
/** The refusal when Redis cannot be reached (`where` is the URL with its password hidden). */
function redisUnreachable(where: string): CliError {
  return new CliError(
    `cannot reach Redis at ${where}`,
    'Is redis-server running there?',
    EXIT.failed,
    'network',
  );
}

export async function enqueueCommand(
  file: string,
  flags: Flags,
  connectors: Readonly<Record<string, Connector>>,
  io: CliIO,
): Promise<number> {
  const redis = redisUrl(flags, io);
  const workflow = await readJsonFile(file, io);
  if (workflow === null || typeof workflow !== 'object' || Array.isArray(workflow))
    throw new CliError(
      `${file} is not a workflow: it must be a JSON object with "steps"`,
      undefined,
      EXIT.refused,
      'config',
    );
  checkShape(workflow, file);
  const input = (await readInputOption(flags.input as string | undefined, io)) ?? {};
  checkShape(input, '--input');
  const runId = flags['run-id'] as string | undefined;
  if (runId !== undefined && !RUN_ID.test(runId))
    throw new CliError(`--run-id "${runId.slice(0, 140)}" is not valid`, `${RUN_ID_RULE}.`);
  const { enqueueRun, redactRedisUrl } = await loadBullmq();
  let queued: Awaited<ReturnType<typeof enqueueRun>>;
  try {
    queued = await enqueueRun(workflow as Workflow, {
      redis,
      input,
      connectors,
      ...(runId ? { runId } : {}),
    });
  } catch {
    throw redisUnreachable(redactRedisUrl(redis));
  }
  if (!queued.ok) {
    const issues = queued.issues;
    throw new CliError(
      `${file} cannot be queued: ${issues.length} problem${issues.length === 1 ? '' : 's'}`,
      'Nothing was queued. Fix the workflow file (or the --input, or the run id) and enqueue again.',
      EXIT.refused,
      issues.some((issue) => issue.pointer.startsWith('input')) ? 'input' : 'config',
      issues,
    );
  }
  io.stdout.write(flags.json ? `${toJson({ runId: queued.runId })}\n` : `${queued.runId}\n`);
  return EXIT.ok;
}

/**
 * `convoflow worker --redis URL [--concurrency N]`: runs queued workflows until SIGTERM or SIGINT, then stops taking
 * jobs and lets the steps in flight finish. Secrets come from this process's environment (and --secrets-file); the
 * private-network guard and a proxy are set as for `convoflow run`. With --sandbox, this worker sends to its own
 * embedded sandbox (its state is not shared with other workers: for trying things out with one worker).
 */
export async function workerCommand(
  flags: Flags,
  connectors: Readonly<Record<string, Connector>>,
  io: CliIO,
  signals: NodeJS.EventEmitter = process,
): Promise<number> {
  const redis = redisUrl(flags, io);
  const concurrency = Number(flags.concurrency ?? 1);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 1000)
    throw new CliError('--concurrency must be a whole number from 1 to 1000');
  // Like `convoflow run`: the private-network guard and a proxy from the flags and environment, or --sandbox.
  const environment = await openEnvironment(flags, Object.values(connectors), connectors, io);
  const routes = environment.routes;
  const { startWorker, redactRedisUrl } = await loadBullmq();
  const paint = painter(io);
  const log = (text: string) => {
    if (!flags.json) io.stdout.write(`${text}\n`);
  };
  const worker = await startWorker({
    redis,
    concurrency,
    connectors,
    secrets: environment.secrets,
    baseUrls: environment.baseUrls,
    allowHosts: environment.allowHosts,
    ...(environment.send.transport ? { transport: environment.send.transport } : {}),
    ...(environment.send.network ? { network: environment.send.network } : {}),
    ...(routes ? { mapWorkflow: (workflow: Workflow) => routeWorkflow(workflow, routes) } : {}),
    ...lockOptions(io),
    onEvent: (event) => {
      if (flags.json) return void io.stdout.write(`${JSON.stringify(event)}\n`);
      if (event.type === 'run-end')
        log(
          `${event.runId}  ${event.ok ? paint('green', 'succeeded') : paint('red', `failed: ${event.error?.message ?? ''}`)}`,
        );
      if (event.type === 'retry')
        log(
          `${event.runId}  step ${event.stepId ?? '?'} again in ${event.delayMs} ms (attempt ${event.attempt + 1})`,
        );
      if (event.type === 'run-stuck')
        log(`${event.runId}  ${paint('red', `needs a decision: ${event.message}`)}`);
    },
  });
  const guard = environment.send.network ? ', private networks denied' : '';
  const sandbox = routes ? ', sending to its embedded sandbox' : '';
  log(
    `worker on ${redactRedisUrl(redis)}, concurrency ${concurrency}${guard}${sandbox}; SIGTERM or Ctrl-C stops it gracefully`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    signals.once('SIGTERM', stop);
    signals.once('SIGINT', stop);
  });
  log('stopping: no new jobs; the steps in flight finish first');
  await worker.close();
  await environment.close();
  log('stopped');
  return EXIT.ok;
}

/** Lock settings from the environment (tests shorten them so a killed worker's job moves on sooner). */
function lockOptions(io: CliIO) {
  const lock = Number(io.env.CONVOFLOW_LOCK_MS);
  const stalled = Number(io.env.CONVOFLOW_STALLED_MS);
  return {
    ...(lock > 0 ? { lockDurationMs: lock } : {}),
    ...(stalled > 0 ? { stalledIntervalMs: stalled } : {}),
  };
}

/** `convoflow runs --redis URL [show <runId>]`: the runs of the queue, or one run's journal, from Redis. */
export async function queueRunsStore(flags: Flags, io: CliIO) {
  const url = redisUrl(flags, io);
  const { openRedis, redisRunStore } = await loadBullmq();
  const { redis } = openRedis(url, { failFast: true });
  return { store: redisRunStore(redis), close: () => redis.disconnect() };
}

/** Queues a stopped run again (with the decision about its step in flight, journaled first). */
export async function resumeQueued(
  runId: string,
  decision: StepDecisionInput | undefined,
  flags: Flags,
  io: CliIO,
): Promise<number> {
  const redis = redisUrl(flags, io);
  const { resumeQueuedRun, redactRedisUrl } = await loadBullmq();
  let resumed: Awaited<ReturnType<typeof resumeQueuedRun>>;
  try {
    resumed = await resumeQueuedRun(runId, { redis, ...(decision ? { decision } : {}) });
  } catch {
    throw redisUnreachable(redactRedisUrl(redis));
  }
  if (!resumed.ok) {
    const needs = resumed.issues.some((issue) => issue.message.includes('needs a decision'));
    throw new CliError(
      `run ${runId} cannot be resumed: ${resumed.issues.map((issue) => issue.message).join('; ')}`,
      needs
        ? `Check with the provider whether that request arrived, then add --decide <step>=skip (it arrived) or --decide <step>=resend (it did not).`
        : 'Nothing was queued. See the runs and their status: convoflow runs --redis URL',
      EXIT.refused,
      'config',
      resumed.issues,
    );
  }
  io.stdout.write(flags.json ? `${toJson({ runId, queued: true })}\n` : `${runId} queued again\n`);
  return EXIT.ok;
}
