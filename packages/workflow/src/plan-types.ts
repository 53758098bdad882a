import type {
  Connector,
  PreparedRequest,
  RedactedRequest,
  SecretProvider,
  ValidationIssue,
} from '@convoflow/core';

/** Options of {@link planWorkflow}: what a run would get, minus how to send. */
export interface PlanWorkflowOptions {
  input?: unknown;
  secrets?: SecretProvider;
  connectors?: Readonly<Record<string, Connector>>;
  /** The run id, when known (then idempotency keys are shown as they will be sent). */
  runId?: string;
  baseUrls?: Readonly<Record<string, string>>;
  allowHosts?: readonly string[];
}

/** One Custom API or connector step, as it would be sent. */
export interface PlannedStep {
  id: string;
  /** JSON pointer of the step in the workflow file. */
  pointer: string;
  /** `main` for top-level steps, else the branch of the innermost condition. */
  branch: 'main' | 'then' | 'else';
  operation?: string;
  /** The request, redacted (secrets as `<NAME>`, earlier steps' outputs as `<steps.id.body.x>`). */
  request?: RedactedRequest;
  /** The prepared request (prints redacted; for `toCurl`). */
  prepared?: PreparedRequest;
  /** A connector step with `paginate`: `request` is the first page's; up to these limits follow when it runs. */
  paginate?: { maxPages: number; maxItems: number };
  /** Why there is no request yet. */
  pending?: string;
}

/** A secret a step needs that is not there, or that the provider refuses. */
export interface SecretFinding {
  name: string;
  stepId: string;
  pointer: string;
  reason: 'missing' | 'denied';
  message: string;
}

/** What {@link planWorkflow} found. */
export interface WorkflowPlan {
  runId: string | undefined;
  steps: PlannedStep[];
  secrets: SecretFinding[];
  /** Problems that would stop the run before its first request (secrets aside). */
  issues: ValidationIssue[];
}
