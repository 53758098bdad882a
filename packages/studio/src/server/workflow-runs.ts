import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { maskSensitiveFields } from '@convoflow/core';
import { runWorkflow, type StepRecord, type Workflow, type WorkflowEvent } from '@convoflow/workflow';
import type { RunEvent, StepView } from '../protocol.js';
import { SECURITY_HEADERS } from './http-utils.js';
import type { StudioOptions } from './options.js';

const MAX_RUNS = 50;

/** One run: the events so far (a late subscriber gets them all) and who is listening. */
interface Run {
  events: RunEvent[];
  listeners: Set<ServerResponse>;
  done: boolean;
}

function stepView(record: StepRecord, sensitive: readonly string[]): StepView {
  const masked = maskSensitiveFields(record, sensitive) as StepRecord;
  const { id, type, operation, ok, handled, status, attempts, durationMs, branch, request, response, error } =
    masked;
  return {
    ...(id !== undefined ? { id } : {}),
    type,
    ...(operation !== undefined ? { operation } : {}),
    ok,
    ...(handled !== undefined ? { handled } : {}),
    ...(status !== undefined ? { status } : {}),
    attempts,
    durationMs,
    ...(branch ? { branch } : {}),
    ...(request ? { request } : {}),
    ...(response ? { response } : {}),
    ...(error
      ? {
          error: {
            kind: error.kind,
            message: error.message,
            ...(error.code !== undefined ? { code: error.code } : {}),
          },
        }
      : {}),
  };
}

function toRunEvent(event: WorkflowEvent, sensitive: readonly string[]): RunEvent | undefined {
  if (event.type === 'step-start')
    return {
      type: 'step-start',
      ...(event.step.id !== undefined ? { id: event.step.id } : {}),
      stepType: event.step.type,
      ...(event.step.operation !== undefined ? { operation: event.step.operation } : {}),
      depth: event.depth,
    };
  if (event.type === 'step-end')
    return { type: 'step-end', record: stepView(event.record, sensitive), depth: event.depth };
  if (event.event.type === 'request')
    return { type: 'attempt', stepId: event.stepId, attempt: event.event.attempt };
  return undefined;
}

/** Workflow runs against the sandbox, watched live through server-sent events. */
export class WorkflowRuns {
  readonly #runs = new Map<string, Run>();
  constructor(readonly options: StudioOptions) {}

  /** Starts a run on the sandbox (a Custom API host it does not serve is refused by the run); returns its id. */
  start(workflow: Workflow, input: unknown): string {
    const id = randomUUID();
    const run: Run = { events: [], listeners: new Set(), done: false };
    this.#runs.set(id, run);
    // Keep the last runs' events only (a studio left open for days must not grow without bound).
    for (const [old, kept] of this.#runs) if (this.#runs.size > MAX_RUNS && kept.done) this.#runs.delete(old);
    const sensitive = this.options.sensitiveFields ?? [];
    const emit = (event: RunEvent) => {
      run.events.push(event);
      for (const listener of run.listeners) listener.write(`data: ${JSON.stringify(event)}\n\n`);
    };
    const { sandbox, connectors } = this.options;
    const finish = (event: RunEvent) => {
      emit(event);
      run.done = true;
      for (const listener of run.listeners) listener.end();
      run.listeners.clear();
    };
    let routed: Workflow;
    try {
      routed = sandbox.routeWorkflow(workflow);
    } catch (error) {
      finish({ type: 'run-end', ok: false, durationMs: 0, error: { message: (error as Error).message } });
      return id;
    }
    void runWorkflow(routed, {
      input,
      connectors,
      secrets: sandbox.secrets,
      baseUrls: sandbox.baseUrls,
      allowHosts: sandbox.allowHosts,
      runId: id,
      onEvent: (event) => {
        const view = toRunEvent(event, sensitive);
        if (view) emit(view);
      },
    }).then(
      (result) =>
        finish({
          type: 'run-end',
          ok: result.ok,
          durationMs: result.durationMs,
          ...(result.error
            ? {
                error: {
                  ...(result.error.stepId !== undefined ? { stepId: result.error.stepId } : {}),
                  message: result.error.message,
                  ...(result.error.issues
                    ? { issues: result.error.issues.map(({ pointer, message }) => ({ pointer, message })) }
                    : {}),
                },
              }
            : {}),
        }),
      (error: unknown) =>
        finish({
          type: 'run-end',
          ok: false,
          durationMs: 0,
          error: { message: `the run failed: ${(error as Error).message}` },
        }),
    );
    return id;
  }

  /** `GET /api/runs/:id/events`: every event so far, then the rest as they happen; false for an unknown run. */
  watch(id: string, response: ServerResponse): boolean {
    const run = this.#runs.get(id);
    if (!run) return false;
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': 'text/event-stream; charset=utf-8',
      connection: 'keep-alive',
    });
    for (const event of run.events) response.write(`data: ${JSON.stringify(event)}\n\n`);
    if (run.done) {
      response.end();
      return true;
    }
    run.listeners.add(response);
    response.on('close', () => run.listeners.delete(response));
    return true;
  }

  close(): void {
    for (const run of this.#runs.values()) for (const listener of run.listeners) listener.end();
  }
}
