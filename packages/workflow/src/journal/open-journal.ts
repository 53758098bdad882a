import type { Connector, ValidationIssue } from '@convoflow/core';
import type { Step } from '../generated/types.js';
import { decisionEntries, needsDecision, type StepDecisionInput } from './decide-step.js';
import type { JournalEntry, RunJournal, RunJournalStore } from './journal-types.js';
import { type ResumePoint, resumePoint, resumeProblem } from './resume-point.js';
import { isRunExistsError } from './run-exists-error.js';
import { isRunLockedError } from './run-lock.js';

/** The journal of a run, and where a resumed run stopped; or why it cannot be journaled. */
export type OpenedJournal =
  | { journal: RunJournal; resume?: ResumePoint; issues?: undefined }
  | { issues: ValidationIssue[] };

/** Reads the resume point of `runId` from `store`: issues when there is none or it does not fit the workflow. */
export async function readResumePoint(
  store: RunJournalStore,
  runId: string,
  workflowHash: string,
): Promise<{ point?: ResumePoint; issues: ValidationIssue[] }> {
  let entries: JournalEntry[] | undefined;
  try {
    entries = await store.read(runId);
  } catch (error) {
    return { issues: [unwritable(error, 'read')] };
  }
  const point = entries ? resumePoint(entries) : undefined;
  if (!point) return { issues: [{ pointer: 'runId', message: `run ${runId} has no journal to resume` }] };
  const problem = resumeProblem(point, workflowHash);
  return problem ? { issues: [{ pointer: 'runId', message: problem }] } : { point, issues: [] };
}

/** How a resume opens its journal: a decision about the step in flight; whether it continues a planned pause. */
export interface ResumeOptions {
  decision?: StepDecisionInput;
  /** The run was paused on purpose (a queue's next step): no `run-resume` line. */
  continues?: boolean;
}

/**
 * Creates the journal of a new run (refused when the id is taken), or reopens the one of a resumed run. A store
 * with locks (the file store) holds the run from here on: a run another process holds is refused. A resume reads
 * its journal again once it holds it (the point read before may be stale), records a decision about the step in
 * flight, and writes one `run-resume` line (none when it continues a planned pause or cannot go on anyway).
 */
export async function openJournal(
  store: RunJournalStore,
  start: Omit<Extract<JournalEntry, { type: 'run-start' }>, 'type' | 'at'>,
  resume: ResumePoint | undefined,
  options: ResumeOptions = {},
): Promise<OpenedJournal> {
  const at = new Date().toISOString();
  let journal: RunJournal | undefined;
  try {
    if (!resume) {
      journal = await store.create(start.runId);
      await journal.append({ type: 'run-start', at, ...start });
      return { journal };
    }
    journal = await store.reopen(start.runId);
    const held = await readResumePoint(store, start.runId, start.workflowHash);
    if (!held.point) return await refused(journal, held.issues);
    let point = held.point;
    const decided = options.decision ? decisionEntries(point, options.decision) : { entries: [] };
    if ('issue' in decided) return await refused(journal, [decided.issue]);
    if (!options.continues && (decided.entries.length > 0 || !needsDecision(point)))
      await journal.append({ type: 'run-resume', at });
    for (const entry of decided.entries) await journal.append(entry);
    if (decided.entries.length > 0)
      point = resumePoint([...((await store.read(start.runId)) ?? [])]) ?? point;
    return { journal, resume: point };
  } catch (error) {
    await journal?.close().catch(() => {});
    if (isRunLockedError(error))
      return {
        issues: [
          {
            pointer: 'runId',
            message: `${error.message}: wait for it to end, or stop it; a lock left by a process that died is taken over (${error.lockFile})`,
          },
        ],
      };
    if (!isRunExistsError(error)) return { issues: [unwritable(error, 'write')] };
    const message = `run ${start.runId} already has a journal: resume it, or give a new run id`;
    return { issues: [{ pointer: 'runId', message }] };
  }
}

async function refused(journal: RunJournal, issues: ValidationIssue[]): Promise<OpenedJournal> {
  await journal.close();
  return { issues };
}

/** A journal the store cannot open (a state directory that is not writable, say): refused before any step runs. */
function unwritable(error: unknown, what: 'read' | 'write'): ValidationIssue {
  const code = (error as { code?: unknown } | null)?.code;
  const why = typeof code === 'string' ? code : error instanceof Error ? error.name : 'unknown error';
  return {
    pointer: 'journal',
    message: `cannot ${what} the run journal (${why}): give the runs a state directory this process can write`,
  };
}

const IDEMPOTENCY_HEADER = /^idempotency-key$/i;
const hasKeyHeader = (headers: unknown) =>
  Object.keys(headers ?? {}).some((name) => IDEMPOTENCY_HEADER.test(name));

/**
 * The journal line written before a step starts. For Custom API and connector steps it says whether sending the
 * step twice is harmless: its method, and whether an Idempotency-Key goes with it (a header of the config or step,
 * or the connector's own key for that method, as Stripe's).
 */
export function stepStartEntry(
  step: Step,
  key: string,
  connectors: Readonly<Record<string, Connector>> | undefined,
): JournalEntry {
  const entry = {
    type: 'step-start' as const,
    at: new Date().toISOString(),
    key,
    stepType: step.type,
    ...(step.id ? { id: step.id } : {}),
  };
  if (step.type === 'customApi') {
    const config = step.config as { method?: string; headers?: Record<string, unknown> };
    return { ...entry, method: config.method ?? 'GET', idempotencyKey: hasKeyHeader(config.headers) };
  }
  if (step.type === 'connector') {
    const [connectorId = '', operationId = ''] = step.operation.split('.');
    const connector = connectors?.[connectorId];
    const method = connector?.operations[operationId]?.method;
    const byConnector = method !== undefined && connector?.idempotency?.methods.includes(method) === true;
    return {
      ...entry,
      ...(method ? { method } : {}),
      idempotencyKey: byConnector || hasKeyHeader(step.headers),
    };
  }
  return entry;
}
