import type { CustomApiNodeConfig } from '../config/types.js';
import { lookupSecret, type SecretProvider } from '../secrets/secret-provider.js';
import type { AuthSchemeSpec } from './define-connector.js';

/** An OAuth 2.0 scheme of a connector: core runs the grant, with the scheme's secrets as credentials. */
export interface OAuth2SchemeSpec {
  type: 'oauth2';
  grant: 'jwt-bearer' | 'refresh_token' | 'client_credentials';
  /** The client id's secret (refresh_token, client_credentials). */
  clientIdSecret?: string;
  /** The client secret's secret (refresh_token; absent for a public client). */
  clientSecretSecret?: string;
  tokenUrl?: string;
  scopes?: readonly string[];
  /** How a user gets each of the other secrets, by name. */
  secretDescriptions?: Readonly<Record<string, string>>;
}

/** One way an operation can authenticate, and every secret it needs (in the order a user sets them up). */
export interface AuthCredentials {
  auth: string;
  secrets: readonly string[];
}

/** The secrets a scheme needs, all of them. */
export function schemeSecrets(scheme: AuthSchemeSpec): string[] {
  if (scheme.type === 'basic') return [scheme.usernameSecret, scheme.secret];
  if (scheme.type === 'oauth2') {
    return [scheme.clientIdSecret, scheme.clientSecretSecret, scheme.secret].filter(
      (name): name is string => name !== undefined,
    );
  }
  return [scheme.secret];
}

const ref = (name: string) => `{{secrets.${name}}}`;

/** The Custom API node auth for an OAuth 2.0 scheme: credentials as secret references. */
export function oauth2Auth(
  scheme: AuthSchemeSpec & OAuth2SchemeSpec,
  secret: string,
): NonNullable<CustomApiNodeConfig['auth']> {
  const scopes = scheme.scopes ? { scopes: [...scheme.scopes] } : {};
  if (scheme.grant === 'jwt-bearer') {
    return {
      type: 'oauth2',
      grant: 'jwt-bearer',
      serviceAccount: ref(secret),
      scopes: [...(scheme.scopes ?? [])] as [string, ...string[]],
      ...(scheme.tokenUrl ? { tokenUrl: scheme.tokenUrl } : {}),
    };
  }
  const clientId = ref(scheme.clientIdSecret ?? '');
  if (scheme.grant === 'refresh_token') {
    return {
      type: 'oauth2',
      grant: 'refresh_token',
      tokenUrl: scheme.tokenUrl ?? '',
      clientId,
      ...(scheme.clientSecretSecret ? { clientSecret: ref(scheme.clientSecretSecret) } : {}),
      refreshToken: ref(secret),
      ...scopes,
    };
  }
  return {
    type: 'oauth2',
    grant: 'client_credentials',
    tokenUrl: scheme.tokenUrl ?? '',
    clientId,
    clientSecret: ref(secret),
    ...scopes,
  };
}

/** True when the provider has a non-empty value for the secret (a refused secret counts as not set). */
async function isSet(provider: SecretProvider | undefined, name: string): Promise<boolean> {
  if (!provider) return false;
  try {
    const value = await lookupSecret(provider, name);
    return typeof value === 'string' && value !== '';
  } catch {
    return false;
  }
}

/** Why no scheme could be chosen: a set of credentials was started but not finished. */
export interface IncompleteCredentials {
  auth: string;
  /** The secrets of that set that are not set. */
  missing: string[];
  message: string;
}

const listed = (names: readonly string[]) =>
  names.length === 1 ? (names[0] as string) : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/**
 * Chooses among an operation's credentials, most preferred first: the first set with any secret set decides; it is
 * used when all its secrets are set, and is an {@link IncompleteCredentials} naming the missing ones otherwise.
 * With no secret of any set, `fallback` (the operation's own scheme) is used, whose missing secret core reports.
 * Values are only checked for presence; none is kept.
 */
export async function chooseCredentials(
  choices: readonly AuthCredentials[],
  secrets: SecretProvider | undefined,
  fallback: string,
): Promise<{ auth: string } | { incomplete: IncompleteCredentials }> {
  for (const choice of choices) {
    const set = await Promise.all(choice.secrets.map((name) => isSet(secrets, name)));
    if (!set.includes(true)) continue;
    const missing = choice.secrets.filter((_name, index) => !set[index]);
    if (missing.length === 0) return { auth: choice.auth };
    const present = choice.secrets.filter((_name, index) => set[index]);
    return {
      incomplete: {
        auth: choice.auth,
        missing,
        message: `${listed(present)} ${present.length === 1 ? 'is' : 'are'} set but ${listed(missing)} ${missing.length === 1 ? 'is' : 'are'} not: the ${choice.auth} credentials need ${listed(choice.secrets)}`,
      },
    };
  }
  return { auth: fallback };
}
