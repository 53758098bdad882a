import type { ErrorFault, ErrorKind, ValidationIssue } from '../errors/convoflow-error.js';
import type { RedactedRequest } from '../prepare/prepared-request.js';
import type { ExchangePhase } from '../transports/transport.js';

/** Why a node failed, in a shape a condition node can branch on. */
export interface NodeError {
  /** What went wrong: `http`, `upstream`, `timeout`, `network`, `aborted`, `rate_limited`, `too_large`, `invalid_response`, `config`, `input`, `blocked`, `auth`. */
  kind: ErrorKind;
  /** The provider's own message where there is one (Stripe `error.message`, Slack `error`), else ours. */
  message: string;
  /** The provider's error code where there is one (`card_declined`, `channel_not_found`, Twilio's `20404`), as sent. */
  code?: string | number;
  /** The provider's error type where there is one (Stripe `card_error`). */
  type?: string;
  /** More of the provider's error fields, as the connector's error rules name them, with their JSON types. */
  fields?: Record<string, unknown>;
  /** For `rate_limited`: how long the provider asked to wait. */
  retryAfterMs?: number;
  /**
   * For `timeout`: the phase that ran out of time, when the transport tells them apart: `queue` (waiting for a
   * pooled connection) and `connect` (opening one) under `connectionTimeoutMs`, with nothing sent; `response`
   * (waiting for the response) and `body` (reading it) under `timeoutMs`.
   */
  phase?: ExchangePhase;
  /** For `config`, `input` and `invalid_response`: every problem, with JSON pointers. */
  issues?: ValidationIssue[];
  /** For `blocked`: the host name the private-network guard refused. */
  host?: string;
  /** For `blocked`: the address it resolved to (absent when the guard could not check one). */
  address?: string;
  /** For `auth`: the token endpoint's `error_description` (redacted). */
  description?: string;
  /** For `auth`: `config` when the credentials were refused, `transient` when the endpoint failed or was unreachable. */
  fault?: ErrorFault;
}

/** Fields every result has. */
interface NodeResultBase {
  /** Response headers, lowercase names (empty when no response arrived). */
  headers: Record<string, string>;
  /** Time from the call to the result, retries and waits included, in milliseconds. */
  durationMs: number;
  /** HTTP exchanges made (0 when the config was refused before sending). */
  attempts: number;
  /** The provider's request id (`Request-Id`, `X-Request-Id`, `X-Message-Id`, …) when the response had one. */
  requestId?: string;
  /** The last request sent (or that would have been sent), redacted. */
  request: RedactedRequest;
}

/** A 2xx response that the connector's rules accept. */
export interface NodeSuccess<TBody = unknown> extends NodeResultBase {
  ok: true;
  status: number;
  statusText: string;
  /** Parsed by Content-Type (or `responseType`): JSON value, text, bytes, or null when empty. */
  body: TBody;
  error?: undefined;
}

/** Anything else. `status` is there whenever a response arrived, and absent otherwise (never made up). */
export interface NodeFailure extends NodeResultBase {
  ok: false;
  status?: number;
  statusText?: string;
  body?: unknown;
  error: NodeError;
}

/** The result of running a Custom API node: never thrown, always typed. */
export type NodeResult<TBody = unknown> = NodeSuccess<TBody> | NodeFailure;
