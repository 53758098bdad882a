import type { HttpMethod } from '../config/types.js';
import { concatenate } from './bytes.js';
import type { NetworkOptions } from './private-network-guard.js';

/**
 * The part of `AbortSignal` a transport may rely on. Core passes a light implementation (one per attempt, on the hot
 * path); a real `AbortSignal` fits too. Use {@link toAbortSignal} where an API needs a real one (fetch).
 */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason: unknown;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** A real AbortSignal that follows `signal` (itself, when it already is one). */
export function toAbortSignal(signal: AbortSignalLike): AbortSignal {
  if (signal instanceof AbortSignal) return signal;
  const controller = new AbortController();
  if (signal.aborted) controller.abort(signal.reason);
  else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  return controller.signal;
}

/**
 * Where an exchange is: waiting for a pooled connection to free up (`queue`), waiting for a new connection to open
 * (`connect`), sent and waiting for the response (`response`), reading the body (`body`).
 */
export type ExchangePhase = 'queue' | 'connect' | 'response' | 'body';

/** What a transport is asked to send: one HTTP exchange, no redirects followed, no retries. */
export interface TransportRequest {
  method: HttpMethod;
  url: string;
  /** Lowercase header names. */
  headers: Readonly<Record<string, string>>;
  body?: string | Uint8Array | undefined;
  /** Aborts the exchange (timeouts, deadlines and the caller's signal are combined into it by core). */
  signal: AbortSignalLike;
  /** The largest (decoded) response body accepted; past it the transport stops reading and throws. */
  maxResponseBytes: number;
  /**
   * The private-network guard, when it is on. Core sends such requests only through transports that enforce it
   * at connect time (its undici transport); any other transport never sees it set.
   */
  network?: NetworkOptions | undefined;
  /**
   * Called as the exchange moves through its phases, when the transport can tell them apart (undiciTransport
   * does). Core counts `timeoutMs` from `response` on, and the wait before it against `connectionTimeoutMs`.
   */
  onPhase?: ((phase: ExchangePhase) => void) | undefined;
}

/** What came back: status, lowercase headers (repeated headers joined by `, `) and the decoded body bytes. */
export interface TransportResponse {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  body: Uint8Array;
}

/**
 * Sends one HTTP request. Core owns retries, timeouts, rate limits and redirects, so a transport does none of
 * them: it sends, decodes `Content-Encoding` (gzip, deflate, br) and reads the body up to the cap.
 *
 * Failures are thrown as {@link TransportFailure}s so core can tell a refused connection (safe to retry any method)
 * from a failure after bytes may have reached the server.
 */
export interface Transport {
  readonly name: string;
  send(request: TransportRequest): Promise<TransportResponse>;
  /** Releases pooled connections. */
  close?(): Promise<void>;
}

const coreTransports = new WeakSet<Transport>();

/** Marks a transport made by core (it never changes the requests it is given). */
export function ownTransport<T extends Transport>(transport: T): T {
  coreTransports.add(transport);
  return transport;
}

/** True for the transports core makes (undiciTransport, kyTransport). */
export function isOwnTransport(transport: Transport): boolean {
  return coreTransports.has(transport);
}

/** How a transport failed. */
export type TransportFailureKind =
  /** No connection was made (refused, DNS, unreachable): nothing reached the server. */
  | 'connect'
  /** The connection failed after the request may have been sent. */
  | 'network'
  /** The response body passed `maxResponseBytes`. */
  | 'too_large'
  /** The request's signal aborted it. */
  | 'aborted'
  /** The client refused the request as malformed before sending it (a bad header): nothing was sent. */
  | 'invalid'
  /** The response could not be decoded (a broken gzip stream); the status is known. */
  | 'decode'
  /** The private-network guard refused the connection (or could not check it): nothing was sent. */
  | 'blocked';

/** A transport-level failure; `message` never holds the URL's query, headers, bodies or secrets. */
export class TransportFailure extends Error {
  override readonly name = 'TransportFailure';
  readonly kind: TransportFailureKind;
  /** The system error code when there is one (`ECONNREFUSED`, `ENOTFOUND`, `UND_ERR_SOCKET`, …). */
  readonly errorCode: string | undefined;
  /** The response status, when the failure came after the status line (a body that would not decode). */
  readonly status: number | undefined;
  /** For `blocked`: the host name and the address the guard refused. */
  readonly host: string | undefined;
  readonly address: string | undefined;

  constructor(
    kind: TransportFailureKind,
    message: string,
    options: {
      cause?: unknown;
      errorCode?: string | undefined;
      status?: number;
      host?: string;
      address?: string;
    } = {},
  ) {
    super(message, { cause: options.cause });
    this.kind = kind;
    this.errorCode = options.errorCode;
    this.status = options.status;
    this.host = options.host;
    this.address = options.address;
  }
}

/** System error codes that mean no connection was made, so no byte of the request reached a server. */
export const CONNECT_ERROR_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** The system error code of an error or of any error in its `cause` chain. */
export function errorCodeOf(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && code !== 'ERR_ABORTED' && code !== 'ABORT_ERR') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Classifies a thrown transport error (already known not to be an abort). */
export function toTransportFailure(error: unknown): TransportFailure {
  if (error instanceof TransportFailure) return error;
  const code = errorCodeOf(error);
  // undici says UND_ERR_INVALID_ARG; fetch throws a bare TypeError (no cause) for a header it will not send.
  const refusedByClient =
    code === 'UND_ERR_INVALID_ARG' ||
    (code === undefined && error instanceof TypeError && (error as { cause?: unknown }).cause === undefined);
  if (refusedByClient) {
    return new TransportFailure('invalid', 'the HTTP client refused the request as malformed', {
      cause: error,
      errorCode: code,
    });
  }
  const kind = code && CONNECT_ERROR_CODES.has(code) ? 'connect' : 'network';
  const description = kind === 'connect' ? 'could not connect' : 'connection failed';
  return new TransportFailure(kind, `${description}${code ? ` (${code})` : ''}`, {
    cause: error,
    errorCode: code,
  });
}

/** Reads chunks into one byte array, failing once the total passes `limit`. */
export async function readCapped(
  chunks: AsyncIterable<Uint8Array>,
  limit: number,
  onTooLarge: () => void,
): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.byteLength;
    if (total > limit) {
      onTooLarge();
      throw new TransportFailure('too_large', `response body is larger than ${limit} bytes`);
    }
    parts.push(chunk);
  }
  return concatenate(parts, total);
}
