/**
 * The plan step of a call: everything decided once, after the request is prepared and before its first attempt is
 * sent (see attempt-loop.ts for what follows).
 */
import type { CustomApiNodeConfig } from '../config/types.js';
import { grantOf } from '../oauth/grant.js';
import { defaultTokenStore } from '../oauth/token-store.js';
import {
  allowedHostsOf,
  headersOf,
  type PreparedRequest,
  parsedUrlOf,
  type RedactedRequest,
  redactRequest,
  secretsOf,
} from '../prepare/prepared-request.js';
import { canGuardNetwork } from '../transports/private-network-guard.js';
import type { AbortSignalLike, Transport } from '../transports/transport.js';
import { undiciTransport } from '../transports/undici-transport.js';
import { runAttempts } from './attempt-loop.js';
import type { AttemptPlan } from './attempt-plan.js';
import type { ExecuteOptions } from './execute-options.js';
import { isHostAllowed } from './hosts.js';
import type { NodeResult } from './node-result.js';
import { type OAuthCall, sendWithToken } from './oauth-call.js';
import { defaultRateLimitKey, defaultRateLimitStore } from './rate-limiter.js';
import { carriesSecret } from './redirects.js';
import { refused, unguardable } from './refused.js';
import { defaultResponseRules } from './response-rules.js';
import { responseSchemaProblem } from './response-schema.js';
import { retryPolicy } from './retry-policy.js';

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_CONNECTION_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024;
const DEFAULT_MAX_REDIRECTS = 5;

let sharedTransport: Transport | undefined;
function defaultTransport(): Transport {
  sharedTransport ??= undiciTransport();
  return sharedTransport;
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

/** One call of {@link executeNode}, as the steps after preparing see it. */
export interface Call {
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
 * Plans the attempts of a prepared request and runs them: adds the idempotency key, refuses secrets bound for hosts
 * they may not reach (an OAuth access token counts as one) and a guard that the transport cannot enforce, gets an
 * access token (OAuth 2.0), settles the retry policy, timeouts and rate-limit key, then hands over to the attempt
 * loop. Synchronous up to the loop unless a token, a responseSchema or a rate-limit key must be waited for.
 */
export function startAttempts(call: Call, prepared: PreparedRequest): NodeResult | Promise<NodeResult> {
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

/** Runs the attempts for a request that passed the checks in {@link startAttempts}. */
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

/** What the attempt loop sends, decided by {@link startAttempts}. */
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
