import {
  type Connector,
  type CustomApiNodeConfig,
  chooseCredentials,
  isInputError,
  type PreparedRequest,
  redactRequest,
  resolveReferences,
  type ValidationIssue,
} from '@convoflow/core';
import type { ConnectorStep, CustomApiStep, Step, Workflow } from './generated/types.js';
import { PAGINATE_LIMITS } from './paginate-step.js';
import { planRequest, secretFindings } from './plan-request.js';
import type { PlannedStep, PlanWorkflowOptions, WorkflowPlan } from './plan-types.js';
import { isUnder, placeholderSteps, stepPlaceholder, stepReferencePointers } from './step-placeholders.js';

class Planner {
  readonly plan: WorkflowPlan;
  constructor(
    private readonly options: PlanWorkflowOptions,
    runId: string | undefined,
  ) {
    this.plan = { runId, steps: [], secrets: [], issues: [] };
  }

  context(value: unknown): Record<string, unknown> {
    return {
      input: this.options.input ?? {},
      run: { id: this.plan.runId ?? stepPlaceholder('run.id') },
      steps: placeholderSteps(value),
    };
  }

  async steps(steps: readonly Step[], pointer: string, branch: PlannedStep['branch']): Promise<void> {
    for (const [index, step] of steps.entries()) {
      const at = `${pointer}/${index}`;
      if (step.type === 'customApi' || step.type === 'connector') await this.node(step, at, branch);
      if (step.type === 'condition') {
        await this.steps(step.then, `${at}/then`, 'then');
        await this.steps(step.else ?? [], `${at}/else`, 'else');
      }
    }
  }

  async node(step: CustomApiStep | ConnectorStep, at: string, branch: PlannedStep['branch']): Promise<void> {
    const planned: PlannedStep = {
      id: step.id,
      pointer: at,
      branch,
      ...(step.type === 'connector' ? { operation: step.operation } : {}),
      ...(step.type === 'connector' && step.paginate
        ? {
            paginate: {
              maxPages: Math.min(
                step.paginate.maxPages ?? PAGINATE_LIMITS.defaultMaxPages,
                PAGINATE_LIMITS.maxPages,
              ),
              maxItems: Math.min(
                step.paginate.maxItems ?? PAGINATE_LIMITS.defaultMaxItems,
                PAGINATE_LIMITS.maxItems,
              ),
            },
          }
        : {}),
    };
    this.plan.steps.push(planned);
    const auth = step.type === 'connector' ? await this.connectorAuth(step) : undefined;
    const built =
      step.type === 'customApi' ? this.customApiConfig(step, at) : this.connectorConfig(step, at, auth);
    if (!built) {
      if (step.type === 'connector') await this.operationSecrets(step, at, auth);
      planned.pending =
        'its input depends on the output of an earlier step; it is prepared when that step has run';
      return;
    }
    const result = await planRequest(built.config, {
      secrets: this.options.secrets,
      allowHosts: this.options.allowHosts,
      context: built.context,
      stepId: step.id,
    });
    // A connector's auth is its own business: its findings point at the step, a Custom API's into its config.
    for (const finding of result.secrets) {
      const pointer = step.type === 'connector' ? at : joinPointer(built.pointer, finding.pointer);
      this.plan.secrets.push({ ...finding, pointer, message: `${finding.message} (step ${step.id})` });
    }
    const later = result.issues.filter((issue) => isUnder(issue.pointer, built.waitsFor));
    this.addIssues(
      result.issues.filter((issue) => !later.includes(issue)),
      built.pointer,
    );
    if (!result.prepared) {
      planned.pending =
        later.length > 0 ? 'it depends on the output of an earlier step' : 'it cannot be prepared';
      return;
    }
    const prepared = this.withIdempotencyKey(step, result.prepared);
    planned.prepared = prepared;
    planned.request = redactRequest(prepared);
  }

  customApiConfig(step: CustomApiStep, at: string) {
    const config = step.config as unknown as CustomApiNodeConfig;
    return {
      config,
      context: this.context(config),
      pointer: `${at}/config`,
      waitsFor: stepReferencePointers(config),
    };
  }

  /**
   * The auth scheme a connector step will use, for operations with several credentials: chosen by the secrets that
   * are set, as `run` chooses it (an incomplete set is planned as it is, so its missing secrets are listed).
   */
  async connectorAuth(step: ConnectorStep): Promise<string | undefined> {
    const [connectorId = '', operationId = ''] = step.operation.split('.');
    const connector = this.options.connectors?.[connectorId] as Connector | undefined;
    const info =
      connector && Object.hasOwn(connector.operations, operationId)
        ? connector.operations[operationId]
        : undefined;
    if (!info?.credentials) return undefined;
    const choice = await chooseCredentials(info.credentials, this.options.secrets, info.auth);
    return 'incomplete' in choice ? choice.incomplete.auth : choice.auth;
  }

  connectorConfig(step: ConnectorStep, at: string, auth?: string) {
    const [connectorId = '', operationId = ''] = step.operation.split('.');
    const connector = this.options.connectors?.[connectorId] as Connector | undefined;
    if (!connector) return undefined; // validateWorkflow reports it
    const input = resolveReferences(step.input, this.context(step.input), '', { missing: 'omit' });
    const headers = resolveReferences(step.headers ?? {}, this.context(step.headers), '');
    const baseUrl = this.options.baseUrls?.[connectorId];
    const waitsFor = stepReferencePointers(step.input);
    try {
      const config = connector.preset(operationId, input.value as never, {
        ...(auth ? { auth } : {}),
        ...(baseUrl ? { baseUrl } : {}),
        ...(step.headers ? { headers: headers.value as Record<string, string> } : {}),
      });
      return { config, context: undefined, pointer: at, waitsFor: [] as string[] };
    } catch (error) {
      // A template helper may refuse a value (formatDate) with a plain error: an input problem too, never a throw.
      const issues = isInputError(error)
        ? error.issues
        : [
            {
              pointer: '/',
              message: `cannot be turned into a request (${(error as Error).name ?? 'error'})`,
            },
          ];
      const now = issues.filter((issue) => !isUnder(issue.pointer, waitsFor));
      this.addIssues(now, `${at}/input`);
      return undefined;
    }
  }

  /** The secrets of a connector step whose config cannot be built yet (they are checked all the same). */
  async operationSecrets(step: ConnectorStep, at: string, auth?: string): Promise<void> {
    const [connectorId = '', operationId = ''] = step.operation.split('.');
    const connector = this.options.connectors?.[connectorId];
    const info =
      connector && Object.hasOwn(connector.operations, operationId)
        ? connector.operations[operationId]
        : undefined;
    const chosen = auth ? info?.credentials?.find((choice) => choice.auth === auth)?.secrets : undefined;
    const names = new Map((chosen ?? info?.secrets ?? []).map((name) => [name, at] as const));
    for (const finding of await secretFindings(names, this.options.secrets, step.id))
      this.plan.secrets.push({ ...finding, pointer: at, message: `${finding.message} (step ${step.id})` });
  }

  withIdempotencyKey(step: CustomApiStep | ConnectorStep, prepared: PreparedRequest): PreparedRequest {
    if (step.type !== 'connector') return prepared;
    const connector = this.options.connectors?.[step.operation.split('.')[0] ?? ''];
    const idempotency = connector?.idempotency;
    if (!idempotency?.methods.includes(prepared.method)) return prepared;
    const header = (idempotency.header ?? 'idempotency-key').toLowerCase();
    const runId = this.plan.runId ?? '<run id>';
    return prepared.with({ headers: { ...prepared.headers, [header]: `${runId}:${step.id}` } });
  }

  addIssues(issues: readonly ValidationIssue[], pointer: string): void {
    for (const issue of issues)
      this.plan.issues.push({ pointer: joinPointer(pointer, issue.pointer), message: issue.message });
  }
}

function joinPointer(base: string, pointer: string): string {
  return `${base}${pointer === '/' ? '' : pointer}`;
}

/**
 * Plans a workflow without sending anything: every Custom API and connector step of every branch, prepared as far
 * as can be known before the run (input references resolved, earlier steps' outputs as `<steps.id.body.x>`
 * placeholders, every secret as `<NAME>`), with the idempotency keys it will send. Lists the secrets that are
 * missing or refused and every problem found (hosts outside allowedHosts, invalid connector input), all at once.
 * Call {@link validateWorkflow} first: the plan assumes a valid workflow.
 *
 * @example
 * const plan = await planWorkflow(workflow, { input, connectors: { stripe }, secrets });
 * for (const step of plan.steps) console.log(step.id, step.request?.method, step.request?.url);
 */
export async function planWorkflow(
  workflow: Workflow,
  options: PlanWorkflowOptions = {},
): Promise<WorkflowPlan> {
  const planner = new Planner(options, options.runId);
  await planner.steps(workflow.steps, '/steps', 'main');
  return planner.plan;
}
