import type { ValidationIssue } from '../errors/convoflow-error.js';
import { SecretDeniedError, type SecretProvider, toSecretLookup } from '../secrets/secret-provider.js';

/** What to do when a referenced secret has no value: fail (the default), or render `<NAME>` for a dry run. */
export type MissingSecrets = 'error' | 'placeholder';

/** The secrets a config needs, fetched all at once. */
export interface FetchedSecrets {
  values: Map<string, string>;
  placeholders: Set<string>;
  issues: ValidationIssue[];
}

/**
 * Asks the provider for every named secret in parallel (synchronously when the provider answers synchronously). A missing secret is an issue naming it (or a `<NAME>`
 * placeholder when `missing` is `placeholder`); a denied one is always an issue. Values never appear in issues.
 */
export function fetchSecrets(
  names: ReadonlyMap<string, string>,
  provider: SecretProvider,
  missing: MissingSecrets,
): FetchedSecrets | Promise<FetchedSecrets> {
  const lookup = toSecretLookup(provider);
  const fetched: FetchedSecrets = { values: new Map(), placeholders: new Set(), issues: [] };
  const record = (name: string, pointer: string, value: unknown) => {
    if (typeof value === 'string' && value !== '') {
      fetched.values.set(name, value);
    } else if (missing === 'placeholder') {
      fetched.values.set(name, `<${name}>`);
      fetched.placeholders.add(name);
    } else {
      fetched.issues.push({ pointer, message: `secret ${name} is not set` });
    }
  };
  const denied = (name: string, pointer: string, error: unknown) => {
    const message =
      error instanceof SecretDeniedError
        ? error.message
        : `secret ${name} could not be read from the secret provider`;
    fetched.issues.push({ pointer, message });
  };
  // Synchronous answers (a plain object, the environment) are recorded at once; only promises are awaited, all
  // together.
  const pending: Array<Promise<void>> = [];
  for (const [name, pointer] of names) {
    let answer: ReturnType<typeof lookup>;
    try {
      answer = lookup(name);
    } catch (error) {
      denied(name, pointer, error);
      continue;
    }
    if (typeof answer === 'string' || answer === undefined) record(name, pointer, answer);
    else
      pending.push(
        Promise.resolve(answer).then(
          (value) => record(name, pointer, value),
          (error) => denied(name, pointer, error),
        ),
      );
  }
  const finish = () => {
    if (fetched.issues.length > 1) fetched.issues.sort((a, b) => (a.message < b.message ? -1 : 1));
    return fetched;
  };
  return pending.length === 0 ? finish() : Promise.all(pending).then(finish);
}
