import type {
  Connector,
  ErrorKind,
  NetworkOptions,
  NodeError,
  NodeEvent,
  RedactedRequest,
  SecretProvider,
  Transport,
  ValidationIssue,
} from '@convoflow/core';
import type { Step } from './generated/types.js';
import type { RunJournalStore } from './journal/journal-types.js';

export type {
  ConditionStep,
  ConnectorStep,
  CustomApiStep,
  DebugStep,
  DelayStep,
  Predicate,
  Step,
  StepStatus,
  Workflow,
} from './generated/types.js';

/** What one step did. */
export interface StepRecord {
  /** The step id (conditions, debug and delay steps may have none). */
  id?: string;
  type: Step['type'];
  /** For connector steps: `stripe.createPaymentIntent`. */
  operation?: string;
  ok: boolean;
  /** A failure that a following condition (or `continueOnError`) handles does not fail the run. */
  handled?: boolean;
  status?: number;
  attempts: number;
  durationMs: number;
  requestId?: string;
  /** The request as sent, redacted. */
  request?: RedactedRequest;
  response?: { status: number; headers: Record<string, string>; body: unknown };
  error?: NodeError;
  /** For conditions: the branch taken. */
  branch?: 'then' | 'else';
  /** For a connector step with `paginate`: pages fetched, items collected, whether a limit stopped it. */
  pagination?: { pages: number; items: number; capped: boolean };
  /** For debug steps: what was printed. */
  debug?: { label: string; value: unknown };
}

/** The result of a run: ok only when every step succeeded or its failure was handled. */
export interface RunResult {
  runId: string;
  ok: boolean;
  durationMs: number;
  steps: StepRecord[];
  /** Why the run stopped: the failed step, or the problems found before the first request. */
  error?: { stepId?: string; kind: ErrorKind; message: string; issues?: ValidationIssue[] };
}

/** What `onEvent` receives while a workflow runs. */
export type WorkflowEvent =
  | { type: 'step-start'; step: { id?: string; type: Step['type']; operation?: string }; depth: number }
  | { type: 'step-end'; record: StepRecord; depth: number }
  | { type: 'node'; stepId: string; event: NodeEvent };

/** Options of {@link runWorkflow}. */
export interface RunWorkflowOptions {
  /** The run input (checked against the workflow's `input` schema). */
  input?: unknown;
  /** Where secrets come from (see @convoflow/core). */
  secrets?: SecretProvider;
  /** Installed connectors by id. */
  connectors?: Readonly<Record<string, Connector>>;
  transport?: Transport;
  /** The private-network guard for every step (see @convoflow/core's `ExecuteOptions.network`). */
  network?: NetworkOptions;
  signal?: AbortSignal;
  onEvent?: (event: WorkflowEvent) => void;
  /** The run id (a re-run with the same id reuses the same idempotency keys). Default: a new UUID. */
  runId?: string;
  /** Base URL overrides by connector id (a sandbox, proxy or test server). */
  baseUrls?: Readonly<Record<string, string>>;
  /** More hosts that may receive secrets (for Custom API steps pointed at a sandbox). */
  allowHosts?: readonly string[];
  /**
   * Where the run is journaled (`fileRunStore()` for the embedded default): its start, each step's start and
   * result, its end; each write flushed before the next step starts. A new run's `runId` must have no journal yet.
   */
  journal?: RunJournalStore;
  /**
   * Continue the crashed run `runId` from its journal: with its input (`input` is ignored) and its idempotency
   * keys; completed steps are not sent again. The workflow must have the journal's hash.
   */
  resume?: boolean;
  /** The hash kept in the journal (default: {@link hashWorkflow} of the workflow given). */
  workflowHash?: string;
}
