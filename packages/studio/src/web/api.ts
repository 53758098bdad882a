import type {
  Catalog,
  NodeChoice,
  OpenedWorkflow,
  Preview,
  RunEvent,
  SendResult,
  Target,
} from '../protocol.js';

/** A JSON call to the studio server (same origin: the token cookie goes along, the browser sets Origin). */
async function call<T>(path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, {
    method: body === undefined ? 'GET' : 'POST',
    ...(body === undefined
      ? {}
      : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    ...(signal ? { signal } : {}),
  });
  const data = (await response.json()) as T & { error?: string };
  if (!response.ok) throw new Error(data.error ?? `${response.status} ${response.statusText}`);
  return data;
}

export const loadCatalog = () => call<Catalog>('/api/catalog');

export const preview = (choice: NodeChoice, target: Target, signal: AbortSignal) =>
  call<Preview>('/api/preview', { ...choice, target }, signal);

export const send = (choice: NodeChoice, target: Target) =>
  call<SendResult>('/api/send', { ...choice, target });

export const openWorkflow = (path: string) => call<OpenedWorkflow>('/api/workflow/open', { path });

/** Starts a run on the sandbox and calls `onEvent` for each of its events until it ends. */
export async function runWorkflow(
  source: { path: string } | { workflow: Record<string, unknown> },
  input: unknown,
  onEvent: (event: RunEvent) => void,
): Promise<void> {
  const { runId } = await call<{ runId: string }>('/api/workflow/run', { ...source, input });
  await new Promise<void>((resolve) => {
    const source = new EventSource(`/api/runs/${runId}/events`);
    source.onmessage = (message) => {
      const event = JSON.parse(message.data as string) as RunEvent;
      onEvent(event);
      if (event.type === 'run-end') {
        source.close();
        resolve();
      }
    };
    source.onerror = () => {
      if (source.readyState === EventSource.CLOSED) resolve();
    };
  });
}
