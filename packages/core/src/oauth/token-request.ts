import { base64Utf8 } from '../secrets/secret-set.js';
import { GOOGLE_TOKEN_URL, type ResolvedGrant } from './grant.js';
import { signAssertion } from './jwt-assertion.js';

/** A token endpoint request: a form-encoded POST. `secrets` lists every credential in it, for redaction. */
export interface TokenRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  secrets: string[];
}

const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

/** Where the grant's tokens come from: its tokenUrl, or the service account's token_uri, or Google's. */
export function tokenUrlOf(grant: ResolvedGrant): string {
  return grant.tokenUrl || grant.serviceAccount?.tokenUri || GOOGLE_TOKEN_URL;
}

/** RFC 6749 §2.3.1: client id and secret are form-encoded before they are joined and base64-encoded. */
function basicCredentials(clientId: string, clientSecret: string): string {
  const encode = (text: string) => new URLSearchParams([['', text]]).toString().slice(1);
  return base64Utf8(`${encode(clientId)}:${encode(clientSecret)}`);
}

/**
 * The token request for a grant (RFC 6749 §6 refresh, §4.4 client credentials; RFC 7523 JWT bearer). A refresh token
 * from an earlier answer (rotation) replaces the configured one.
 */
export async function tokenRequest(
  grant: ResolvedGrant,
  nowMs: number,
  rotatedRefreshToken?: string,
): Promise<TokenRequest> {
  const url = tokenUrlOf(grant);
  const form = new URLSearchParams();
  const secrets: string[] = [];
  const headers: Record<string, string> = {
    'content-type': 'application/x-www-form-urlencoded',
    accept: 'application/json',
  };
  if (grant.grant === 'jwt-bearer') {
    const key = grant.serviceAccount as NonNullable<ResolvedGrant['serviceAccount']>;
    const assertion = await signAssertion(key, grant.scopes, url, grant.subject, nowMs);
    form.set('grant_type', JWT_BEARER);
    form.set('assertion', assertion);
    return { url, headers, body: form.toString(), secrets: [assertion, key.privateKey] };
  }
  form.set('grant_type', grant.grant);
  if (grant.grant === 'refresh_token') {
    const refreshToken = rotatedRefreshToken ?? (grant.refreshToken as string);
    form.set('refresh_token', refreshToken);
    secrets.push(refreshToken);
  }
  if (grant.scopes.length > 0) form.set('scope', grant.scopes.join(' '));
  if (grant.audience) form.set('audience', grant.audience);
  const clientId = grant.clientId as string;
  if (grant.clientSecret === undefined) {
    form.set('client_id', clientId); // a public client identifies itself in the body
  } else if (grant.clientAuth === 'post') {
    form.set('client_id', clientId);
    form.set('client_secret', grant.clientSecret);
    secrets.push(grant.clientSecret);
  } else {
    const basic = basicCredentials(clientId, grant.clientSecret);
    headers.authorization = `Basic ${basic}`;
    secrets.push(grant.clientSecret, basic);
  }
  return { url, headers, body: form.toString(), secrets };
}
