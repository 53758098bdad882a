import type { CustomApiNodeConfig } from '../config/types.js';
import { strictPercentEncode } from '../encoding/percent.js';
import type { ResolvedGrant } from '../oauth/grant.js';
import { resolveGrant } from '../oauth/resolve-grant.js';
import { type ResolveScope, resolveString } from '../references/resolve.js';
import { appendQuery } from './build-url.js';

/** Headers whose values are credentials even when written by hand: their values are redacted everywhere. */
export const CREDENTIAL_HEADERS: ReadonlySet<string> = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
]);

/** True when `text` is a dry run's `<NAME>` placeholder rather than a credential. */
function isPlaceholder(text: string, scope: ResolveScope): boolean {
  return text.startsWith('<') && text.endsWith('>') && scope.placeholders.has(text.slice(1, -1));
}

/**
 * Records the credential part of a hand-written credential header as secret (`Bearer abc` → `abc`), so a config
 * written like the product docs (`"Authorization": "Bearer sk_test_…"`) is redacted like a structured one.
 */
export function recordCredentialHeader(name: string, value: string, scope: ResolveScope): void {
  if (!CREDENTIAL_HEADERS.has(name)) return;
  // Spaces around the value are not part of it (HTTP clients strip them), and must not hide the scheme word:
  // `  Bearer abc` records `abc`, so an echo of `abc` alone is redacted too.
  const text = value.trim();
  const schemeEnd = text.search(/\s/);
  const credential = name === 'cookie' || schemeEnd === -1 ? text : text.slice(schemeEnd).trimStart();
  if (!isPlaceholder(credential, scope)) scope.secrets.add(credential);
}

/** The (lowercase) header that structured auth sets, if it sets one. */
export function authHeaderOf(auth: CustomApiNodeConfig['auth']): string | undefined {
  if (!auth) return undefined;
  if (auth.type !== 'apiKey') return 'authorization';
  return auth.in === 'header' ? auth.name.toLowerCase() : undefined;
}

const AS_TEXT = { asText: true } as const;

function authText(value: string, pointer: string, scope: ResolveScope): string {
  const text = resolveString(value, pointer, scope, AS_TEXT) as string;
  if (!isPlaceholder(text, scope)) scope.secrets.add(text);
  return text;
}

/**
 * Applies structured auth: an API key in a header or the query, `Authorization: Bearer …`, or
 * `Authorization: Basic base64(username:password)` computed here. Every credential is recorded as secret
 * (literal ones too), and so is the Basic base64 form. OAuth 2.0 sets no header here: its resolved grant is
 * returned, and `executeNode` fetches the access token when it sends.
 */
export function applyAuth(
  auth: CustomApiNodeConfig['auth'],
  url: URL,
  headers: Record<string, string>,
  scope: ResolveScope,
): ResolvedGrant | undefined {
  if (!auth) return undefined;
  switch (auth.type) {
    case 'apiKey': {
      const value = authText(auth.value, '/auth/value', scope);
      if (auth.in === 'header') headers[auth.name.toLowerCase()] = value;
      else appendQuery(url, `${strictPercentEncode(auth.name)}=${strictPercentEncode(value)}`);
      return undefined;
    }
    case 'bearer':
      headers.authorization = `Bearer ${authText(auth.token, '/auth/token', scope)}`;
      return undefined;
    case 'basic': {
      const username = resolveString(auth.username, '/auth/username', scope, AS_TEXT) as string;
      const password = authText(auth.password, '/auth/password', scope);
      headers.authorization = `Basic ${scope.secrets.addBasic(username, password)}`;
      return undefined;
    }
    case 'oauth2':
      return resolveGrant(auth, scope);
  }
}
