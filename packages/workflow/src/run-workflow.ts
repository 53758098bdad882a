import {
  executeNode,
  type NodeEvent,
  type NodeResult,
  resolveReferences,
  type ValidationIssue,
} from '@convoflow/core';
import type { Step, Workflow } from './generated/types.js';
import { isHandleable } from './handleable-kinds.js';
import type { JournalStepView, RunJournal } from './journal/journal-types.js';
import { openJournal, readResumePoint, stepStartEntry } from './journal/open-journal.js';
import type { ResumePoint } from './journal/resume-point.js';
import { hashWorkflow } from './journal/workflow-hash.js';
import { jsonShapeProblem } from './json-limits.js';
import { type CollectedPages, collectPages } from './paginate-step.js';
import { planWorkflow } from './plan-workflow.js';
import { evaluatePredicate } from './predicates.js';
import { RUN_ID, RUN_ID_RULE } from './run-id.js';
import type { RunResult, RunWorkflowOptions, StepRecord } from './types.js';
import { predicateSteps, validateRunInput, validateWorkflow } from './validate-workflow.js';

/** What later steps see of an earlier one: `{{steps.<id>.body.id}}`, `{{steps.<id>.status}}`, … */
type StepView = JournalStepView;

interface RunState {
  runId: string;
  options: RunWorkflowOptions;
  context: { input: unknown; steps: Record<string, StepView>; run: { id: string } };
  records: StepRecord[];
  failure?: RunResult['error'];
  journal?: RunJournal | undefined;
  resume?: ResumePoint | undefined;
  /** The run stopped at a step that needs a person's decision. */
  undecided?: boolean;
  /** Custom API and connector steps sent so far by this call (for `stepBudget`). */
  sent: number;
  /** Why the run stopped unfinished, resumable: its step budget was spent, or a failed step was deferred. */
  unfinished?: 'paused' | 'deferred';
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** What a node step returned: its result, and what a paginated step collected. */
interface NodeOutcome {
  result: NodeResult;
  pages?: Omit<CollectedPages, 'result'>;
}

/** A step record and the view later steps get, from a node result. */
function fromResult(
  step: Step & { id: string },
  { result, pages }: NodeOutcome,
  operation?: string,
): { record: StepRecord; view: StepView } {
  const record: StepRecord = {
    id: step.id,
    type: step.type,
    ok: result.ok,
    attempts: result.attempts,
    durationMs: result.durationMs,
    request: result.request,
    ...(operation ? { operation } : {}),
    ...(result.status !== undefined
      ? {
          status: result.status,
          response: { status: result.status, headers: result.headers, body: result.body },
        }
      : {}),
    ...(result.requestId ? { requestId: result.requestId } : {}),
    ...(result.ok ? {} : { error: result.error }),
    ...(pages ? { pagination: { pages: pages.pages, items: pages.items.length, capped: pages.capped } } : {}),
  };
  const view: StepView = {
    ok: result.ok,
    headers: result.headers,
    body: result.body,
    attempts: result.attempts,
    durationMs: result.durationMs,
    ...(result.status !== undefined ? { status: result.status } : {}),
    ...(result.statusText !== undefined ? { statusText: result.statusText } : {}),
    ...(result.requestId ? { requestId: result.requestId } : {}),
    ...(result.ok ? {} : { error: result.error }),
    ...(pages ? { items: pages.items, pages: pages.pages, capped: pages.capped } : {}),
  };
  return { record, view };
}

/** Runs a Custom API or connector step (a connector step with `paginate` follows its pages). */
async function runNode(
  step: Extract<Step, { type: 'customApi' | 'connector' }>,
  state: RunState,
): Promise<NodeOutcome> {
  const { options, context } = state;
  const onEvent = options.onEvent
    ? (event: NodeEvent) => options.onEvent?.({ type: 'node', stepId: step.id, event })
    : undefined;
  const common = {
    ...(options.secrets ? { secrets: options.secrets } : {}),
    ...(options.transport ? { transport: options.transport } : {}),
    ...(options.network ? { network: options.network } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(onEvent ? { onEvent } : {}),
    ...(options.rateLimitStore ? { rateLimitStore: options.rateLimitStore } : {}),
    ...(options.tokenStore ? { tokenStore: options.tokenStore } : {}),
    ...(options.retry ? { retry: options.retry } : {}),
  };
  if (step.type === 'customApi') {
    const result = await executeNode(step.config as never, {
      ...common,
      context,
      ...(options.allowHosts ? { allowHosts: options.allowHosts } : {}),
    });
    return { result };
  }
  const [connectorId = '', operationId = ''] = step.operation.split('.');
  const connector = options.connectors?.[connectorId];
  const resolved = resolveReferences(step.input, context, '/input', { missing: 'omit' });
  const headers = resolveReferences(step.headers ?? {}, context, '/headers');
  const problems = [...resolved.issues, ...headers.issues];
  if (!connector || problems.length > 0) {
    const issues =
      problems.length > 0
        ? problems
        : [{ pointer: '/operation', message: `no installed connector "${connectorId}"` }];
    const result: NodeResult = {
      ok: false,
      headers: {},
      durationMs: 0,
      attempts: 0,
      request: { method: 'GET', url: '', headers: {} },
      error: {
        kind: 'input',
        message: issues.map((issue) => `${issue.pointer}: ${issue.message}`).join('; '),
        issues,
      },
    };
    return { result };
  }
  const baseUrl = options.baseUrls?.[connectorId];
  if (step.paginate) {
    const { result, ...pages } = await collectPages(
      connector,
      operationId,
      resolved.value,
      {
        ...common,
        ...(baseUrl ? { baseUrl } : {}),
        ...(step.headers ? { headers: headers.value as Record<string, string> } : {}),
      },
      step.paginate,
    );
    return { result, pages };
  }
  const result = await connector.run(operationId, resolved.value as never, {
    ...common,
    // The same run and step always send the same key, so a re-run does not charge twice.
    idempotencyKey: `${state.runId}:${step.id}`,
    ...(baseUrl ? { baseUrl } : {}),
    ...(step.headers ? { headers: headers.value as Record<string, string> } : {}),
  });
  return { result };
}

/** Whether the step after `index` is a condition that tests the step at `index` (it handles its failure). */
function handledByNextCondition(steps: readonly Step[], index: number, id: string): boolean {
  const next = steps[index + 1];
  return next?.type === 'condition' && predicateSteps(next.if).includes(id);
}

/**
 * A step that was being sent when the run stopped, and may not be sent again: the run stops there (journaled once,
 * `decision-needed`) until a person decides to resend or skip it.
 */
async function stopsForDecision(step: Step, key: string, state: RunState): Promise<boolean> {
  const inFlight = state.resume?.inFlight;
  if (inFlight?.key !== key || inFlight.safe) return false;
  state.undecided = true;
  const message =
    `step ${step.id ?? key} needs a decision: it was being sent (${inFlight.method ?? 'method unknown'}, no ` +
    'Idempotency-Key) when the run stopped, so it may have arrived; sending it again could do it twice';
  state.failure = { ...(step.id ? { stepId: step.id } : {}), kind: 'aborted', message };
  if (!state.resume?.awaitingDecision) {
    const at = new Date().toISOString();
    await state.journal?.append({
      type: 'decision-needed',
      at,
      key,
      ...(step.id ? { id: step.id } : {}),
      message,
    });
  }
  return true;
}

/** Runs a list of steps in order; false when the run must stop. */
async function runSteps(
  steps: readonly Step[],
  state: RunState,
  depth: number,
  prefix = '',
): Promise<boolean> {
  for (const [index, step] of steps.entries()) {
    const { options, context } = state;
    // The step's place in the workflow: the same workflow (same hash) walks the same keys on a resume.
    const key = `${prefix}${index}`;
    options.onEvent?.({
      type: 'step-start',
      step: {
        type: step.type,
        ...(step.id ? { id: step.id } : {}),
        ...(step.type === 'connector' ? { operation: step.operation } : {}),
      },
      depth,
    });
    const done = state.resume?.completed.get(key);
    const sends = step.type === 'customApi' || step.type === 'connector';
    if (!done && sends && options.stepBudget !== undefined && state.sent >= options.stepBudget) {
      state.unfinished = 'paused';
      return false;
    }
    if (!done) {
      if (await stopsForDecision(step, key, state)) return false;
      await state.journal?.append(stepStartEntry(step, key, options.connectors));
    }
    const started = Date.now();
    let record: StepRecord;
    let view: StepView | undefined;
    let branch: readonly Step[] | undefined;
    switch (step.type) {
      case 'customApi':
      case 'connector': {
        // A step completed before a crash is never sent again: later steps see what it returned then.
        let built: { record: StepRecord; view: StepView };
        if (done?.view) built = { record: done.record, view: done.view };
        else {
          const outcome = await runNode(step, state);
          const { result } = outcome;
          state.sent++;
          if (!result.ok && options.deferFailure?.(result, { id: step.id })) {
            // Kept in flight in the journal: a resume sends it again (when that is safe).
            state.unfinished = 'deferred';
            state.failure = { stepId: step.id, kind: result.error.kind, message: result.error.message };
            state.records.push(fromResult(step, outcome).record);
            return false;
          }
          built = fromResult(step, outcome, step.type === 'connector' ? step.operation : undefined);
        }
        record = built.record;
        view = built.view;
        context.steps[step.id] = built.view;
        const error = built.view.ok ? undefined : built.view.error;
        if (error) {
          const handled = step.continueOnError || handledByNextCondition(steps, index, step.id);
          // Only remote outcomes can be handled: a config or input problem, or an abort, always fails the run.
          if (handled && isHandleable(error.kind)) record.handled = true;
          else state.failure = { stepId: step.id, kind: error.kind, message: error.message };
        }
        break;
      }
      case 'condition': {
        const holds = done
          ? done.record.branch === 'then'
          : evaluatePredicate(step.if, context.steps, context);
        branch = holds ? step.then : step.else;
        record = {
          type: 'condition',
          ok: true,
          attempts: 0,
          durationMs: Date.now() - started,
          branch: holds ? 'then' : 'else',
          ...(step.id ? { id: step.id } : {}),
        };
        break;
      }
      case 'debug': {
        const shown = step.step ? state.records.find((item) => item.id === step.step) : undefined;
        const value = step.step
          ? { request: shown?.request, response: shown?.response, error: shown?.error }
          : resolveReferences(step.value, context).value;
        const label = step.label ?? (step.step ? `step ${step.step}` : 'value');
        record = {
          type: 'debug',
          ok: true,
          attempts: 0,
          durationMs: 0,
          debug: { label, value },
          ...(step.id ? { id: step.id } : {}),
        };
        break;
      }
      case 'delay':
        try {
          if (!done) await sleep(step.ms, options.signal);
        } catch {
          state.failure = { kind: 'aborted', message: 'the run was aborted' };
        }
        record = {
          type: 'delay',
          ok: !state.failure,
          attempts: 0,
          durationMs: Date.now() - started,
          ...(step.id ? { id: step.id } : {}),
        };
        break;
    }
    // An aborted step stays in flight in the journal: the run can be resumed, and decides then whether to resend.
    if (!done && state.failure?.kind !== 'aborted') {
      const at = new Date().toISOString();
      await state.journal?.append({ type: 'step-end', at, key, record, ...(view ? { view } : {}) });
    }
    state.records.push(record);
    options.onEvent?.({ type: 'step-end', record, depth });
    if (state.failure) return false;
    if (branch && !(await runSteps(branch, state, depth + 1, `${key}.${record.branch}.`))) return false;
  }
  return true;
}

/**
 * Runs a workflow: validates all of it first (schema, ids, references, connector operations and inputs, the run
 * input), then runs the steps in order. A failed step stops the run unless the next step is a condition that tests
 * it (or it sets `continueOnError`); a handled failure is a successful run. Every step is recorded with status,
 * attempts, duration, provider request id, and the redacted request and response.
 *
 * @example
 * const result = await runWorkflow(workflow, { input: { email: 'ada@example.com' }, secrets, connectors: { stripe } });
 * if (!result.ok) console.error(result.error?.message);
 */
export async function runWorkflow(workflow: Workflow, options: RunWorkflowOptions = {}): Promise<RunResult> {
  const started = Date.now();
  const runId = options.runId ?? crypto.randomUUID();
  const refuse = (kind: 'config' | 'input', issues: ValidationIssue[]): RunResult => ({
    runId,
    ok: false,
    durationMs: Date.now() - started,
    steps: [],
    error: { kind, message: issues.map((issue) => `${issue.pointer}: ${issue.message}`).join('; '), issues },
  });
  if (!RUN_ID.test(runId)) return refuse('config', [{ pointer: 'runId', message: RUN_ID_RULE }]);
  const issues = validateWorkflow(workflow, options.connectors ? { connectors: options.connectors } : {});
  if (issues.length > 0) return refuse('config', issues);
  const workflowHash = options.workflowHash ?? hashWorkflow(workflow);
  let resume: ResumePoint | undefined;
  if (options.decision && !options.resume)
    return refuse('config', [{ pointer: 'decide', message: 'a decision goes with a resume' }]);
  if (options.resume) {
    if (!options.journal)
      return refuse('config', [{ pointer: 'resume', message: 'a resume needs a journal' }]);
    const read = await readResumePoint(options.journal, runId, workflowHash);
    if (!read.point) return refuse('config', read.issues);
    resume = read.point;
  }
  // A resumed run continues with the input it started with.
  const input = resume ? resume.input : (options.input ?? {});
  const shape = jsonShapeProblem(input, 'input');
  const inputIssues = shape
    ? [shape]
    : validateRunInput(workflow, input).map((issue) => ({ ...issue, pointer: `input${issue.pointer}` }));
  if (inputIssues.length > 0) return refuse('input', inputIssues);
  // Pre-flight: every secret of every branch, every host, every connector input known now; nothing is sent
  // unless all of it is in order.
  const plan = await planWorkflow(workflow, { ...options, input, runId });
  const preflight = [
    ...plan.secrets.map((finding) => ({ pointer: finding.pointer, message: finding.message })),
    ...plan.issues,
  ];
  if (preflight.length > 0) return refuse('config', preflight);
  const name = typeof workflow.name === 'string' ? { workflow: workflow.name } : {};
  const resumeOptions = {
    ...(options.decision ? { decision: options.decision } : {}),
    ...(options.continues ? { continues: true } : {}),
  };
  const opened = options.journal
    ? await openJournal(options.journal, { runId, workflowHash, ...name, input }, resume, resumeOptions)
    : undefined;
  if (opened?.issues) return refuse('config', opened.issues);
  // Read again once the run is held (another process may have moved it on), with the decision applied.
  if (opened?.resume) resume = opened.resume;
  const state: RunState = {
    runId,
    options,
    context: { input, steps: {}, run: { id: runId } },
    records: [],
    journal: opened?.journal,
    resume,
    sent: 0,
  };
  try {
    const completed = await runSteps(workflow.steps, state, 0);
    const ok = completed && !state.failure;
    // A run stopped for a decision, aborted, paused or deferred has not ended: it can be resumed.
    if (!state.undecided && !state.unfinished && state.failure?.kind !== 'aborted') {
      const at = new Date().toISOString();
      await state.journal?.append({
        type: 'run-end',
        at,
        ok,
        ...(state.failure ? { error: state.failure } : {}),
      });
    }
    return {
      runId,
      ok,
      durationMs: Date.now() - started,
      steps: state.records,
      ...(state.failure ? { error: state.failure } : {}),
      ...(state.unfinished ? { unfinished: state.unfinished } : {}),
    };
  } finally {
    await state.journal?.close();
  }
}
