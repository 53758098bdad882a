import type { AbortSignalLike } from '../transports/transport.js';
import { fetchToken, type TokenFetchContext } from './fetch-token.js';
import type { ResolvedGrant } from './grant.js';
import { tokenUrlOf } from './token-request.js';
import type { StoredToken, TokenStore } from './token-store.js';

/**
 * Token requests in flight, per token store and cache key: concurrent calls that need a token share one request
 * (and a call with another store never waits on a request whose token goes to a store it does not read).
 */
const inFlightByStore = new WeakMap<TokenStore, Map<string, Promise<StoredToken>>>();

/**
 * The cache key of a grant's tokens: token URL, client, a SHA-256 of every credential (so two tenants with the same
 * client never share a token, and the key reveals no credential) and the scopes.
 */
export async function tokenCacheKey(grant: ResolvedGrant): Promise<string> {
  const credentials = [
    grant.grant,
    grant.clientSecret,
    grant.refreshToken,
    grant.serviceAccount?.clientEmail,
    grant.serviceAccount?.privateKey,
    grant.subject,
    grant.audience,
  ].join('\u0000');
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(credentials));
  const hash = [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  const scopes = [...grant.scopes].sort().join(' ');
  return `oauth2 ${tokenUrlOf(grant)} ${grant.clientId ?? grant.serviceAccount?.clientEmail ?? ''} ${hash} ${scopes}`;
}

function usable(
  token: StoredToken | undefined,
  now: number,
  stale: string | undefined,
): token is StoredToken {
  return (
    token !== undefined && token.accessToken !== stale && (token.refreshAt ?? Number.POSITIVE_INFINITY) > now
  );
}

/** Fetches a new token and stores it in place of `stored`. */
async function renew(
  grant: ResolvedGrant,
  key: string,
  store: TokenStore,
  ctx: TokenFetchContext,
  stored: StoredToken | undefined,
  stale: string | undefined,
): Promise<StoredToken> {
  if (stale !== undefined && stored?.accessToken === stale) await store.delete(key);
  const token = await fetchToken(grant, ctx, stored?.refreshToken);
  // A rotated refresh token stays with the key even if the endpoint does not send it again.
  if (!token.refreshToken && stored?.refreshToken) token.refreshToken = stored.refreshToken;
  await store.set(key, token);
  return token;
}

/** Thrown to a caller whose own signal aborted (its abort or its deadline) while it waited for a token. */
export class TokenWaitInterrupted extends Error {
  override readonly name = 'TokenWaitInterrupted';
}

/**
 * The shared token request, as one caller waits for it: the caller's signal ends its own wait and nothing else. The
 * request goes on for the other callers and is bounded by its own timeout; even with nobody left waiting it is not
 * cancelled, so a refresh token the endpoint rotates on this request is stored, not lost.
 */
function waitFor<T>(pending: Promise<T>, signal: AbortSignalLike | undefined): Promise<T> {
  if (!signal) return pending;
  if (signal.aborted)
    return Promise.reject(new TokenWaitInterrupted('the call ended while waiting for a token'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new TokenWaitInterrupted('the call ended while waiting for a token'));
    signal.addEventListener('abort', onAbort, { once: true });
    pending.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/**
 * An access token for the grant: the stored one while it is fresh, else a new one (one request however many calls
 * ask at once). `stale` is a token the API just refused with 401: it is not used again. `signal` (the call's abort
 * and deadline) ends this caller's wait with {@link TokenWaitInterrupted}, never the shared request.
 */
export async function accessToken(
  grant: ResolvedGrant,
  key: string,
  store: TokenStore,
  ctx: TokenFetchContext,
  stale?: string,
  signal?: AbortSignalLike,
): Promise<string> {
  const stored = await store.get(key);
  if (stored && usable(stored, ctx.now(), stale)) return stored.accessToken;
  // A caller that already ended starts no token request.
  if (signal?.aborted) throw new TokenWaitInterrupted('the call ended before a token was asked for');
  let inFlight = inFlightByStore.get(store);
  if (!inFlight) {
    inFlight = new Map();
    inFlightByStore.set(store, inFlight);
  }
  let pending = inFlight.get(key);
  if (!pending) {
    pending = renew(grant, key, store, ctx, stored, stale);
    inFlight.set(key, pending);
    const requests = inFlight;
    const clear = () => requests.delete(key);
    pending.then(clear, clear);
  }
  return (await waitFor(pending, signal)).accessToken;
}
