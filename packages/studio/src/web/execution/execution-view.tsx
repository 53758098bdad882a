import { useState } from 'preact/hooks';
import type { Catalog, OpenedWorkflow, RunEvent } from '../../protocol.js';
import { openWorkflow, runWorkflow } from '../api.js';
import { applyEvent, buildGraph, type GraphNode, type StepState } from './graph-model.js';
import { StepDetails } from './step-details.js';
import { StepGraph } from './step-graph.js';

function findNode(nodes: GraphNode[], key: string): GraphNode | undefined {
  for (const node of nodes) {
    if (node.key === key) return node;
    const inner = findNode([...(node.then ?? []), ...(node.else ?? [])], key);
    if (inner) return inner;
  }
  return undefined;
}

/** Open a workflow file, see its steps as a graph, run it on the sandbox and watch each step live. */
export function ExecutionView({ catalog }: { catalog: Catalog }) {
  const [opened, setOpened] = useState<OpenedWorkflow | undefined>();
  const [nodes, setNodes] = useState<GraphNode[]>([]);
  const [inputText, setInputText] = useState('{}');
  const [states, setStates] = useState<Record<string, StepState>>({});
  const [end, setEnd] = useState<Extract<RunEvent, { type: 'run-end' }> | undefined>();
  const [running, setRunning] = useState(false);
  const [selected, setSelected] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  /** A workflow read from a file the user picked (not one the server found): sent whole to run. */
  const [uploaded, setUploaded] = useState(false);

  const show = (next: OpenedWorkflow, fromFile: boolean) => {
    setOpened(next);
    setUploaded(fromFile);
    setNodes(buildGraph(next.workflow.steps));
    setStates({});
    setEnd(undefined);
    setSelected(undefined);
    setInputText(JSON.stringify(next.inputs[0]?.value ?? {}, null, 2));
  };
  const open = (path: string) => {
    setFailure(undefined);
    if (!path) return;
    openWorkflow(path).then(
      (next) => show(next, false),
      (error: Error) => setFailure(error.message),
    );
  };
  const upload = (file: File | undefined) => {
    setFailure(undefined);
    if (!file) return;
    file.text().then((text) => {
      try {
        const workflow: unknown = JSON.parse(text);
        if (workflow === null || typeof workflow !== 'object' || Array.isArray(workflow))
          throw new Error('it must be a JSON object with "steps"');
        show({ path: file.name, workflow: workflow as Record<string, unknown>, inputs: [] }, true);
      } catch (error) {
        setFailure(`${file.name} is not a workflow: ${(error as Error).message}`);
      }
    });
  };

  const run = () => {
    if (!opened) return;
    let input: unknown;
    try {
      input = JSON.parse(inputText);
    } catch {
      setFailure('The run input is not valid JSON.');
      return;
    }
    setFailure(undefined);
    setRunning(true);
    setStates({});
    setEnd(undefined);
    let current: Record<string, StepState> = {};
    runWorkflow(uploaded ? { workflow: opened.workflow } : { path: opened.path }, input, (event) => {
      if (event.type === 'run-end') setEnd(event);
      current = applyEvent(nodes, current, event);
      setStates(current);
    }).then(
      () => setRunning(false),
      (error: Error) => {
        setFailure(error.message);
        setRunning(false);
      },
    );
  };

  const node = selected ? findNode(nodes, selected) : undefined;
  return (
    <main class="execution">
      <section class="card run-controls">
        <label class="picker">
          <span>Workflow</span>
          <select
            id="workflow-picker"
            value={opened?.path ?? ''}
            onChange={(event) => open(event.currentTarget.value)}
          >
            <option value="">— open a workflow file —</option>
            {catalog.workflows.map((path) => (
              <option key={path} value={path}>
                {path}
              </option>
            ))}
          </select>
        </label>
        <label class="picker">
          <span>or a file from this computer</span>
          <input
            type="file"
            id="workflow-file"
            accept=".json,application/json"
            onChange={(event) => {
              upload(event.currentTarget.files?.[0]);
              // The same file may be picked again after it was edited.
              event.currentTarget.value = '';
            }}
          />
        </label>
        {catalog.workflows.length === 0 ? (
          <p class="muted">No *.workflow.json files under the folder the studio started in.</p>
        ) : null}
        {opened ? (
          <>
            {typeof opened.workflow.description === 'string' ? (
              <p class="description">{opened.workflow.description}</p>
            ) : null}
            <div class="row">
              <span>Input:</span>
              {opened.inputs.map((sample) => (
                <button
                  key={sample.name}
                  type="button"
                  class="small"
                  data-input={sample.name}
                  onClick={() => setInputText(JSON.stringify(sample.value, null, 2))}
                >
                  {sample.name}
                </button>
              ))}
            </div>
            <textarea
              id="run-input"
              class="json"
              rows={8}
              value={inputText}
              spellcheck={false}
              onInput={(event) => setInputText(event.currentTarget.value)}
            />
            <button type="button" id="run" class="primary" disabled={running} onClick={run}>
              {running ? 'Running…' : 'Run on the sandbox'}
            </button>
          </>
        ) : null}
        {failure ? <p class="error">{failure}</p> : null}
        {end ? (
          <p
            id="run-result"
            class={end.ok ? 'status ok' : 'status failed'}
            data-ok={end.ok ? 'true' : 'false'}
          >
            {end.ok
              ? `Run succeeded in ${end.durationMs} ms`
              : `Run failed${end.error?.stepId ? ` at ${end.error.stepId}` : ''}: ${end.error?.message ?? ''}`}
          </p>
        ) : null}
      </section>
      {opened ? (
        <section class="card graph-card" id="graph">
          <h2>{typeof opened.workflow.name === 'string' ? opened.workflow.name : opened.path}</h2>
          <StepGraph nodes={nodes} states={states} selected={selected} onSelect={setSelected} />
        </section>
      ) : null}
      {node ? <StepDetails node={node} state={states[node.key]} /> : null}
    </main>
  );
}
