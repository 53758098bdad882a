import type { StepRecord } from '../types.js';
import type { JournalEntry, JournalStepView } from './journal-types.js';

/** What a crashed run had done, read from its journal. */
export interface ResumePoint {
  runId: string;
  workflowHash: string;
  input: unknown;
  /** Completed steps by key: their record and what later steps see of them. */
  completed: Map<string, { record: StepRecord; view?: JournalStepView }>;
  /** A step that started and has no result: it may or may not have been sent. */
  inFlight?: Extract<JournalEntry, { type: 'step-start' }> & { safe: boolean };
  /** The run ended (succeeded or failed): there is nothing to resume. */
  ended: boolean;
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
  for (const entry of entries) {
    if (entry.type === 'step-start') started.set(entry.key, entry);
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
    ...(open
      ? { inFlight: { ...open, safe: open.idempotencyKey === true || SAFE_METHODS.has(open.method ?? '') } }
      : {}),
    ended: entries.some((entry) => entry.type === 'run-end'),
  };
}
