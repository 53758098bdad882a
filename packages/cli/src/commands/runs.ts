import { type Connector, maskSensitiveFields } from '@convoflow/core';
import {
  fileRunStore,
  type JournalEntry,
  RUN_ID,
  RUN_ID_RULE,
  type RunJournalStore,
} from '@convoflow/workflow';
import type { Flags } from '../command-line.js';
import { EXIT } from '../exit-codes.js';
import { CliError, type CliIO, painter, toJson } from '../io.js';
import { sensitiveKeys } from '../sensitive.js';
import { stateDir } from '../state-dir.js';
import { decideFlag } from './decide-flag.js';
import { queueRunsStore, resumeQueued } from './queue.js';

const USAGE =
  'Usage: convoflow runs [show <runId> | resume <runId> --redis URL [--decide STEP=resend|skip]] [--state-dir DIR | --redis URL] [--json]';

/** `convoflow runs [--json]`: every journaled run and its status; `convoflow runs show <runId>`: one journal. */
export async function runsCommand(
  positionals: readonly string[],
  connectors: Readonly<Record<string, Connector>>,
  flags: Flags,
  io: CliIO,
): Promise<number> {
  if (positionals[0] === 'resume') return await resumeCommand(positionals[1], flags, io);
  if (flags.decide !== undefined)
    throw new CliError(
      '--decide goes with runs resume',
      'convoflow runs resume <runId> --redis URL --decide STEP=skip',
    );
  const queue = flags.redis !== undefined ? await queueRunsStore(flags, io) : undefined;
  try {
    return await listOrShow(positionals, connectors, flags, io, queue?.store);
  } finally {
    queue?.close();
  }
}

async function listOrShow(
  positionals: readonly string[],
  connectors: Readonly<Record<string, Connector>>,
  flags: Flags,
  io: CliIO,
  redisStore: RunJournalStore | undefined,
): Promise<number> {
  const dir = redisStore ? 'Redis' : stateDir(flags, io);
  const store = redisStore ?? fileRunStore(dir);
  const [action, runId] = positionals;
  if (action === undefined) {
    const runs = await store.list();
    if (flags.json) io.stdout.write(`${toJson(runs)}\n`);
    else if (runs.length === 0) io.stdout.write(`no runs in ${dir}\n`);
    else
      for (const run of runs)
        io.stdout.write(
          `${run.runId}  ${run.status.padEnd(10)}  ${run.startedAt ?? '?'}  ${run.steps} step${run.steps === 1 ? '' : 's'}  ${run.workflow ?? ''}\n`,
        );
    return EXIT.ok;
  }
  if (action !== 'show' || runId === undefined) throw new CliError(`runs: unknown action "${action}"`, USAGE);
  if (!RUN_ID.test(runId)) throw new CliError(`"${runId.slice(0, 140)}" is not a run id`, `${RUN_ID_RULE}.`);
  const entries = await store.read(runId);
  if (!entries) throw new CliError(`run ${runId} has no journal in ${dir}`, 'List the runs: convoflow runs');
  // Journals hold what later steps need; sensitive fields (client_secret, tokens) are masked for display.
  const shown = maskSensitiveFields(entries, sensitiveKeys(Object.values(connectors))) as JournalEntry[];
  if (flags.json) io.stdout.write(`${toJson(shown)}\n`);
  else for (const entry of shown) io.stdout.write(`${describeEntry(entry, painter(io))}\n`);
  return EXIT.ok;
}

/** `convoflow runs resume <runId> --redis URL [--decide STEP=resend|skip]`: a stopped queued run, queued again. */
async function resumeCommand(runId: string | undefined, flags: Flags, io: CliIO): Promise<number> {
  if (runId === undefined) throw new CliError('runs resume: which run?', USAGE);
  if (!RUN_ID.test(runId)) throw new CliError(`"${runId.slice(0, 140)}" is not a run id`, `${RUN_ID_RULE}.`);
  if (flags.redis === undefined && io.env.CONVOFLOW_REDIS_URL === undefined)
    throw new CliError(
      'runs resume is for queued runs: --redis is missing',
      `A run journaled in files resumes with: convoflow run <workflow.json> --resume ${runId} [--decide STEP=resend|skip]`,
    );
  const decision = decideFlag(flags, 'runs resume');
  return resumeQueued(runId, decision, flags, io);
}

/** One journal entry as one line, with the step's response body on the next. */
function describeEntry(entry: JournalEntry, paint: ReturnType<typeof painter>): string {
  const at = paint('gray', entry.at);
  switch (entry.type) {
    case 'run-start':
      return `${at}  run start  ${entry.runId}  ${entry.workflow ?? ''}  ${entry.workflowHash}\n  input ${JSON.stringify(entry.input)}`;
    case 'run-resume':
      return `${at}  run resumed`;
    case 'step-start':
      return `${at}  step ${entry.key} ${entry.id ?? ''} (${entry.stepType}) started${entry.method ? `  ${entry.method}${entry.idempotencyKey ? ' with Idempotency-Key' : ''}` : ''}`;
    case 'step-end': {
      const { record } = entry;
      const outcome = record.ok
        ? paint('green', 'ok')
        : paint('red', `failed: ${record.error?.message ?? ''}`);
      const status = record.status !== undefined ? `  ${record.status}` : '';
      const body = entry.view ? `\n  body ${JSON.stringify(entry.view.body)?.slice(0, 2000)}` : '';
      return `${at}  step ${entry.key} ${record.id ?? ''} ${outcome}${status}${body}`;
    }
    case 'step-decision':
      return `${at}  step ${entry.key} ${entry.id ?? ''} decided: ${entry.decision === 'skip' ? 'skip (it arrived; not sent again)' : 'resend'}`;
    case 'decision-needed':
      return `${at}  ${paint('red', `stopped: ${entry.message}`)}`;
    case 'run-end':
      return `${at}  run ${entry.ok ? paint('green', 'succeeded') : paint('red', `failed: ${entry.error?.message ?? ''}`)}`;
  }
}
