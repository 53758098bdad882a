import type { Dispatcher } from 'undici';
import { concatenate } from './bytes.js';
import type { ConnectionWaits } from './connection-waits.js';
import {
  TransportFailure,
  type TransportRequest,
  type TransportResponse,
  toTransportFailure,
} from './transport.js';

type RawHeaders = Record<string, string | string[] | undefined>;
type ParseHeaders = (raw: Buffer[] | string[]) => RawHeaders;

/**
 * undici's response headers (lowercase names; the object is ours to keep) with repeated ones joined by `, `,
 * changed in place.
 */
function flattenHeaders(headers: RawHeaders): Record<string, string> {
  for (const name in headers) {
    const value = headers[name];
    if (typeof value === 'string') continue;
    if (value === undefined) delete headers[name];
    else headers[name] = value.join(', ');
  }
  return headers as Record<string, string>;
}

const aborted = (cause: unknown) => new TransportFailure('aborted', 'request aborted', { cause });

/**
 * One HTTP exchange as an undici dispatch handler: it collects the final response (1xx are skipped) with its body
 * up to the cap, and the request's signal stops it at any point, queued or in flight. It answers both handler
 * styles: undici 7's (`onRequestStart`, `onResponseStart`, …) and the one older dispatchers call (`onConnect`,
 * `onHeaders`, …), such as Node's built-in global dispatcher or a proxy agent from undici 6. A class rather than
 * closures: one object per request.
 */
class Exchange implements Dispatcher.DispatchHandler {
  #settled = false;
  #status = 0;
  #statusText = '';
  #headers: RawHeaders = {};
  readonly #chunks: Uint8Array[] = [];
  #total = 0;
  /** Stops the exchange once undici has started it (undefined while it waits for a connection). */
  #stop: ((reason: Error) => void) | undefined;
  /** Ends its registration as waiting for a connection (when the transport watches connections). */
  endWait: (() => void) | undefined;
  readonly #onAbort = () => {
    this.#fail(aborted(this.request.signal.reason));
    this.#stop?.(this.#abortReason());
  };

  constructor(
    readonly request: TransportRequest,
    readonly resolve: (response: TransportResponse) => void,
    readonly reject: (failure: TransportFailure) => void,
    readonly parseHeaders: ParseHeaders,
  ) {
    request.signal.addEventListener('abort', this.#onAbort, { once: true });
  }

  #abortReason(): Error {
    const reason = this.request.signal.reason;
    return reason instanceof Error ? reason : new Error('request aborted');
  }

  #settle(): boolean {
    if (this.#settled) return false;
    this.#settled = true;
    this.request.signal.removeEventListener('abort', this.#onAbort);
    this.endWait?.();
    return true;
  }

  #fail(failure: TransportFailure): void {
    if (this.#settle()) this.reject(failure);
  }

  #started(stop: (reason: Error) => void): void {
    this.#stop = stop;
    this.endWait?.();
    this.endWait = undefined;
    this.request.onPhase?.('response');
    // Aborted while queued for a connection: stop it now that it can be stopped.
    if (this.#settled) stop(this.#abortReason());
  }

  #responseStarted(status: number, headers: RawHeaders, statusText: string | undefined): void {
    if (status < 200) return; // 100 Continue, 103 Early Hints: the final response follows
    this.request.onPhase?.('body');
    this.#status = status;
    this.#statusText = statusText ?? '';
    this.#headers = headers;
  }

  #data(chunk: Uint8Array): void {
    if (this.#settled) return;
    this.#total += chunk.byteLength;
    const limit = this.request.maxResponseBytes;
    if (this.#total > limit) {
      const failure = new TransportFailure('too_large', `response body is larger than ${limit} bytes`);
      this.#fail(failure);
      // Stops reading and releases the connection.
      this.#stop?.(failure);
      return;
    }
    this.#chunks.push(chunk);
  }

  #end(): void {
    if (!this.#settle()) return;
    this.resolve({
      status: this.#status,
      statusText: this.#statusText,
      headers: flattenHeaders(this.#headers),
      body: concatenate(this.#chunks, this.#total),
    });
  }

  #error(error: unknown): void {
    this.#fail(this.request.signal.aborted ? aborted(error) : toTransportFailure(error));
  }

  // undici 7
  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.#started((reason) => controller.abort(reason));
  }
  onResponseStart(
    _controller: Dispatcher.DispatchController,
    statusCode: number,
    headers: RawHeaders,
    statusMessage?: string,
  ): void {
    this.#responseStarted(statusCode, headers, statusMessage);
  }
  onResponseData(_controller: Dispatcher.DispatchController, chunk: Buffer): void {
    this.#data(chunk);
  }
  onResponseEnd(): void {
    this.#end();
  }
  onResponseError(_controller: Dispatcher.DispatchController, error: Error): void {
    this.#error(error);
  }

  // Older dispatchers (undici 5 and 6)
  onConnect(abort: (reason?: Error) => void): void {
    this.#started(abort);
  }
  onHeaders(statusCode: number, rawHeaders: Buffer[], _resume: () => void, statusText?: string): boolean {
    this.#responseStarted(statusCode, this.parseHeaders(rawHeaders), statusText);
    return true;
  }
  onData(chunk: Buffer): boolean {
    this.#data(chunk);
    return true;
  }
  onComplete(): void {
    this.#end();
  }
  onError(error: Error): void {
    this.#error(error);
  }
}

/** Where a request goes, as undici's dispatcher takes it: the origin, and the path with its query. */
function originAndPath(url: string): { origin: string; path: string } {
  // URLs here are serialised by WHATWG URL, so the path starts at the first "/" after the authority.
  const authority = url.indexOf('://');
  const slash = authority === -1 ? -1 : url.indexOf('/', authority + 3);
  if (slash === -1) {
    const parsed = new URL(url);
    return { origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` };
  }
  const hash = url.indexOf('#', slash);
  return { origin: url.slice(0, slash), path: hash === -1 ? url.slice(slash) : url.slice(slash, hash) };
}

/** Sends `request` through `dispatcher` and collects the response (see {@link Exchange}). */
export function exchange(
  dispatcher: Dispatcher,
  request: TransportRequest,
  headers: Readonly<Record<string, string>>,
  parseHeaders: ParseHeaders,
  waits?: ConnectionWaits,
): Promise<TransportResponse> {
  return new Promise((resolve, reject) => {
    if (request.signal.aborted) {
      reject(aborted(request.signal.reason));
      return;
    }
    const handler = new Exchange(request, resolve, reject, parseHeaders);
    const { origin, path } = originAndPath(request.url);
    if (request.onPhase) {
      if (waits) handler.endWait = waits.wait(origin, request.onPhase);
      else request.onPhase('queue');
    }
    try {
      dispatcher.dispatch(
        { origin, path, method: request.method, headers, body: request.body ?? null },
        handler,
      );
    } catch (error) {
      handler.onError(error as Error);
    }
  });
}
