import type { ValidationIssue } from '@convoflow/core';
import type { JournalEntry, StepDecision } from './journal-types.js';
import type { ResumePoint } from './resume-point.js';

/** A decision about the step in flight of a stopped run: which step, and `resend` or `skip`. */
export interface StepDecisionInput {
  stepId: string;
  decision: StepDecision;
}

/**
 * Whether a run stopped at a step in flight that only a person can say whether to send again.
 *
 * @example
 * const point = resumePoint((await store.read(runId)) ?? []);
 * if (point && needsDecision(point)) console.log(`step ${point.inFlight?.id} needs a decision`);
 */
export const needsDecision = (point: ResumePoint): boolean =>
  point.inFlight !== undefined && !point.inFlight.safe;

/**
 * The journal lines that record a decision about the step in flight of `point`: the decision, and for `skip` the
 * step's end (done, not sent again, no response). Refused (an issue naming `decide`) when that step is not the one
 * waiting for a decision.
 *
 * @example
 * const made = decisionEntries(point, { stepId: 'charge', decision: 'skip' });
 * if ('issue' in made) console.error(made.issue.message);
 */
export function decisionEntries(
  point: ResumePoint,
  { stepId, decision }: StepDecisionInput,
): { entries: JournalEntry[] } | { issue: ValidationIssue } {
  const waiting = point.inFlight && needsDecision(point) ? point.inFlight : undefined;
  if (!waiting) {
    const message = `step ${stepId} is not waiting for a decision: run ${point.runId} has no step in flight that is unsafe to send again`;
    return { issue: { pointer: 'decide', message } };
  }
  const name = waiting.id ?? waiting.key;
  if (name !== stepId)
    return {
      issue: { pointer: 'decide', message: `step ${stepId} is not waiting for a decision: step ${name} is` },
    };
  const at = new Date().toISOString();
  const id = waiting.id ? { id: waiting.id } : {};
  const decided: JournalEntry = { type: 'step-decision', at, key: waiting.key, ...id, decision };
  if (decision === 'resend') return { entries: [decided] };
  const record = {
    ...id,
    type: waiting.stepType,
    ok: true,
    attempts: 0,
    durationMs: 0,
    skipped: true,
  };
  const view = { ok: true, headers: {}, body: null, attempts: 0, durationMs: 0 };
  return { entries: [decided, { type: 'step-end', at, key: waiting.key, record, view }] };
}

/**
 * A `--decide` value, `<stepId>=resend|skip`; undefined when it is not one.
 *
 * @example
 * parseStepDecision('charge=skip'); // { stepId: 'charge', decision: 'skip' }
 */
export function parseStepDecision(text: string): StepDecisionInput | undefined {
  const match = /^([^=\s]+)=(resend|skip)$/.exec(text.trim());
  return match?.[1] && match[2] ? { stepId: match[1], decision: match[2] as StepDecision } : undefined;
}
