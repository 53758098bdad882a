import { fetchToken, type TokenFetchContext } from './fetch-token.js';
import type { ResolvedGrant } from './grant.js';
import { tokenUrlOf } from './token-request.js';
import type { StoredToken, TokenStore } from './token-store.js';

/** Token requests in flight, per cache key: concurrent calls that need a token share one request. */
const inFlight = new Map<string, Promise<StoredToken>>();

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

/**
 * An access token for the grant: the stored one while it is fresh, else a new one (one request however many calls
 * ask at once). `stale` is a token the API just refused with 401: it is not used again.
 */
export async function accessToken(
  grant: ResolvedGrant,
  key: string,
  store: TokenStore,
  ctx: TokenFetchContext,
  stale?: string,
): Promise<string> {
  const stored = await store.get(key);
  if (stored && usable(stored, ctx.now(), stale)) return stored.accessToken;
  let pending = inFlight.get(key);
  if (!pending) {
    pending = renew(grant, key, store, ctx, stored, stale);
    inFlight.set(key, pending);
    const clear = () => inFlight.delete(key);
    pending.then(clear, clear);
  }
  return (await pending).accessToken;
}
