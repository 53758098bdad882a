/**
 * Where secret values come from. A provider answers one name at a time; `undefined` means "no such secret".
 *
 * - a plain object: `{ STRIPE_SECRET_KEY: 'sk_test_…' }`
 * - a function, sync or async: `(name) => vault.read(name)`
 * - {@link envSecrets}: the process environment, behind an allowlist
 */
export type SecretProvider = Readonly<Record<string, string | undefined>> | SecretLookup;

/** A function that returns a secret's value, or `undefined` when it has none. May be async. */
export type SecretLookup = (name: string) => string | undefined | Promise<string | undefined>;

/** Thrown by a lookup (or returned through {@link SecretDeniedError}) when a name exists but may not be read. */
export class SecretDeniedError extends Error {
  override readonly name = 'SecretDeniedError';
  readonly secretName: string;
  constructor(secretName: string, reason: string) {
    super(`secret ${secretName} is not allowed: ${reason}`);
    this.secretName = secretName;
  }
}

/** Options for {@link envSecrets}. */
export interface EnvSecretsOptions {
  /**
   * The names that may be read: the secrets declared by the connectors in use plus any the caller adds. Nothing
   * else in the environment can be reached, so a workflow cannot read `AWS_SECRET_ACCESS_KEY` by naming it.
   */
  allow: Iterable<string>;
  /** The environment to read. Default `process.env` (where there is one). */
  env?: Readonly<Record<string, string | undefined>>;
}

/**
 * The environment as a secret provider, limited to an allowlist.
 *
 * @example
 * const secrets = envSecrets({ allow: ['STRIPE_SECRET_KEY'] });
 * await prepareRequest(config, { secrets });
 */
export function envSecrets(options: EnvSecretsOptions): SecretLookup {
  const allowed = new Set(options.allow);
  const env =
    options.env ??
    (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env ??
    {};
  return (name) => {
    if (!allowed.has(name)) {
      throw new SecretDeniedError(
        name,
        'it is not in the allowlist of the environment secret provider (declare it in a connector or pass it in `allow`)',
      );
    }
    const value = env[name];
    return value === '' ? undefined : value;
  };
}

/** Asks any {@link SecretProvider} for one secret (a plain object answers for its own keys only). */
export function lookupSecret(provider: SecretProvider, name: string): ReturnType<SecretLookup> {
  if (typeof provider === 'function') return provider(name);
  return Object.hasOwn(provider, name) ? provider[name] : undefined;
}
