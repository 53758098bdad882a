import type { TypedNodeConfig } from '../config/typed-config.js';
import type { CustomApiNodeConfig, HttpMethod, RetryOptions } from '../config/types.js';
import { describeIssues, isConfigError } from '../errors/config-error.js';
import type { ValidationIssue } from '../errors/convoflow-error.js';
import { isInputError } from '../errors/input-error.js';
import { grantOf } from '../oauth/grant.js';
import { defaultTokenStore, type TokenStore } from '../oauth/token-store.js';
import { type PrepareOptions, prepareNow } from '../prepare/prepare-request.js';
import {
  allowedHostsOf,
  headersOf,
  type PreparedRequest,
  parsedUrlOf,
  type RedactedRequest,
  redactRequest,
  secretsOf,
} from '../prepare/prepared-request.js';
import { canGuardNetwork, type NetworkOptions } from '../transports/private-network-guard.js';
import type { AbortSignalLike, Transport } from '../transports/transport.js';
import { undiciTransport } from '../transports/undici-transport.js';
import { type AttemptPlan, runAttempts } from './attempt-loop.js';
import { callOptionIssues } from './call-options.js';
import type { NodeEvent } from './events.js';
import { isHostAllowed } from './hosts.js';
import { linkedAbort } from './linked-abort.js';
import type { NodeFailure, NodeResult } from './node-result.js';
import { type OAuthCall, sendWithToken } from './oauth-call.js';
import { defaultRateLimitKey, defaultRateLimitStore, type RateLimitStore } from './rate-limiter.js';
import { carriesSecret } from './redirects.js';
import { defaultResponseRules, type ResponseRules } from './response-rules.js';
import { type ResponseValidator, responseSchemaProblem } from './response-schema.js';
import { retryPolicy } from './retry-policy.js';

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

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_CONNECTION_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024;
const DEFAULT_MAX_REDIRECTS = 5;

let sharedTransport: Transport | undefined;
function defaultTransport(): Transport {
  sharedTransport ??= undiciTransport();
  return sharedTransport;
}

/** A failure before anything was sent. */
function refused(
  request: RedactedRequest,
  started: number,
  message: string,
  issues: ValidationIssue[],
  kind: 'config' | 'input' = 'config',
): NodeFailure {
  return {
    ok: false,
    headers: {},
    durationMs: Date.now() - started,
    attempts: 0,
    request,
    error: { kind, message, issues },
  };
}

/** The private-network guard is on, but the transport cannot check where it connects: refused, nothing sent. */
function unguardable(request: RedactedRequest, started: number, host: string): NodeFailure {
  const message =
    'the private-network guard cannot check addresses through this transport, so nothing was sent';
  return { ...refused(request, started, message, []), error: { kind: 'blocked', message, host } };
}

/**
 * The URL of a config that was not prepared, safe to show: credentials written into it (`https://user:key@host/`,
 * refused by validation) are masked, as they would be anywhere else.
 */
function previewUrl(url: unknown): string {
  if (typeof url !== 'string') return '';
  return url.replace(/^([a-z][a-z0-9+.-]*:\/*)[^/?#]*@/i, '$1***@');
}

function withIdempotencyKey(
  prepared: PreparedRequest,
  options: ExecuteOptions,
): { request: PreparedRequest; hasKey: boolean } {
  const header = options.idempotency?.header?.toLowerCase() ?? 'idempotency-key';
  const headers = headersOf(prepared);
  if (header in headers) return { request: prepared, hasKey: true };
  const declared =
    options.idempotency !== undefined && (options.idempotency.methods ?? ['POST']).includes(prepared.method);
  // A caller's key (a workflow's run and step) goes on requests that change something, never on GET or HEAD.
  const given =
    options.idempotencyKey !== undefined && prepared.method !== 'GET' && prepared.method !== 'HEAD';
  if (!declared && !given) return { request: prepared, hasKey: false };
  const key = options.idempotencyKey ?? crypto.randomUUID();
  return { request: prepared.with({ headers: { ...headers, [header]: key } }), hasKey: true };
}

/** The credential-bearing parts of a request (headers, and the URL when it holds one), for the rate-limit key. */
function credentialMaterial(request: PreparedRequest): string {
  const secrets = secretsOf(request);
  const parts = Object.entries(request.headers)
    .filter(([, value]) => secrets.containsSecret(value))
    .map(([name, value]) => `${name}:${value}`);
  if (secrets.containsSecret(request.url)) parts.push(request.url);
  return parts.join('\n');
}

/**
 * Runs a Custom API node: prepares the config, then sends it with core's policy (timeouts, safe retries with
 * backoff and Retry-After, idempotency keys, rate limits, redirects that never leak credentials) and returns a
 * detailed, typed {@link NodeResult}. Nothing is thrown for HTTP or network failures: a non-2xx response is
 * `ok: false` with `error.kind = "http"` and the parsed body, so a condition node can branch on it.
 *
 * @example
 * const result = await executeNode(config, { secrets });
 * if (!result.ok && result.error.kind === 'http' && result.status === 402) console.log(result.error.code);
 */
export function executeNode<Body = unknown>(
  config: TypedNodeConfig<Body>,
  options?: ExecuteOptions,
): Promise<NodeResult<Body>>;
export function executeNode(config: CustomApiNodeConfig, options: ExecuteOptions = {}): Promise<NodeResult> {
  const started = Date.now();
  // Read defensively: a config that is not an object at all is refused by validation, as a result, not a throw.
  const given = (config as Partial<CustomApiNodeConfig> | null | undefined)?.deadlineMs;
  const deadlineMs = options.deadlineMs ?? (typeof given === 'number' ? given : undefined);
  try {
    // Without a deadline the caller's signal (if any) is enough, and the attempt loop's promise is returned as it is
    // (no extra promise on the hot path).
    if (deadlineMs === undefined)
      return Promise.resolve(execute(config, options, started, undefined, options.signal));
  } catch (error) {
    return Promise.reject(error);
  }
  // The deadline counts from the call, so a slow secret provider spends it too.
  return executeWithDeadline(config, options, started, deadlineMs);
}

async function executeWithDeadline(
  config: CustomApiNodeConfig,
  options: ExecuteOptions,
  started: number,
  deadlineMs: number,
): Promise<NodeResult> {
  const call = linkedAbort(options.signal, deadlineMs);
  try {
    return await execute(config, options, started, deadlineMs, call.signal);
  } finally {
    call.dispose();
  }
}

/** Resolves when the signal aborts (never, without one). */
function aborted(signal: AbortSignalLike | undefined): Promise<'aborted'> {
  return new Promise((resolve) => {
    if (!signal) return;
    if (signal.aborted) resolve('aborted');
    else signal.addEventListener('abort', () => resolve('aborted'), { once: true });
  });
}

/** Prepares, checks where secrets may go, and hands over to the attempt loop (synchronously, when it can). */
function execute(
  config: CustomApiNodeConfig,
  options: ExecuteOptions,
  started: number,
  deadlineMs: number | undefined,
  callSignal: AbortSignalLike | undefined,
): NodeResult | Promise<NodeResult> {
  const fields = (config ?? {}) as Partial<CustomApiNodeConfig>;
  const preview: RedactedRequest = {
    method: typeof fields.method === 'string' ? fields.method : 'GET',
    url: previewUrl(fields.url),
    headers: {},
  };
  const interrupted = (): NodeResult => ({
    ok: false,
    headers: {},
    durationMs: Date.now() - started,
    attempts: 0,
    request: preview,
    error: options.signal?.aborted
      ? { kind: 'aborted', message: 'the call was aborted' }
      : { kind: 'timeout', message: 'the overall deadline (deadlineMs) passed' },
  });
  const notPrepared = (error: unknown): NodeResult => {
    if (isConfigError(error)) return refused(preview, started, error.message, [...error.issues]);
    if (isInputError(error)) return refused(preview, started, error.message, [...error.issues], 'input');
    // Never thrown, and never the error's own text (it may quote a URL with a secret in it).
    const name = error instanceof Error ? error.name : 'error';
    return refused(preview, started, `the request could not be prepared (${name})`, [
      { pointer: '/', message: `preparing failed with ${name}` },
    ]);
  };
  const optionIssues = callOptionIssues(options);
  if (optionIssues.length > 0) {
    const message = `Invalid executeNode options: ${describeIssues(optionIssues)}`;
    return refused(preview, started, message, optionIssues);
  }
  let pending: PreparedRequest | Promise<PreparedRequest>;
  try {
    pending = prepareNow(config, options);
  } catch (error) {
    return notPrepared(error);
  }
  const call: Call = { config, options, started, deadlineMs, callSignal };
  if (!(pending instanceof Promise)) return send(call, pending);
  // A slow secret provider must not outlive an abort or the deadline.
  const outcome = callSignal ? Promise.race([pending, aborted(callSignal)]) : pending;
  return outcome.then(
    (prepared) => (prepared === 'aborted' ? interrupted() : send(call, prepared)),
    notPrepared,
  );
}

/** One call of {@link executeNode}, as the steps after preparing see it. */
interface Call {
  config: CustomApiNodeConfig;
  options: ExecuteOptions;
  started: number;
  deadlineMs: number | undefined;
  callSignal: AbortSignalLike | undefined;
}

/** The hosts that may receive this request's secrets on this call. */
function allowedHostsFor(request: PreparedRequest, options: ExecuteOptions): readonly string[] {
  return options.allowHosts ? [...allowedHostsOf(request), ...options.allowHosts] : allowedHostsOf(request);
}

/**
 * Adds the idempotency key, refuses secrets bound for hosts they may not reach (an OAuth access token counts as one)
 * and a guard that the transport cannot enforce, then runs the attempts (with an access token, for OAuth 2.0).
 */
function send(call: Call, prepared: PreparedRequest): NodeResult | Promise<NodeResult> {
  const { options, started } = call;
  const { request, hasKey } = withIdempotencyKey(prepared, options);
  const grant = grantOf(prepared);
  const url = parsedUrlOf(request);
  if (!isHostAllowed(url, allowedHostsFor(request, options)) && (grant || carriesSecret(request))) {
    const why =
      allowedHostsOf(request).length === 0 ? ' (the host came from input or a step: set allowedHosts)' : '';
    return refused(redactRequest(request), started, `secrets may only be sent to allowed hosts${why}`, [
      {
        pointer: '/url',
        message: `${url.origin} is not in allowedHosts, so it may not receive this request's secrets${why}`,
      },
    ]);
  }
  const transport = options.transport ?? defaultTransport();
  if (options.network?.denyPrivate && !canGuardNetwork(transport)) {
    return unguardable(redactRequest(request), started, url.hostname);
  }
  if (!grant) return run(call, request, hasKey);
  const oauth: OAuthCall = {
    store: options.tokenStore ?? defaultTokenStore,
    fetch: {
      transport,
      network: options.network?.denyPrivate ? options.network : undefined,
      timeoutMs: options.timeoutMs ?? call.config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      now: Date.now,
    },
    allowHosts: options.allowHosts,
    started,
    hasKey,
    emit: options.onEvent,
    signal: call.callSignal,
    callerAborted: () => options.signal?.aborted === true,
  };
  return sendWithToken(grant, request, oauth, (withToken) => run(call, withToken, hasKey));
}

/** Runs the attempts for a request that passed the checks in {@link send}. */
function run(call: Call, request: PreparedRequest, hasKey: boolean): NodeResult | Promise<NodeResult> {
  const { config, options } = call;
  const attempt = {
    request,
    firstRedacted: redactRequest(request),
    hasKey,
    allowedHosts: allowedHostsFor(request, options),
  };
  // A responseSchema is compiled (a config error before anything is sent, not after) and a rate-limit key is
  // hashed: both wait on a promise, so they are off the plain path.
  if ((config.responseSchema && !options.responseValidator) || (config.rateLimit && !config.rateLimit.key)) {
    return prepareCheckThenRun(call, attempt, parsedUrlOf(request));
  }
  return runAttempts(planAttempts(call, attempt, config.rateLimit?.key));
}

/** What the attempt loop sends, decided by {@link send}. */
interface FirstAttempt {
  request: PreparedRequest;
  firstRedacted: RedactedRequest;
  hasKey: boolean;
  allowedHosts: readonly string[];
}

async function prepareCheckThenRun(call: Call, attempt: FirstAttempt, url: URL): Promise<NodeResult> {
  const { config, options, started } = call;
  if (config.responseSchema && !options.responseValidator) {
    const problem = await responseSchemaProblem(config.responseSchema);
    if (problem) {
      return refused(attempt.firstRedacted, started, problem, [
        { pointer: '/responseSchema', message: problem },
      ]);
    }
  }
  const limit = config.rateLimit;
  const key =
    limit && (limit.key ?? (await defaultRateLimitKey(url.origin, credentialMaterial(attempt.request))));
  return runAttempts(planAttempts(call, attempt, key));
}

/** The attempt loop's settings for this call. */
function planAttempts(call: Call, attempt: FirstAttempt, rateLimitKey: string | undefined): AttemptPlan {
  const { config, options, started, deadlineMs } = call;
  const follow = config.followRedirects;
  const limit = config.rateLimit;
  return {
    prepared: attempt.request,
    firstRedacted: attempt.firstRedacted,
    config,
    send: {
      transport: options.transport ?? defaultTransport(),
      maxResponseBytes: options.maxResponseBytes ?? config.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
      maxRedirects: follow === false ? 0 : typeof follow === 'number' ? follow : DEFAULT_MAX_REDIRECTS,
      allowedHosts: attempt.allowedHosts,
      network: options.network?.denyPrivate ? options.network : undefined,
      emit: options.onEvent,
    },
    policy: retryPolicy(config.retry, options.retry),
    rules: options.rules ?? defaultResponseRules,
    validator: options.responseValidator,
    timeoutMs: options.timeoutMs ?? config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    connectionTimeoutMs:
      options.connectionTimeoutMs ?? config.connectionTimeoutMs ?? DEFAULT_CONNECTION_TIMEOUT_MS,
    deadlineAt: deadlineMs === undefined ? Number.POSITIVE_INFINITY : started + deadlineMs,
    started,
    hasIdempotencyKey: attempt.hasKey,
    rateLimit:
      limit && rateLimitKey !== undefined
        ? {
            key: rateLimitKey,
            limit: { requests: limit.requests, perMs: limit.perMs },
            store: options.rateLimitStore ?? defaultRateLimitStore,
          }
        : undefined,
    callSignal: call.callSignal,
    callerSignal: options.signal,
    random: options.random,
  };
}
