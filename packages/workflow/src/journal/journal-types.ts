import type { NodeError } from '@convoflow/core';
import type { StepRecord } from '../types.js';

/**
 * What to do with a step that was in flight, without an Idempotency-Key and with an unsafe method, when its run
 * stopped: `resend` it (the provider shows it did not arrive), or `skip` it (it arrived: it counts as done, with no
 * response for later steps to read).
 */
export type StepDecision = 'resend' | 'skip';

/** What later steps see of a completed Custom API or connector step (`{{steps.<id>.body.x}}`, …). */
export interface JournalStepView {
  ok: boolean;
  status?: number;
  statusText?: string;
  headers: Record<string, string>;
  body: unknown;
  requestId?: string;
  attempts: number;
  durationMs: number;
  error?: NodeError;
  /** A step with `paginate`: every item collected (also when a later page failed), the pages, whether capped. */
  items?: unknown[];
  pages?: number;
  capped?: boolean;
}

/**
 * One line of a run journal. Steps are keyed by their place in the workflow (`0`, `2.then.0`): the same workflow
 * (same hash) walks the same keys. Secret values are never written: a resumed run resolves them again.
 */
export type JournalEntry =
  | { type: 'run-start'; at: string; runId: string; workflowHash: string; workflow?: string; input: unknown }
  | { type: 'run-resume'; at: string }
  | {
      type: 'step-start';
      at: string;
      key: string;
      id?: string;
      stepType: StepRecord['type'];
      /** For Custom API and connector steps: the method, when known before sending. */
      method?: string;
      /** For Custom API and connector steps: whether the request carries an Idempotency-Key. */
      idempotencyKey?: boolean;
    }
  | { type: 'step-end'; at: string; key: string; record: StepRecord; view?: JournalStepView }
  /** A person's decision about a step that was in flight, unsafe to resend, when the run stopped. */
  | { type: 'step-decision'; at: string; key: string; id?: string; decision: StepDecision }
  /** The run stopped at that step until someone decides (`step-decision`). */
  | { type: 'decision-needed'; at: string; key: string; id?: string; message: string }
  | { type: 'run-end'; at: string; ok: boolean; error?: { stepId?: string; kind: string; message: string } };

/** Where a run is recorded: each append is durable (flushed to disk) before its promise resolves. */
export interface RunJournal {
  readonly runId: string;
  append(entry: JournalEntry): Promise<void>;
  close(): Promise<void>;
}

/** A run as a list shows it. */
export interface RunSummary {
  runId: string;
  /** `needs-decision`: stopped at a step in flight that only a person can say whether to send again. */
  status: 'succeeded' | 'failed' | 'unfinished' | 'needs-decision';
  workflow?: string;
  startedAt?: string;
  endedAt?: string;
  steps: number;
}

/**
 * Where journals live: one per run. The file store is the embedded default; a shared store (Redis, say) implements
 * the same four methods.
 */
export interface RunJournalStore {
  /** A new journal; refuses (`RunExistsError`) when the run already has one. */
  create(runId: string): Promise<RunJournal>;
  /** The journal of an existing run, to append to (a resume). */
  reopen(runId: string): Promise<RunJournal>;
  /** Every entry of a run's journal (a torn last line, from a crash mid-write, is left out); undefined if none. */
  read(runId: string): Promise<JournalEntry[] | undefined>;
  list(): Promise<RunSummary[]>;
}
