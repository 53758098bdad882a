/**
 * @convoflow/workflow: run ConvoFlow workflows — Custom API nodes, connector operations, conditions, debug and
 * delay steps — validated whole before the first request.
 * @packageDocumentation
 */
import schema from '../schema/workflow.schema.json' with { type: 'json' };

export { evaluatePredicate, type StepOutcome } from './predicates.js';
export { runWorkflow } from './run-workflow.js';
export type * from './types.js';
export { predicateSteps, validateRunInput, validateWorkflow } from './validate-workflow.js';

/** The published JSON Schema of a workflow file (also `@convoflow/workflow/schema/workflow.schema.json`). */
export const workflowSchema: Readonly<Record<string, unknown>> = schema;
