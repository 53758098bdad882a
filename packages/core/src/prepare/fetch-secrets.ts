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
 * Asks the provider for every named secret in parallel. A missing secret is an issue naming it (or a `<NAME>`
 * placeholder when `missing` is `placeholder`); a denied one is always an issue. Values never appear in issues.
 */
export async function fetchSecrets(
  names: ReadonlyMap<string, string>,
  provider: SecretProvider,
  missing: MissingSecrets,
): Promise<FetchedSecrets> {
  const lookup = toSecretLookup(provider);
  const fetched: FetchedSecrets = { values: new Map(), placeholders: new Set(), issues: [] };
  if (names.size === 0) return fetched;
  await Promise.all(
    [...names].map(async ([name, pointer]) => {
      try {
        const answer = lookup(name);
        const value = typeof answer === 'string' || answer === undefined ? answer : await answer;
        if (typeof value === 'string' && value !== '') {
          fetched.values.set(name, value);
        } else if (missing === 'placeholder') {
          fetched.values.set(name, `<${name}>`);
          fetched.placeholders.add(name);
        } else {
          fetched.issues.push({ pointer, message: `secret ${name} is not set` });
        }
      } catch (error) {
        const message =
          error instanceof SecretDeniedError
            ? error.message
            : `secret ${name} could not be read from the secret provider`;
        fetched.issues.push({ pointer, message });
      }
    }),
  );
  fetched.issues.sort((a, b) => (a.message < b.message ? -1 : 1));
  return fetched;
}
