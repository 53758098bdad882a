import type { CustomApiNodeConfig, HttpMethod, RetryOptions } from '../config/types.js';
import { isConfigError } from '../errors/config-error.js';
import type { ErrorKind, ValidationIssue } from '../errors/convoflow-error.js';
import { type PrepareOptions, prepareRequest } from '../prepare/prepare-request.js';
import {
  type PreparedRequest,
  type RedactedRequest,
  redactRequest,
  secretsOf,
} from '../prepare/prepared-request.js';
import type { Transport, TransportResponse } from '../transports/transport.js';
import { TransportFailure } from '../transports/transport.js';
import { undiciTransport } from '../transports/undici-transport.js';
import type { NodeEvent } from './events.js';
import { isHostAllowed } from './hosts.js';
import type { NodeFailure, NodeResult } from './node-result.js';
import { defaultRateLimitKey, defaultRateLimitStore, type RateLimitStore } from './rate-limiter.js';
import { carriesSecret, decideRedirect } from './redirects.js';
import { parseResponseBody, type ResponseType } from './response-body.js';
import { defaultResponseRules, type ResponseRules, requestIdOf } from './response-rules.js';
import { checkResponse, type ResponseValidator } from './response-schema.js';
import { parseRetryAfter } from './retry-after.js';
import { type AttemptOutcome, backoffMs, mayRetry, retryPolicy } from './retry-policy.js';

/** Options for {@link executeNode}: everything {@link prepareRequest} takes, plus how to send. */
export interface ExecuteOptions extends PrepareOptions {
  /** How to send. Default: a shared {@link undiciTransport} (Node). Pass `kyTransport()` where only fetch exists. */
  transport?: Transport;
  /** Cancels everything: the attempt in flight, waits and retries. */
  signal?: AbortSignal;
  /** Per-call retry overrides, applied over the config's `retry`. */
  retry?: RetryOptions;
  /** Per-call overrides of the config's timeouts and size cap. */
  timeoutMs?: number;
  deadlineMs?: number;
  maxResponseBytes?: number;
  /** How to read this provider's responses (connectors pass theirs). */
  rules?: ResponseRules;
  /**
   * The connector supports idempotency keys: core adds `header` (default `Idempotency-Key`) to requests with one of
   * `methods` (default POST), created once per call unless the caller gives `idempotencyKey`.
   */
  idempotency?: { header?: string; methods?: readonly HttpMethod[] };
  /** The idempotency key to use (a workflow derives it from run id and step id). */
  idempotencyKey?: string;
  /** More hosts that may receive secrets for this call (an explicit baseUrl override: a sandbox, proxy or test). */
  allowHosts?: readonly string[];
  /** Where rate-limit buckets live. Default: in memory, per process. */
  rateLimitStore?: RateLimitStore;
  /** A precompiled response check, instead of (or for runtimes that cannot compile) the config's `responseSchema`. */
  responseValidator?: ResponseValidator;
  /** Receives request, redirect, response, retry and error events (always redacted). */
  onEvent?: (event: NodeEvent) => void;
  /** The jitter source for backoff (tests pass a fixed one). Default `Math.random`. */
  random?: () => number;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024;
const DEFAULT_MAX_REDIRECTS = 5;

let sharedTransport: Transport | undefined;
function defaultTransport(): Transport {
  sharedTransport ??= undiciTransport();
  return sharedTransport;
}

/** A failure before anything was sent: the config (or its secrets) could not be prepared. */
function refused(
  config: CustomApiNodeConfig,
  started: number,
  kind: ErrorKind,
  message: string,
  issues?: ValidationIssue[],
): NodeFailure {
  const request: RedactedRequest = {
    method: config.method ?? 'GET',
    url: typeof config.url === 'string' ? config.url : '',
    headers: {},
  };
  return {
    ok: false,
    headers: {},
    durationMs: Date.now() - started,
    attempts: 0,
    request,
    error: issues ? { kind, message, issues } : { kind, message },
  };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

function withIdempotencyKey(
  prepared: PreparedRequest,
  options: ExecuteOptions,
): { request: PreparedRequest; hasKey: boolean } {
  const header = (options.idempotency?.header ?? 'Idempotency-Key').toLowerCase();
  if (header in prepared.headers) return { request: prepared, hasKey: true };
  const wanted =
    options.idempotencyKey !== undefined ||
    (options.idempotency?.methods ?? ['POST']).includes(prepared.method);
  if (!options.idempotency && options.idempotencyKey === undefined)
    return { request: prepared, hasKey: false };
  if (!wanted) return { request: prepared, hasKey: false };
  const key = options.idempotencyKey ?? crypto.randomUUID();
  return { request: prepared.with({ headers: { ...prepared.headers, [header]: key } }), hasKey: true };
}

/** One exchange plus any redirects; returns the final response and the request that got it. */
async function sendFollowingRedirects(
  first: PreparedRequest,
  ctx: CallContext,
  attempt: number,
  signal: AbortSignal,
): Promise<{ response: TransportResponse; request: PreparedRequest; refusal?: string }> {
  let request = first;
  for (let hop = 0; ; hop++) {
    const response = await ctx.transport.send({
      method: request.method,
      url: request.url,
      headers: request.headers,
      body: request.body,
      signal,
      maxResponseBytes: ctx.maxResponseBytes,
    });
    if (hop >= ctx.maxRedirects) return { response, request };
    const decision = decideRedirect(request, response.status, response.headers.location, ctx.allowedHosts);
    if (decision.type === 'stop') return { response, request };
    if (decision.type === 'refuse') return { response, request, refusal: decision.reason };
    ctx.emit?.({
      type: 'redirect',
      attempt,
      status: response.status,
      to: secretsOf(request).redact(decision.request.url),
    });
    request = decision.request;
  }
}

interface CallContext {
  transport: Transport;
  maxResponseBytes: number;
  maxRedirects: number;
  allowedHosts: readonly string[];
  emit: ((event: NodeEvent) => void) | undefined;
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
export async function executeNode(
  config: CustomApiNodeConfig,
  options: ExecuteOptions = {},
): Promise<NodeResult> {
  const started = Date.now();
  let prepared: PreparedRequest;
  try {
    prepared = await prepareRequest(config, options);
  } catch (error) {
    if (isConfigError(error)) return refused(config, started, 'config', error.message, [...error.issues]);
    throw error;
  }
  const idempotent = withIdempotencyKey(prepared, options);
  prepared = idempotent.request;
  const allowedHosts = [...prepared.allowedHosts, ...(options.allowHosts ?? [])];
  const redactedFirst = redactRequest(prepared);
  if (carriesSecret(prepared) && !isHostAllowed(new URL(prepared.url), allowedHosts)) {
    const failure = refused(
      config,
      started,
      'config',
      `secrets may only be sent to ${allowedHosts.join(', ')}`,
      [
        {
          pointer: '/url',
          message: `${new URL(prepared.url).host} is not in allowedHosts, so it may not receive this request's secrets`,
        },
      ],
    );
    return { ...failure, request: redactedFirst };
  }

  const rules = options.rules ?? defaultResponseRules;
  const policy = retryPolicy(config.retry, options.retry);
  const timeoutMs = options.timeoutMs ?? config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadlineMs = options.deadlineMs ?? config.deadlineMs;
  const deadlineAt = deadlineMs === undefined ? Number.POSITIVE_INFINITY : started + deadlineMs;
  const follow = config.followRedirects;
  const ctx: CallContext = {
    transport: options.transport ?? defaultTransport(),
    maxResponseBytes: options.maxResponseBytes ?? config.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    maxRedirects: follow === false ? 0 : typeof follow === 'number' ? follow : DEFAULT_MAX_REDIRECTS,
    allowedHosts,
    emit: options.onEvent,
  };
  const rateLimit = config.rateLimit;
  const store = options.rateLimitStore ?? defaultRateLimitStore;
  const rateKey = rateLimit
    ? (rateLimit.key ??
      (await defaultRateLimitKey(new URL(prepared.url).origin, credentialMaterial(prepared))))
    : undefined;

  const deadlineSignal =
    deadlineMs === undefined ? undefined : AbortSignal.timeout(Math.max(0, deadlineAt - Date.now()));
  const callSignal = AbortSignal.any(
    [options.signal, deadlineSignal].filter((s): s is AbortSignal => s !== undefined),
  );
  const base = (request: RedactedRequest, attempts: number) => ({
    durationMs: Date.now() - started,
    attempts,
    request,
  });
  const fail = (
    attempts: number,
    request: RedactedRequest,
    kind: ErrorKind,
    message: string,
  ): NodeFailure => {
    ctx.emit?.({ type: 'error', attempt: attempts, kind, message });
    return { ok: false, headers: {}, ...base(request, attempts), error: { kind, message } };
  };

  for (let attempt = 1; ; attempt++) {
    try {
      if (rateKey) await sleep(await store.reserve(rateKey, rateLimit, Date.now()), callSignal);
    } catch {
      return interruption(options.signal, attempt - 1, redactedFirst, fail);
    }
    if (ctx.emit)
      ctx.emit({
        type: 'request',
        attempt,
        request: attempt === 1 ? redactedFirst : redactRequest(prepared),
      });
    const attemptSignal = AbortSignal.any([callSignal, AbortSignal.timeout(timeoutMs)]);
    const attemptStarted = Date.now();
    let outcome: AttemptOutcome;
    let failure: NodeFailure;
    try {
      const { response, request, refusal } = await sendFollowingRedirects(
        prepared,
        ctx,
        attempt,
        attemptSignal,
      );
      const redacted = request === prepared ? redactedFirst : redactRequest(request);
      const requestId = requestIdOf(response.headers, rules);
      ctx.emit?.({
        type: 'response',
        attempt,
        status: response.status,
        durationMs: Date.now() - attemptStarted,
        ...(requestId ? { requestId } : {}),
      });
      const parsed = parseResponseBody(
        response.body,
        response.headers['content-type'],
        config.responseType as ResponseType | undefined,
      );
      const info = { status: response.status, headers: response.headers, body: parsed.body };
      const answered = {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
        body: parsed.body,
        ...base(redacted, attempt),
        ...(requestId ? { requestId } : {}),
      };
      const is2xx = response.status >= 200 && response.status < 300;
      if (is2xx && !refusal && !rules.isFailure?.(info)) {
        if (!parsed.ok)
          return { ...answered, ok: false, error: { kind: 'invalid_response', message: parsed.problem } };
        let issues: ValidationIssue[];
        try {
          issues = await checkResponse(parsed.body, config.responseSchema, options.responseValidator);
        } catch (error) {
          return { ...answered, ok: false, error: { kind: 'config', message: (error as Error).message } };
        }
        if (issues.length > 0) {
          return {
            ...answered,
            ok: false,
            error: {
              kind: 'invalid_response',
              message: 'the response does not match responseSchema',
              issues,
            },
          };
        }
        return {
          ...answered,
          ok: true,
          status: response.status,
          statusText: response.statusText,
          body: parsed.body,
        };
      }
      const details = rules.errorDetails?.(info) ?? {};
      const kind: ErrorKind = is2xx && !refusal ? 'upstream' : 'http';
      failure = {
        ...answered,
        ok: false,
        error: {
          ...details,
          kind,
          message: refusal ?? details.message ?? `${response.status} ${response.statusText}`.trim(),
        },
      };
      if (refusal) return failure;
      outcome = { type: 'response', status: response.status, retryable: rules.isRetryable?.(info) };
      const retryAfterMs = parseRetryAfter(response.headers['retry-after']);
      if (retryAfterMs !== undefined && (response.status === 429 || response.status === 503)) {
        if (rateKey && response.status === 429) await store.pause(rateKey, Date.now() + retryAfterMs);
        if (retryAfterMs > policy.maxRetryAfterMs) {
          const message = `${details.message ?? 'rate limited'}; the provider asks to wait ${Math.ceil(retryAfterMs / 1000)} s, more than maxRetryAfterMs`;
          ctx.emit?.({ type: 'error', attempt, kind: 'rate_limited', message });
          return { ...failure, error: { ...failure.error, kind: 'rate_limited', message, retryAfterMs } };
        }
      }
      if (attempt > policy.limit || !mayRetry(outcome, prepared.method, idempotent.hasKey, policy)) {
        ctx.emit?.({ type: 'error', attempt, kind, message: failure.error.message });
        return failure;
      }
      const wait = retryAfterMs ?? backoffMs(attempt - 1, policy, options.random);
      if (Date.now() + wait > deadlineAt) return failure;
      ctx.emit?.({ type: 'retry', attempt, reason: `status ${response.status}`, waitMs: wait });
      await sleep(wait, callSignal);
    } catch (error) {
      if (options.signal?.aborted || (deadlineSignal?.aborted ?? false)) {
        return interruption(options.signal, attempt, redactedFirst, fail);
      }
      if (!(error instanceof TransportFailure) && !attemptSignal.aborted) throw error;
      if (error instanceof TransportFailure && error.kind === 'too_large') {
        return fail(attempt, redactedFirst, 'too_large', error.message);
      }
      const timedOut = attemptSignal.aborted;
      const kind = timedOut
        ? 'timeout'
        : (error as TransportFailure).kind === 'connect'
          ? 'connect'
          : 'network';
      const message = timedOut ? `no response within ${timeoutMs} ms` : (error as TransportFailure).message;
      outcome = { type: 'failure', kind };
      if (attempt > policy.limit || !mayRetry(outcome, prepared.method, idempotent.hasKey, policy)) {
        const result = fail(attempt, redactedFirst, timedOut ? 'timeout' : 'network', message);
        const code = error instanceof TransportFailure ? error.errorCode : undefined;
        return code ? { ...result, error: { ...result.error, code } } : result;
      }
      const wait = backoffMs(attempt - 1, policy, options.random);
      if (Date.now() + wait > deadlineAt)
        return fail(attempt, redactedFirst, timedOut ? 'timeout' : 'network', message);
      ctx.emit?.({ type: 'retry', attempt, reason: message, waitMs: wait });
      try {
        await sleep(wait, callSignal);
      } catch {
        return interruption(options.signal, attempt, redactedFirst, fail);
      }
    }
  }
}

/** The caller's abort, or the overall deadline. */
function interruption(
  callerSignal: AbortSignal | undefined,
  attempts: number,
  request: RedactedRequest,
  fail: (attempts: number, request: RedactedRequest, kind: ErrorKind, message: string) => NodeFailure,
): NodeFailure {
  return callerSignal?.aborted
    ? fail(attempts, request, 'aborted', 'the call was aborted')
    : fail(attempts, request, 'timeout', 'the overall deadline (deadlineMs) passed');
}

/** The credential-bearing parts of a request, for the rate-limit key (hashed, never stored as is). */
function credentialMaterial(request: PreparedRequest): string {
  const secrets = secretsOf(request);
  return Object.entries(request.headers)
    .filter(([, value]) => secrets.containsSecret(value))
    .map(([name, value]) => `${name}:${value}`)
    .join('\n');
}
