import type { StepRecord } from '../types.js';
import type { JournalEntry, JournalStepView, StepDecision } from './journal-types.js';

/** What a crashed run had done, read from its journal. */
export interface ResumePoint {
  runId: string;
  workflowHash: string;
  input: unknown;
  /** Completed steps by key: their record and what later steps see of them. */
  completed: Map<string, { record: StepRecord; view?: JournalStepView }>;
  /**
   * A step that started and has no result: it may or may not have been sent. `safe` when sending it again is
   * harmless (a safe method, an Idempotency-Key) or a person decided to resend it (`decision`).
   */
  inFlight?: Extract<JournalEntry, { type: 'step-start' }> & { safe: boolean; decision?: StepDecision };
  /** The run ended (succeeded or failed): there is nothing to resume. */
  ended: boolean;
  /** The journal's last line says the run stopped for a decision (not written twice). */
  awaitingDecision: boolean;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Why a resume cannot go on, or undefined when it can. */
export function resumeProblem(point: ResumePoint, workflowHash: string): string | undefined {
  if (point.ended) return `run ${point.runId} has ended: there is nothing to resume`;
  if (point.workflowHash !== workflowHash)
    return `the workflow is not the one run ${point.runId} started with (its hash differs from the journal's)`;
  return undefined;
}

/** The resume point of a journal, or undefined when it has no run start (nothing was ever sent). */
export function resumePoint(entries: readonly JournalEntry[]): ResumePoint | undefined {
  const start = entries.find((entry) => entry.type === 'run-start');
  if (!start) return undefined;
  const completed: ResumePoint['completed'] = new Map();
  const started = new Map<string, Extract<JournalEntry, { type: 'step-start' }>>();
  // A decision holds for the step start it follows: a resent step that is in flight again needs a new one.
  const decisions = new Map<string, StepDecision>();
  for (const entry of entries) {
    if (entry.type === 'step-start') {
      started.set(entry.key, entry);
      decisions.delete(entry.key);
    }
    if (entry.type === 'step-decision') decisions.set(entry.key, entry.decision);
    if (entry.type === 'step-end') {
      started.delete(entry.key);
      completed.set(entry.key, { record: entry.record, ...(entry.view ? { view: entry.view } : {}) });
    }
  }
  const open = [...started.values()].find(
    (entry) => entry.stepType === 'customApi' || entry.stepType === 'connector',
  );
  return {
    runId: start.runId,
    workflowHash: start.workflowHash,
    input: start.input,
    completed,
    ...(open ? { inFlight: inFlight(open, decisions.get(open.key)) } : {}),
    ended: entries.some((entry) => entry.type === 'run-end'),
    awaitingDecision: entries.at(-1)?.type === 'decision-needed',
  };
}

function inFlight(
  start: Extract<JournalEntry, { type: 'step-start' }>,
  decision: StepDecision | undefined,
): NonNullable<ResumePoint['inFlight']> {
  const harmless = start.idempotencyKey === true || SAFE_METHODS.has(start.method ?? '');
  return { ...start, safe: harmless || decision === 'resend', ...(decision ? { decision } : {}) };
}
