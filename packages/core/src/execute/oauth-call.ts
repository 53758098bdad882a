import { authFault } from '../errors/auth-error.js';
import { accessToken, TokenWaitInterrupted, tokenCacheKey } from '../oauth/access-tokens.js';
import { TokenFailure, type TokenFetchContext } from '../oauth/fetch-token.js';
import { type ResolvedGrant, tokenUrlProblem } from '../oauth/grant.js';
import { tokenUrlOf } from '../oauth/token-request.js';
import type { TokenStore } from '../oauth/token-store.js';
import { headersOf, type PreparedRequest, redactRequest, secretsOf } from '../prepare/prepared-request.js';
import { type AbortSignalLike, TransportFailure } from '../transports/transport.js';
import type { NodeEvent } from './events.js';
import type { NodeError, NodeFailure, NodeResult } from './node-result.js';

/** What an OAuth call needs besides its request: where tokens live and how the token endpoint is reached. */
export interface OAuthCall {
  store: TokenStore;
  fetch: TokenFetchContext;
  allowHosts: readonly string[] | undefined;
  started: number;
  /** The request has an idempotency key, so repeating it after a 401 is safe. */
  hasKey: boolean;
  emit: ((event: NodeEvent) => void) | undefined;
  /** The call's signal: its caller's abort and its deadline (`deadlineMs`). */
  signal: AbortSignalLike | undefined;
  /** True when the caller aborted (else an ended wait is the deadline's). */
  callerAborted: () => boolean;
}

const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The request with `Authorization: Bearer <token>`; the token is recorded as one of its secrets. */
function withBearer(request: PreparedRequest, token: string): PreparedRequest {
  secretsOf(request).add(token);
  return request.with({ headers: { ...headersOf(request), authorization: `Bearer ${token}` } });
}

/** A failure before the API was called (no token), with its `error` event. */
function noToken(request: PreparedRequest, call: OAuthCall, error: NodeError): NodeFailure {
  call.emit?.({ type: 'error', attempt: 0, kind: error.kind, message: error.message });
  return {
    ok: false,
    headers: {},
    durationMs: Date.now() - call.started,
    attempts: 0,
    request: redactRequest(request),
    error,
  };
}

/**
 * What a failed token request comes to: `auth`; `timeout` when the endpoint did not answer in time or the call's
 * deadline passed; `aborted` when the caller aborted; `blocked` / `config` when the transport refused it.
 */
function tokenError(error: unknown, call: OAuthCall): NodeError {
  if (error instanceof TokenWaitInterrupted) {
    return call.callerAborted()
      ? { kind: 'aborted', message: 'the call was aborted while waiting for an access token' }
      : {
          kind: 'timeout',
          message: 'the overall deadline (deadlineMs) passed while waiting for an access token',
        };
  }
  if (error instanceof TokenFailure && error.timedOut) return { kind: 'timeout', message: error.message };
  if (error instanceof TransportFailure && error.kind === 'blocked') {
    const where = {
      ...(error.host && { host: error.host }),
      ...(error.address && { address: error.address }),
    };
    return { kind: 'blocked', message: `the token endpoint: ${error.message}`, ...where };
  }
  if (error instanceof TransportFailure) return { kind: 'config', message: error.message };
  if (!(error instanceof TokenFailure)) throw error;
  const result: NodeError = {
    kind: 'auth',
    message: error.message,
    fault: authFault(error.oauthError, error.status),
  };
  if (error.oauthError) result.code = error.oauthError;
  if (error.description) result.description = error.description;
  return result;
}

/**
 * Sends a request whose config uses OAuth 2.0: gets an access token (cached, shared, refreshed ahead of expiry) and
 * runs the attempts with it. On a 401 the token is refreshed once and the request repeated once, when repeating is
 * safe (GET, HEAD, OPTIONS, or an idempotency key); the result then counts both runs' attempts.
 */
export async function sendWithToken(
  grant: ResolvedGrant,
  request: PreparedRequest,
  call: OAuthCall,
  run: (request: PreparedRequest) => NodeResult | Promise<NodeResult>,
): Promise<NodeResult> {
  const problem = tokenUrlProblem(tokenUrlOf(grant), call.allowHosts);
  if (problem) {
    return noToken(request, call, {
      kind: 'config',
      message: problem,
      issues: [{ pointer: '/auth/tokenUrl', message: problem }],
    });
  }
  const key = await tokenCacheKey(grant);
  let token: string;
  try {
    token = await accessToken(grant, key, call.store, call.fetch, undefined, call.signal);
  } catch (error) {
    return noToken(request, call, tokenError(error, call));
  }
  const first = await run(withBearer(request, token));
  if (first.ok || first.status !== 401 || !(SAFE_METHODS.has(request.method) || call.hasKey)) return first;
  let fresh: string;
  try {
    fresh = await accessToken(grant, key, call.store, call.fetch, token, call.signal);
  } catch (error) {
    return noToken(request, call, tokenError(error, call));
  }
  const second = await run(withBearer(request, fresh));
  return { ...second, attempts: first.attempts + second.attempts };
}
