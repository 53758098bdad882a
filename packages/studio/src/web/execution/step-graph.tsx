import type { GraphNode, StepState } from './graph-model.js';

function statusText(node: GraphNode, state: StepState | undefined): string {
  const record = state?.record;
  if (!state || state.phase === 'pending') return 'waiting';
  if (state.phase === 'running')
    return state.attempts > 1 ? `running (attempt ${state.attempts})` : 'running…';
  if (!record) return 'done';
  if (node.type === 'condition') return `→ ${record.branch ?? '?'}`;
  if (node.type === 'debug' || node.type === 'delay') return `${record.durationMs} ms`;
  return [
    record.status !== undefined ? String(record.status) : (record.error?.kind ?? ''),
    `${record.durationMs} ms`,
    `${record.attempts} attempt${record.attempts === 1 ? '' : 's'}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

function phaseClass(state: StepState | undefined): string {
  if (!state || state.phase === 'pending') return 'pending';
  if (state.phase === 'running') return 'running';
  const record = state.record;
  if (!record || record.ok) return 'ok';
  return record.handled ? 'handled' : 'failed';
}

interface GraphProps {
  nodes: GraphNode[];
  states: Record<string, StepState>;
  selected: string | undefined;
  onSelect(key: string): void;
  /** Steps in a branch the run did not take. */
  skipped?: boolean;
}

/** The steps top to bottom; a condition splits into its then and else columns, the branch taken marked. */
export function StepGraph(props: GraphProps) {
  return (
    <ol class={props.skipped ? 'graph skipped' : 'graph'}>
      {props.nodes.map((node) => {
        const state = props.states[node.key];
        const branch = state?.record?.branch;
        return (
          <li key={node.key} class="graph-item">
            <button
              type="button"
              class={`step ${node.type} ${phaseClass(state)}${props.selected === node.key ? ' selected' : ''}`}
              data-step={node.id ?? node.key}
              data-state={phaseClass(state)}
              onClick={() => props.onSelect(node.key)}
            >
              <span class="step-id">{node.id ?? node.type}</span>
              <span class="step-label">{node.label}</span>
              <span class="step-status">{statusText(node, state)}</span>
            </button>
            {node.type === 'condition' ? (
              <div class="branches">
                {(['then', 'else'] as const).map((name) => (
                  <div
                    key={name}
                    class={`branch ${branch === name ? 'taken' : branch ? 'not-taken' : ''}`}
                    data-branch={name}
                    data-taken={branch === name ? 'true' : branch ? 'false' : 'unknown'}
                  >
                    <div class="branch-label">
                      {name === 'then' ? 'if true' : 'else'}
                      {branch === name ? ' — taken' : ''}
                    </div>
                    <StepGraph
                      {...props}
                      nodes={node[name] ?? []}
                      skipped={props.skipped || (branch !== undefined && branch !== name)}
                    />
                  </div>
                ))}
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
