import type { RunEvent, StepView } from '../../protocol.js';

/** One step of the workflow as the graph draws it. */
export interface GraphNode {
  /** Where it is: `0`, `1.then.0`, `1.else.0`. */
  key: string;
  id?: string;
  type: string;
  operation?: string;
  label: string;
  then?: GraphNode[];
  else?: GraphNode[];
}

/** What is known of a step while the run goes on. */
export interface StepState {
  phase: 'pending' | 'running' | 'done';
  attempts: number;
  record?: StepView;
}

type RawStep = {
  id?: unknown;
  type?: unknown;
  operation?: unknown;
  label?: unknown;
  then?: unknown;
  else?: unknown;
  config?: { url?: unknown; method?: unknown };
};

function labelOf(step: RawStep): string {
  if (typeof step.operation === 'string') return step.operation;
  if (step.type === 'customApi')
    return `${typeof step.config?.method === 'string' ? step.config.method : 'GET'} ${typeof step.config?.url === 'string' ? step.config.url : ''}`;
  if (step.type === 'debug') return `debug: ${typeof step.label === 'string' ? step.label : ''}`;
  return String(step.type ?? 'step');
}

/** The graph of a workflow's steps (conditions with their then and else branches). */
export function buildGraph(steps: unknown, prefix = ''): GraphNode[] {
  if (!Array.isArray(steps)) return [];
  return steps.map((raw: RawStep, index) => {
    const key = `${prefix}${index}`;
    const node: GraphNode = {
      key,
      type: String(raw.type ?? 'step'),
      label: labelOf(raw),
      ...(typeof raw.id === 'string' ? { id: raw.id } : {}),
      ...(typeof raw.operation === 'string' ? { operation: raw.operation } : {}),
    };
    if (raw.type === 'condition') {
      node.then = buildGraph(raw.then, `${key}.then.`);
      node.else = buildGraph(raw.else, `${key}.else.`);
    }
    return node;
  });
}

function flatten(nodes: GraphNode[]): GraphNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.then ?? []), ...flatten(node.else ?? [])]);
}

/** The node an event is about: by step id, else the first node of its type (without an id) in the state given. */
function find(
  nodes: GraphNode[],
  states: Record<string, StepState>,
  id: string | undefined,
  type: string,
  phase: StepState['phase'],
) {
  const all = flatten(nodes);
  if (id !== undefined) return all.find((node) => node.id === id);
  return all.find(
    (node) => node.id === undefined && node.type === type && (states[node.key]?.phase ?? 'pending') === phase,
  );
}

/** The step states after one event of the run. */
export function applyEvent(
  nodes: GraphNode[],
  states: Record<string, StepState>,
  event: RunEvent,
): Record<string, StepState> {
  if (event.type === 'step-start') {
    const node = find(nodes, states, event.id, event.stepType, 'pending');
    return node ? { ...states, [node.key]: { phase: 'running', attempts: 0 } } : states;
  }
  if (event.type === 'attempt') {
    const node = find(nodes, states, event.stepId, '', 'running');
    const state = node ? states[node.key] : undefined;
    return node && state ? { ...states, [node.key]: { ...state, attempts: event.attempt } } : states;
  }
  if (event.type === 'step-end') {
    const node = find(nodes, states, event.record.id, event.record.type, 'running');
    return node
      ? { ...states, [node.key]: { phase: 'done', attempts: event.record.attempts, record: event.record } }
      : states;
  }
  return states;
}
