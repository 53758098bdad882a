import { useMemo, useState } from 'preact/hooks';
import type { Catalog, NodeChoice, SendResult, Target } from '../../protocol.js';
import { send } from '../api.js';
import type { Schema } from '../form/schema.js';
import { SchemaForm } from '../form/schema-form.js';
import { type NodeKey, NodePicker } from './node-picker.js';
import { PreviewPane } from './preview-pane.js';
import { ResponseView } from './response-view.js';
import { usePreview } from './use-preview.js';

/** The Custom API fields the product docs' panel shows first; the rest are under "More options". */
const PRIMARY = ['url', 'method', 'headers', 'body', 'auth'];
/** Auth fields that hold a credential: a secret reference only. */
const SECRET_FIELD = /^\/auth\/(value|token|password|clientSecret|refreshToken|serviceAccount)$/;

function pick(schema: Schema, keep: (name: string) => boolean): Schema {
  const properties = Object.fromEntries(
    Object.entries(schema.properties ?? {}).filter(([name]) => keep(name)),
  );
  return { ...schema, properties, required: (schema.required ?? []).filter(keep) };
}

function startingValue(catalog: Catalog, key: NodeKey): Record<string, unknown> {
  if (key === 'customApi') return structuredClone(catalog.customApiExample);
  const [connectorId, operationId] = key.split('.');
  const operation = catalog.connectors
    .find((item) => item.id === connectorId)
    ?.operations.find((item) => item.id === operationId);
  const examples = operation?.inputSchema.examples;
  return Array.isArray(examples) && examples[0]
    ? structuredClone(examples[0] as Record<string, unknown>)
    : {};
}

function choiceOf(key: NodeKey, value: Record<string, unknown>): NodeChoice {
  if (key === 'customApi') return { kind: 'customApi', config: value };
  const [connector = '', operation = ''] = key.split('.');
  return { kind: 'operation', connector, operation, input: value };
}

/** Pick a node, fill its generated form, watch the request it will send, send it, read the response. */
export function ConfigurationPanel({ catalog }: { catalog: Catalog }) {
  const [key, setKey] = useState<NodeKey>('customApi');
  const [values, setValues] = useState<Record<NodeKey, Record<string, unknown>>>({});
  const [target, setTarget] = useState<Target>('sandbox');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [result, setResult] = useState<SendResult | undefined>();
  const [sending, setSending] = useState(false);
  // Memoised: a fresh starting value on every render would change `choice` and ask for a preview again and again.
  const value = useMemo(() => values[key] ?? startingValue(catalog, key), [values, key, catalog]);
  const setValue = (next: Record<string, unknown>) => setValues((all) => ({ ...all, [key]: next }));
  const choice = useMemo(() => choiceOf(key, value), [key, value]);

  const { preview, pending, issues } = usePreview(choice, target, localErrors);

  const operation =
    key === 'customApi'
      ? undefined
      : catalog.connectors
          .flatMap((connector) => connector.operations.map((item) => ({ connector, item })))
          .find(({ connector, item }) => `${connector.id}.${item.id}` === key);
  const schema = (operation ? operation.item.inputSchema : catalog.customApiSchema) as Schema;
  const context = {
    issues,
    secretNames: catalog.secretNames[target],
    isSecretField: (pointer: string) => key === 'customApi' && SECRET_FIELD.test(pointer),
    setLocalError: (pointer: string, message: string | undefined) =>
      setLocalErrors((all) => {
        if (all[pointer] === message) return all;
        const copy = { ...all };
        if (message === undefined) delete copy[pointer];
        else copy[pointer] = message;
        return copy;
      }),
  };
  const canSend = !pending && !sending && preview?.ok === true && Object.keys(localErrors).length === 0;
  const shownIssues = [...issues.entries()].filter(
    ([pointer]) => pointer === '/' || !document.querySelector(`[data-field="${CSS.escape(pointer)}"]`),
  );

  return (
    <main class="panel">
      <section class="card config" id="config">
        <div class="row">
          <NodePicker
            catalog={catalog}
            value={key}
            onChange={(next) => {
              setKey(next);
              setResult(undefined);
            }}
          />
        </div>
        {operation ? (
          <p class="description">
            {operation.item.description}{' '}
            {operation.item.secrets.length > 0 ? (
              <span class="muted">
                Uses the secret{operation.item.secrets.length > 1 ? 's' : ''}{' '}
                {operation.item.secrets.join(', ')} (held by the studio server).
              </span>
            ) : null}
          </p>
        ) : (
          <p class="description">
            One HTTP request from plain JSON config: URL, method, headers, body and authentication (API key in
            a header or query parameter, OAuth 2.0 bearer, Basic). Credentials are secret references, resolved
            by the studio server.
          </p>
        )}
        {shownIssues.length > 0 ? (
          <ul class="field-errors" id="form-issues" role="alert">
            {shownIssues.flatMap(([pointer, messages]) =>
              messages.map((message) => (
                <li key={pointer + message}>
                  {pointer === '/' ? '' : `${pointer} `}
                  {message}
                </li>
              )),
            )}
          </ul>
        ) : null}
        <form id="node-form" onSubmit={(event) => event.preventDefault()}>
          {key === 'customApi' ? (
            <>
              <SchemaForm
                key="primary"
                schema={pick(schema, (name) => PRIMARY.includes(name))}
                value={value}
                onChange={setValue}
                context={context}
              />
              <details>
                <summary>More options (query, timeouts, retry, rate limit, redirects, …)</summary>
                <SchemaForm
                  key="more"
                  schema={pick(schema, (name) => !PRIMARY.includes(name))}
                  value={value}
                  onChange={setValue}
                  context={context}
                />
              </details>
            </>
          ) : (
            <SchemaForm key={key} schema={schema} value={value} onChange={setValue} context={context} />
          )}
        </form>
        <p class="muted">
          Secrets you may reference here: {catalog.secretNames[target].join(', ') || 'none'}.
        </p>
      </section>
      <div class="side">
        <PreviewPane preview={preview} pending={pending} />
        <section class="card send">
          <fieldset class="target">
            <legend>Send to</legend>
            <label>
              <input
                type="radio"
                name="target"
                value="sandbox"
                checked={target === 'sandbox'}
                onChange={() => setTarget('sandbox')}
              />{' '}
              the local sandbox
            </label>
            <label class={catalog.mode === 'sandbox-only' ? 'muted' : ''}>
              <input
                type="radio"
                name="target"
                value="real"
                disabled={catalog.mode === 'sandbox-only'}
                checked={target === 'real'}
                onChange={() => setTarget('real')}
              />{' '}
              the real service
              {catalog.mode === 'sandbox-only' ? ' (not with --sandbox)' : ''}
            </label>
          </fieldset>
          <button
            type="button"
            id="send"
            class="primary"
            disabled={!canSend}
            onClick={() => {
              setSending(true);
              send(choice, target).then(
                (next) => {
                  setResult(next);
                  setSending(false);
                },
                (error: Error) => {
                  setResult({
                    ok: false,
                    issues: [],
                    target,
                    durationMs: 0,
                    attempts: 0,
                    headers: {},
                    error: { kind: 'studio', message: error.message },
                  });
                  setSending(false);
                },
              );
            }}
          >
            {sending ? 'Sending…' : target === 'sandbox' ? 'Send to sandbox' : 'Send to the real service'}
          </button>
        </section>
        {result ? <ResponseView result={result} /> : null}
      </div>
    </main>
  );
}
