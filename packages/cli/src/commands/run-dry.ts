import { toCurl } from '@convoflow/core';
import {
  type PlanWorkflowOptions,
  planWorkflow,
  validateRunInput,
  validateWorkflow,
  type Workflow,
} from '@convoflow/workflow';
import type { Flags } from '../command-line.js';
import { EXIT } from '../exit-codes.js';
import { CliError, type CliIO } from '../io.js';
import { printDryRun } from '../print-requests.js';

/**
 * `run --dry-run` / `run --curl`: validates the whole workflow and its input, then prints every step of every
 * branch as the request it would send (input resolved, earlier steps' outputs and secrets as placeholders, the
 * idempotency keys). Missing secrets are warnings; anything else that would stop the run is refused (exit 2).
 * Sends nothing.
 */
export async function dryRunWorkflow(
  workflow: Workflow,
  file: string,
  options: PlanWorkflowOptions,
  flags: Flags,
  io: CliIO,
): Promise<number> {
  const issues = validateWorkflow(workflow, options.connectors ? { connectors: options.connectors } : {});
  const inputIssues = issues.length > 0 ? [] : validateRunInput(workflow, options.input ?? {});
  const plan = issues.length + inputIssues.length > 0 ? undefined : await planWorkflow(workflow, options);
  const denied = plan?.secrets.filter((finding) => finding.reason === 'denied') ?? [];
  const problems = [
    ...issues,
    ...inputIssues.map((issue) => ({ ...issue, pointer: `input${issue.pointer}` })),
    ...(plan?.issues ?? []),
    ...denied.map((finding) => ({ pointer: finding.pointer, message: finding.message })),
  ];
  if (!plan || problems.length > 0)
    throw new CliError(
      `${file} cannot run: ${problems.length} problem${problems.length === 1 ? '' : 's'}`,
      'Nothing was sent.',
      EXIT.refused,
      inputIssues.length > 0 ? 'input' : 'config',
      problems,
    );
  const warnings = plan.secrets
    .filter((finding) => finding.reason === 'missing')
    .map((finding) => `${finding.message}; it is shown as <${finding.name}>`);
  const items = plan.steps.map((step) => ({
    title: `step ${step.id} (${step.branch})${step.operation ? ` ${step.operation}` : ''}${step.paginate ? `, first page of up to ${step.paginate.maxPages}` : ''}`,
    prepared: step.prepared,
    request: step.request,
    pending: step.pending,
  }));
  const json = flags.json
    ? {
        runId: plan.runId ?? null,
        steps: plan.steps.map((step) => ({
          id: step.id,
          branch: step.branch,
          ...(step.operation ? { operation: step.operation } : {}),
          request: step.request ?? null,
          ...(flags.curl && step.prepared ? { curl: toCurl(step.prepared) } : {}),
          ...(step.pending ? { pending: step.pending } : {}),
          ...(step.paginate ? { paginate: step.paginate } : {}),
        })),
        warnings,
      }
    : undefined;
  printDryRun(items, warnings, { curl: flags.curl === true, json }, io);
  return EXIT.ok;
}
