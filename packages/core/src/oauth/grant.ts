import type { ValidationIssue } from '../errors/convoflow-error.js';
import { isHostAllowed, originEntry } from '../execute/hosts.js';

/** A Google service account key file's fields that the jwt-bearer grant uses. */
export interface ServiceAccountKey {
  clientEmail: string;
  privateKey: string;
  privateKeyId: string | undefined;
  tokenUri: string | undefined;
}

/** An `oauth2` auth with its references resolved: what the token endpoint is sent. */
export interface ResolvedGrant {
  grant: 'refresh_token' | 'client_credentials' | 'jwt-bearer';
  tokenUrl: string;
  clientId: string | undefined;
  clientSecret: string | undefined;
  refreshToken: string | undefined;
  serviceAccount: ServiceAccountKey | undefined;
  subject: string | undefined;
  audience: string | undefined;
  scopes: readonly string[];
  clientAuth: 'basic' | 'post';
}

/** Google's token endpoint, used when a key file names none. */
export const GOOGLE_TOKEN_URL = 'https://oauth2.googleapis.com/token';

/** Reads a service account key file's JSON; an issue (never the key's text) when it is not one. */
export function parseServiceAccount(json: string, pointer: string): ServiceAccountKey | ValidationIssue {
  let key: Record<string, unknown>;
  try {
    key = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return { pointer, message: 'is not a service account key file (not JSON)' };
  }
  const text = (name: string) => (typeof key?.[name] === 'string' ? (key[name] as string) : undefined);
  const clientEmail = text('client_email');
  const privateKey = text('private_key');
  if (!clientEmail || !privateKey) {
    return { pointer, message: 'is not a service account key file (client_email or private_key missing)' };
  }
  return { clientEmail, privateKey, privateKeyId: text('private_key_id'), tokenUri: text('token_uri') };
}

/**
 * The token endpoint is held to the rules of `allowedHosts`: https on the default port, or an origin the call names
 * in `allowHosts` in the same grammar (`host:port` for https on another port, `http://127.0.0.1:8080` for a sandbox).
 */
export function tokenUrlProblem(
  tokenUrl: string,
  allowHosts: readonly string[] | undefined,
): string | undefined {
  let url: URL;
  try {
    url = new URL(tokenUrl);
  } catch {
    return 'the token URL is not an absolute URL';
  }
  if (url.username || url.password) return 'the token URL must not hold credentials';
  if ((url.protocol === 'https:' && url.port === '') || isHostAllowed(url, allowHosts ?? []))
    return undefined;
  return `the token URL must be https on the default port, or its origin named in allowHosts (${originEntry(url)})`;
}

const grants = new WeakMap<object, ResolvedGrant>();

/** Keeps the resolved grant of a prepared request, for `executeNode` to fetch its token. */
export function rememberGrant(prepared: object, grant: ResolvedGrant): void {
  grants.set(prepared, grant);
}

/** The resolved OAuth 2.0 grant of a prepared request, if its config uses one. */
export function grantOf(prepared: object): ResolvedGrant | undefined {
  return grants.get(prepared);
}
