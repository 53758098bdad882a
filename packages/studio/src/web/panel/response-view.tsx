import type { SendResult } from '../../protocol.js';

/** A redacted response: status, timing, attempts, headers and body (sensitive fields masked by the server). */
export function ResponseView(props: { result: SendResult }) {
  const { result } = props;
  return (
    <section class="card response" id="response" data-ok={result.ok ? 'true' : 'false'}>
      <h2>
        Response{' '}
        <span class="muted">from the {result.target === 'sandbox' ? 'sandbox' : 'real service'}</span>
      </h2>
      <p class="stats">
        <span class={result.ok ? 'status ok' : 'status failed'} id="response-status">
          {result.status ?? result.error?.kind ?? 'not sent'}
        </span>
        <span id="response-time">{result.durationMs} ms</span>
        <span id="response-attempts">
          {result.attempts} attempt{result.attempts === 1 ? '' : 's'}
        </span>
      </p>
      {result.error ? (
        <p class="error" id="response-error">
          {result.error.kind}: {result.error.message}
          {result.error.code !== undefined ? ` (${String(result.error.code)})` : ''}
        </p>
      ) : null}
      {result.issues.length > 0 ? (
        <ul class="field-errors">
          {result.issues.map((issue) => (
            <li key={`${issue.pointer}${issue.message}`}>
              {issue.pointer} {issue.message}
            </li>
          ))}
        </ul>
      ) : null}
      {Object.keys(result.headers).length > 0 ? (
        <details>
          <summary>Headers</summary>
          <table class="headers">
            <tbody>
              {Object.entries(result.headers).map(([name, value]) => (
                <tr key={name}>
                  <th>{name}</th>
                  <td>{value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
      {result.body !== undefined ? (
        <pre id="response-body">
          {typeof result.body === 'string' ? result.body : JSON.stringify(result.body, null, 2)}
        </pre>
      ) : null}
    </section>
  );
}
