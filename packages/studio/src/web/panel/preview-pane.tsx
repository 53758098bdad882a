import type { Preview } from '../../protocol.js';
import { CopyButton } from './copy-button.js';

/** The exact request the node will send, redacted, as the server planned it; "copy as cURL" and "copy config JSON". */
export function PreviewPane(props: { preview: Preview | undefined; pending: boolean }) {
  const { preview } = props;
  const request = preview?.request;
  return (
    <section class="card preview" id="preview" data-pending={props.pending ? 'true' : 'false'}>
      <h2>
        Request preview <span class="muted">(redacted; nothing is sent)</span>
      </h2>
      {request ? (
        <>
          <p class="request-line">
            <strong id="preview-method">{request.method}</strong> <code id="preview-url">{request.url}</code>
          </p>
          <table class="headers" id="preview-headers">
            <tbody>
              {Object.entries(request.headers).map(([name, value]) => (
                <tr key={name}>
                  <th>{name}</th>
                  <td>{value}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {request.body !== undefined ? (
            <pre id="preview-body">{request.body}</pre>
          ) : (
            <p class="muted">No body.</p>
          )}
        </>
      ) : (
        <p class="muted">
          {preview && !preview.ok ? 'Fix the fields marked in red to see the request.' : 'Preparing…'}
        </p>
      )}
      {preview && preview.warnings.length > 0 ? (
        <ul class="warnings">
          {preview.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      ) : null}
      <div class="actions">
        <CopyButton id="copy-curl" label="Copy as cURL" text={preview?.curl} />
        <CopyButton
          id="copy-config"
          label="Copy config JSON"
          text={preview?.config ? JSON.stringify(preview.config, null, 2) : undefined}
        />
      </div>
    </section>
  );
}
