import type { KyInstance } from 'ky';
import {
  ownTransport,
  readCapped,
  type Transport,
  TransportFailure,
  type TransportRequest,
  type TransportResponse,
  toAbortSignal,
  toTransportFailure,
} from './transport.js';

/** Options for {@link kyTransport}. */
export interface KyTransportOptions {
  /** The fetch to use (a runtime's own, a test double, an instrumented one). Default `globalThis.fetch`. */
  fetch?: typeof fetch;
  /**
   * `manual` (default) hands 3xx responses to core, which applies its redirect rules. Browsers answer a manual
   * redirect with an opaque response (status 0) that cannot be followed: there, pass `follow`, and the browser
   * follows redirects itself (the Fetch standard drops Authorization on cross-origin hops; core's rules do not run).
   */
  redirect?: 'manual' | 'follow';
}

async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncIterable<Uint8Array> {
  const reader = stream.getReader();
  let done = false;
  try {
    for (;;) {
      const next = await reader.read();
      if (next.done) {
        done = true;
        return;
      }
      yield next.value;
    }
  } finally {
    // Stopped early (body too large): cancel the stream so the connection is released.
    if (!done) await reader.cancel().catch(() => {});
    reader.releaseLock();
  }
}

/**
 * A fetch-based transport through ky, for runtimes that only have fetch (browsers, Deno, Bun, edge workers) or a
 * caller's own fetch. ky's retry and timeout are off: core owns the policy.
 *
 * Limits of fetch: in browsers a manual redirect is opaque (see `redirect`); the runtime decodes Content-Encoding;
 * on edge runtimes that forbid code generation, pass `responseValidator` instead of a `responseSchema`.
 */
export function kyTransport(options: KyTransportOptions = {}): Transport {
  // ky is loaded on the first request, so that importing core (or using the undici transport) never loads it.
  let client: Promise<KyInstance> | undefined;
  const loadClient = (): Promise<KyInstance> => {
    client ??= import('ky').then(
      ({ default: ky }) =>
        ky.create({
          retry: 0,
          timeout: false,
          throwHttpErrors: false,
          redirect: options.redirect ?? 'manual',
          ...(options.fetch ? { fetch: options.fetch } : {}),
        }),
      (error: unknown) => {
        throw new TransportFailure(
          'invalid',
          'kyTransport needs the ky package: install it (npm install ky)',
          {
            cause: error,
          },
        );
      },
    );
    return client;
  };
  return ownTransport({
    name: 'ky',
    async send(request: TransportRequest): Promise<TransportResponse> {
      let response: Response;
      try {
        const send = await loadClient();
        response = await send(request.url, {
          method: request.method,
          headers: request.headers,
          body: (request.body ?? null) as BodyInit | null,
          signal: toAbortSignal(request.signal),
        });
      } catch (error) {
        if (request.signal.aborted)
          throw new TransportFailure('aborted', 'request aborted', { cause: error });
        throw toTransportFailure(error);
      }
      const headers: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        headers[name] = value;
      });
      try {
        const body = response.body
          ? await readCapped(chunksOf(response.body), request.maxResponseBytes, () => {})
          : new Uint8Array();
        return { status: response.status, statusText: response.statusText, headers, body };
      } catch (error) {
        if (error instanceof TransportFailure) throw error;
        if (request.signal.aborted)
          throw new TransportFailure('aborted', 'request aborted', { cause: error });
        throw toTransportFailure(error);
      }
    },
  });
}
