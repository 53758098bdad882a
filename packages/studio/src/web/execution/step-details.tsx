import type { GraphNode, StepState } from './graph-model.js';

/** One step's redacted request and response (sensitive fields masked by the server). */
export function StepDetails({ node, state }: { node: GraphNode; state: StepState | undefined }) {
  const record = state?.record;
  return (
    <section class="card step-details" id="step-details" data-details={node.id ?? node.key}>
      <h2>
        {node.id ?? node.type} <span class="muted">{node.label}</span>
      </h2>
      {!record ? <p class="muted">{state?.phase === 'running' ? 'Running…' : 'Not run yet.'}</p> : null}
      {record?.branch ? <p>Branch taken: {record.branch}</p> : null}
      {record?.error ? (
        <p class={record.handled ? 'warning' : 'error'}>
          {record.error.kind}: {record.error.message}
          {record.handled ? ' (handled)' : ''}
        </p>
      ) : null}
      {record?.request ? (
        <>
          <h3>Request</h3>
          <pre id="step-request">{`${record.request.method} ${record.request.url}\n${Object.entries(
            record.request.headers,
          )
            .map(([name, value]) => `${name}: ${value}`)
            .join('\n')}${record.request.body !== undefined ? `\n\n${record.request.body}` : ''}`}</pre>
        </>
      ) : null}
      {record?.response ? (
        <>
          <h3>Response {record.response.status}</h3>
          <pre id="step-response">{JSON.stringify(record.response.body, null, 2)}</pre>
        </>
      ) : null}
    </section>
  );
}
