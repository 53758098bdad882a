import type { Connector } from '@convoflow/core';
import type { Step, Workflow } from '@convoflow/workflow';
import { routeUrl, type SandboxRoute } from '../sandbox-routes.js';

function mapSteps(steps: unknown, visit: (step: Step) => Step): unknown {
  if (!Array.isArray(steps)) return steps;
  return steps.map((step: Step) => {
    if (step === null || typeof step !== 'object') return step;
    const seen = visit(step);
    return seen.type === 'condition'
      ? {
          ...seen,
          then: mapSteps(seen.then, visit),
          ...(seen.else ? { else: mapSteps(seen.else, visit) } : {}),
        }
      : seen;
  }) as Step[];
}

/** The connectors a workflow uses (by the operations its steps name, in every branch). */
export function usedConnectors(
  workflow: Workflow,
  connectors: Readonly<Record<string, Connector>>,
): Connector[] {
  const ids = new Set<string>();
  mapSteps(workflow.steps, (step) => {
    if (step.type === 'connector' && typeof step.operation === 'string')
      ids.add(step.operation.split('.')[0] ?? '');
    return step;
  });
  return [...ids].flatMap((id) => (Object.hasOwn(connectors, id) ? [connectors[id] as Connector] : []));
}

/** The workflow with every Custom API step's URL moved to the sandbox (other hosts refused: see routeUrl). */
export function routeWorkflow(workflow: Workflow, routes: readonly SandboxRoute[]): Workflow {
  const steps = mapSteps(workflow.steps, (step) =>
    step.type === 'customApi' && step.config && typeof step.config === 'object'
      ? { ...step, config: { ...step.config, url: routeUrl(step.config.url, routes) as string } }
      : step,
  );
  return { ...workflow, steps: steps as Step[] };
}
