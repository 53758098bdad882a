import type { ServiceAccountKey } from './grant.js';

const base64url = (data: string | Uint8Array) => Buffer.from(data).toString('base64url');

/**
 * The RS256 JWT a service account sends to the token endpoint (RFC 7523): the same header and claims, in the same
 * order, as Google's auth library (`iss`, `scope`, `aud`, `exp` = `iat` + 3600, `iat`, and `sub` when acting as a
 * user). Signed with node:crypto, loaded only when a service account is used.
 */
export async function signAssertion(
  key: ServiceAccountKey,
  scopes: readonly string[],
  audience: string,
  subject: string | undefined,
  nowMs: number,
): Promise<string> {
  const { sign } = await import('node:crypto');
  const iat = Math.floor(nowMs / 1000);
  const claims = {
    iss: key.clientEmail,
    scope: scopes.join(' '),
    aud: audience,
    exp: iat + 3600,
    iat,
    sub: subject,
  };
  const signingInput = `${base64url(JSON.stringify({ alg: 'RS256' }))}.${base64url(JSON.stringify(claims))}`;
  const signature = sign('sha256', Buffer.from(signingInput), key.privateKey);
  return `${signingInput}.${base64url(signature)}`;
}
