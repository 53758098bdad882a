import type {
  Connector,
  ErrorKind,
  NetworkOptions,
  NodeError,
  NodeEvent,
  NodeResult,
  RateLimitStore,
  RedactedRequest,
  RetryOptions,
  SecretProvider,
  TokenStore,
  Transport,
  ValidationIssue,
} from '@convoflow/core';
import type { Step } from './generated/types.js';
import type { StepDecisionInput } from './journal/decide-step.js';
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
  /** Not sent again on a resume: a person decided that the step in flight had arrived (`skip`). */
  skipped?: boolean;
}

/** The result of a run: ok only when every step succeeded or its failure was handled. */
export interface RunResult {
  runId: string;
  ok: boolean;
  durationMs: number;
  steps: StepRecord[];
  /** Why the run stopped: the failed step, or the problems found before the first request. */
  error?: { stepId?: string; kind: ErrorKind; message: string; issues?: ValidationIssue[] };
  /**
   * The run stopped without ending, and can be resumed from its journal: `paused` after `stepBudget` steps were
   * sent, `deferred` when `deferFailure` kept a failed step to be sent again later.
   */
  unfinished?: 'paused' | 'deferred';
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
  /**
   * With `resume`: a person's decision about the step that was in flight, unsafe to send again (no Idempotency-Key,
   * unsafe method), when the run stopped: `resend` or `skip` it. Journaled; refused when that step is not the one
   * waiting for a decision.
   */
  decision?: StepDecisionInput;
  /**
   * With `resume`: the run was paused on purpose (`stepBudget`, `deferFailure`) and this call picks it up, so no
   * `run-resume` line is written (a queue worker's next step). A resume after a crash leaves it unset.
   */
  continues?: boolean;
  /** The hash kept in the journal (default: {@link hashWorkflow} of the workflow given). */
  workflowHash?: string;
  /** Where rate-limit buckets live, for every request of the run (a shared store holds a limit across processes). */
  rateLimitStore?: RateLimitStore;
  /** Where OAuth 2.0 access tokens live, for every request of the run. */
  tokenStore?: TokenStore;
  /** Retry overrides for every request of the run (a queue that retries jobs itself passes `{ limit: 0 }`). */
  retry?: RetryOptions;
  /**
   * Send at most this many Custom API and connector steps, then stop unfinished (`unfinished: 'paused'`), with the
   * journal ready for a resume. A queue worker runs one step per job this way.
   */
  stepBudget?: number;
  /**
   * Asked about every failed Custom API or connector step: `true` keeps the step in flight in the journal (no
   * result written) and stops the run unfinished (`unfinished: 'deferred'`), so a resume sends it again (only when
   * that is safe). A queue uses it to retry a step later, as a job attempt.
   */
  deferFailure?: (result: NodeResult, step: { id: string }) => boolean;
}
