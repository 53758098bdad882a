import { linkedAbort } from '../execute/linked-abort.js';
import { SecretSet } from '../secrets/secret-set.js';
import type { NetworkOptions } from '../transports/private-network-guard.js';
import { type Transport, TransportFailure } from '../transports/transport.js';
import type { ResolvedGrant } from './grant.js';
import { tokenRequest } from './token-request.js';
import type { StoredToken } from './token-store.js';

/** How token requests are sent: the call's transport, guard and per-attempt timeout. */
export interface TokenFetchContext {
  transport: Transport;
  network: NetworkOptions | undefined;
  timeoutMs: number;
  now: () => number;
}

/** Why no token came back; never holds a credential (the description is redacted). */
export class TokenFailure extends Error {
  override readonly name = 'TokenFailure';
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly oauthError: string | undefined,
    readonly description: string | undefined,
    /** The endpoint did not answer within the timeout. */
    readonly timedOut = false,
  ) {
    super(message);
  }
}

/** A token response larger than this is not a token response. */
const MAX_TOKEN_RESPONSE_BYTES = 256 * 1024;
/** Fetch a new token this long before the old one expires (at most half its lifetime). */
const REFRESH_MARGIN_MS = 60_000;

function parseJson(body: Uint8Array): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(new TextDecoder().decode(body)) as unknown;
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Asks the token endpoint for an access token, once (no retries: a refused grant stays refused, and a retry of a
 * rotating refresh token could spend it). Throws a {@link TokenFailure}, or the transport's `blocked` failure.
 */
export async function fetchToken(
  grant: ResolvedGrant,
  ctx: TokenFetchContext,
  rotatedRefreshToken: string | undefined,
): Promise<StoredToken> {
  const started = ctx.now();
  const request = await tokenRequest(grant, started, rotatedRefreshToken);
  const secrets = new SecretSet();
  for (const secret of request.secrets) secrets.add(secret);
  const abort = linkedAbort(undefined, ctx.timeoutMs);
  let response: Awaited<ReturnType<Transport['send']>>;
  try {
    response = await ctx.transport.send({
      method: 'POST',
      url: request.url,
      headers: request.headers,
      body: request.body,
      signal: abort.signal,
      maxResponseBytes: MAX_TOKEN_RESPONSE_BYTES,
      network: ctx.network,
    });
  } catch (error) {
    if (error instanceof TransportFailure && (error.kind === 'blocked' || error.kind === 'invalid'))
      throw error;
    if (abort.timedOut) {
      const message = `the token endpoint did not answer within ${ctx.timeoutMs} ms`;
      throw new TokenFailure(message, undefined, undefined, undefined, true);
    }
    throw new TokenFailure(
      'the token endpoint failed: it could not be reached',
      undefined,
      undefined,
      undefined,
    );
  } finally {
    abort.dispose();
  }
  const body = parseJson(response.body);
  const text = (name: string) => (typeof body?.[name] === 'string' ? (body[name] as string) : undefined);
  const accessToken = text('access_token');
  if (response.status < 200 || response.status >= 300 || !accessToken) {
    const oauthError = text('error');
    const description = text('error_description');
    const detail = oauthError ? ` (${secrets.redact(oauthError)})` : '';
    throw new TokenFailure(
      response.status >= 300
        ? `the token endpoint answered ${response.status}${detail}`
        : 'the token endpoint answered without an access_token',
      response.status,
      oauthError && secrets.redact(oauthError),
      description && secrets.redact(description).slice(0, 500),
    );
  }
  const tokenType = text('token_type');
  if (tokenType !== undefined && tokenType.toLowerCase() !== 'bearer') {
    throw new TokenFailure(
      `the token endpoint sent a ${tokenType} token, not a Bearer one`,
      response.status,
      undefined,
      undefined,
    );
  }
  const token: StoredToken = { accessToken };
  const expiresIn =
    typeof body?.expires_in === 'number' ? body.expires_in : Number(text('expires_in') ?? Number.NaN);
  if (Number.isFinite(expiresIn) && expiresIn > 0) {
    const lifetimeMs = expiresIn * 1000;
    token.expiresAt = started + lifetimeMs;
    token.refreshAt = started + lifetimeMs - Math.min(REFRESH_MARGIN_MS, lifetimeMs / 2);
  }
  const rotated = text('refresh_token');
  if (grant.grant === 'refresh_token' && rotated) token.refreshToken = rotated;
  return token;
}
