import type { OAuth2Auth } from '../generated/config-types.js';
import { type ResolveScope, resolveString } from '../references/resolve.js';
import { parseServiceAccount, type ResolvedGrant } from './grant.js';

const AS_TEXT = { asText: true } as const;

/**
 * Resolves an `oauth2` auth's references into the grant the token endpoint is sent. Every credential (client
 * secret, refresh token, the key file and its private key) is recorded as secret; problems go to `scope.issues`.
 */
export function resolveGrant(auth: OAuth2Auth, scope: ResolveScope): ResolvedGrant {
  const text = (value: string | undefined, field: string, secret: boolean): string | undefined => {
    if (value === undefined) return undefined;
    const resolved = resolveString(value, `/auth/${field}`, scope, AS_TEXT) as string;
    if (secret && !isPlaceholder(resolved)) scope.secrets.add(resolved);
    return resolved;
  };
  const isPlaceholder = (value: string) =>
    value.startsWith('<') && value.endsWith('>') && scope.placeholders.has(value.slice(1, -1));
  const fields = auth as unknown as Partial<Record<string, string>>;
  const grant: ResolvedGrant = {
    grant: auth.grant,
    tokenUrl: text(fields.tokenUrl, 'tokenUrl', false) ?? '',
    clientId: text(fields.clientId, 'clientId', false),
    clientSecret: text(fields.clientSecret, 'clientSecret', true),
    refreshToken: text(fields.refreshToken, 'refreshToken', true),
    serviceAccount: undefined,
    subject: text(fields.subject, 'subject', false),
    audience: text(fields.audience, 'audience', false),
    scopes: 'scopes' in auth && Array.isArray(auth.scopes) ? auth.scopes : [],
    clientAuth: 'clientAuth' in auth && auth.clientAuth === 'post' ? 'post' : 'basic',
  };
  const keyFile = text(fields.serviceAccount, 'serviceAccount', true);
  if (keyFile !== undefined && !isPlaceholder(keyFile)) {
    const key = parseServiceAccount(keyFile, '/auth/serviceAccount');
    if ('pointer' in key) scope.issues.push(key);
    else {
      scope.secrets.add(key.privateKey);
      grant.serviceAccount = key;
    }
  }
  return grant;
}
