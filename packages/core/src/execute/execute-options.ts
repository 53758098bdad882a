import type { HttpMethod, RetryOptions } from '../config/types.js';
import type { TokenStore } from '../oauth/token-store.js';
import type { PrepareOptions } from '../prepare/prepare-request.js';
import type { NetworkOptions } from '../transports/private-network-guard.js';
import type { Transport } from '../transports/transport.js';
import type { NodeEvent } from './events.js';
import type { RateLimitStore } from './rate-limiter.js';
import type { ResponseRules } from './response-rules.js';
import type { ResponseValidator } from './response-schema.js';

/** Options for {@link executeNode}: everything {@link prepareRequest} takes, plus how to send. */
export interface ExecuteOptions extends PrepareOptions {
  /** How to send. Default: a shared {@link undiciTransport} (Node). Pass `kyTransport()` where only fetch exists. */
  transport?: Transport;
  /** Cancels everything: the attempt in flight, waits and retries. */
  signal?: AbortSignal;
  /** Per-call retry overrides, applied over the config's `retry`. */
  retry?: RetryOptions;
  /** Per-call override of the config's `timeoutMs` (one attempt). */
  timeoutMs?: number;
  /** Per-call override of the config's `connectionTimeoutMs` (waiting for a connection, before sending). */
  connectionTimeoutMs?: number;
  /** Per-call override of the config's `deadlineMs` (the whole call). */
  deadlineMs?: number;
  /** Per-call override of the config's `maxResponseBytes`. */
  maxResponseBytes?: number;
  /** How to read this provider's responses (connectors pass theirs). */
  rules?: ResponseRules;
  /**
   * The connector supports idempotency keys: core adds `header` (default `Idempotency-Key`) to requests with one of
   * `methods` (default POST), created once per call unless the caller gives `idempotencyKey`, and the same on every
   * attempt. It is never written into the config.
   */
  idempotency?: { header?: string; methods?: readonly HttpMethod[] };
  /** The idempotency key to use (a workflow derives it from run id and step id). */
  idempotencyKey?: string;
  /** More hosts that may receive secrets for this call (an explicit baseUrl override: a sandbox, proxy or test). */
  allowHosts?: readonly string[];
  /** Where rate-limit buckets live. Default: in memory, per process. */
  rateLimitStore?: RateLimitStore;
  /** A precompiled response check, instead of the config's `responseSchema` (for runtimes that cannot compile). */
  responseValidator?: ResponseValidator;
  /** Receives request, redirect, response, retry and error events (always redacted). */
  onEvent?: (event: NodeEvent) => void;
  /**
   * The private-network guard, for platforms whose users type URLs: `{ denyPrivate: true, allow? }` refuses
   * connections to loopback, private, link-local (cloud metadata), CGNAT, multicast and reserved addresses, checked
   * on the address actually connected to, on every hop. A refused call is `blocked` and sends nothing. It needs a
   * transport that can check addresses (the default undici transport, without a dispatcher of your own); over any
   * other the call is refused.
   */
  network?: NetworkOptions;
  /** Where OAuth 2.0 access tokens live. Default: in memory, per process. Implement `TokenStore` to share them. */
  tokenStore?: TokenStore;
  /** The jitter source for backoff (tests pass a fixed one). Default `Math.random`. */
  random?: () => number;
}
