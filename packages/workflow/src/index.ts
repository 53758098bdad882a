/**
 * @convoflow/workflow: run ConvoFlow workflows — Custom API nodes, connector operations, conditions, debug and
 * delay steps — validated whole before the first request.
 * @packageDocumentation
 */
import schema from '../schema/workflow.schema.json' with { type: 'json' };

export { HANDLEABLE_ERROR_KINDS, isHandleable } from './handleable-kinds.js';
export {
  decisionEntries,
  needsDecision,
  parseStepDecision,
  type StepDecisionInput,
} from './journal/decide-step.js';
export { DEFAULT_RUNS_DIR, fileRunStore } from './journal/file-journal.js';
export type {
  JournalEntry,
  JournalStepView,
  RunJournal,
  RunJournalStore,
  RunSummary,
  StepDecision,
} from './journal/journal-types.js';
export { parseJournal, summarize } from './journal/parse-journal.js';
export { type ResumePoint, resumePoint } from './journal/resume-point.js';
export { isRunExistsError, RunExistsError } from './journal/run-exists-error.js';
export { isRunLockedError, RunLockedError } from './journal/run-lock.js';
export { hashWorkflow } from './journal/workflow-hash.js';
export { jsonShapeProblem, MAX_JSON_DEPTH } from './json-limits.js';
export { type CollectedPages, collectPages, PAGINATE_LIMITS } from './paginate-step.js';
export { type PlannedRequest, type PlanRequestOptions, planRequest } from './plan-request.js';
export type { PlannedStep, PlanWorkflowOptions, SecretFinding, WorkflowPlan } from './plan-types.js';
export { planWorkflow } from './plan-workflow.js';
export { evaluatePredicate, type StepOutcome } from './predicates.js';
export { RUN_ID, RUN_ID_RULE } from './run-id.js';
export { runWorkflow } from './run-workflow.js';
export type * from './types.js';
export { predicateSteps, validateRunInput, validateWorkflow } from './validate-workflow.js';

/** The published JSON Schema of a workflow file (also `@convoflow/workflow/schema/workflow.schema.json`). */
export const workflowSchema: Readonly<Record<string, unknown>> = schema;
