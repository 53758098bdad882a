import type { ValidationIssue } from '../errors/convoflow-error.js';
import {
  lookupSecret,
  SecretDeniedError,
  type SecretLookup,
  type SecretProvider,
} from '../secrets/secret-provider.js';

/** What to do when a referenced secret has no value: fail (the default), or render `<NAME>` for a dry run. */
export type MissingSecrets = 'error' | 'placeholder';

/** The secrets a config needs, fetched all at once. */
export interface FetchedSecrets {
  values: Map<string, string>;
  placeholders: ReadonlySet<string>;
  issues: ValidationIssue[];
}

/**
 * Asks the provider for every named secret in parallel (synchronously when the provider answers synchronously). A missing secret is an issue naming it (or a `<NAME>`
 * placeholder when `missing` is `placeholder`); a denied one is always an issue. Values never appear in issues.
 */
export function fetchSecrets(
  names: ReadonlyArray<readonly [name: string, pointer: string]>,
  provider: SecretProvider,
  missing: MissingSecrets,
): FetchedSecrets | Promise<FetchedSecrets> {
  if (names.length === 0) return NOTHING_FETCHED;
  const fetched: FetchedSecrets = { values: new Map(), placeholders: NO_PLACEHOLDERS, issues: [] };
  // Synchronous answers (a plain object, the environment) are recorded at once; only promises are awaited, all
  // together.
  let pending: Array<Promise<void>> | undefined;
  for (let i = 0; i < names.length; i++) {
    const [name, pointer] = names[i] as readonly [string, string];
    let answer: ReturnType<SecretLookup>;
    try {
      answer = lookupSecret(provider, name);
    } catch (error) {
      deny(fetched, name, pointer, error);
      continue;
    }
    if (typeof answer === 'string' || answer === undefined) record(fetched, name, pointer, answer, missing);
    else {
      pending ??= [];
      pending.push(
        Promise.resolve(answer).then(
          (value) => record(fetched, name, pointer, value, missing),
          (error) => deny(fetched, name, pointer, error),
        ),
      );
    }
  }
  return pending ? Promise.all(pending).then(() => sorted(fetched)) : sorted(fetched);
}

/** Nothing to fetch (shared: never changed). */
const NO_PLACEHOLDERS: ReadonlySet<string> = new Set();
const NOTHING_FETCHED: FetchedSecrets = Object.freeze({
  values: new Map(),
  placeholders: NO_PLACEHOLDERS,
  issues: Object.freeze([]) as unknown as ValidationIssue[],
});

function record(
  fetched: FetchedSecrets,
  name: string,
  pointer: string,
  value: unknown,
  missing: MissingSecrets,
): void {
  if (typeof value === 'string' && value !== '') {
    fetched.values.set(name, value);
  } else if (missing === 'placeholder') {
    fetched.values.set(name, `<${name}>`);
    if (fetched.placeholders === NO_PLACEHOLDERS) fetched.placeholders = new Set();
    (fetched.placeholders as Set<string>).add(name);
  } else {
    fetched.issues.push({ pointer, message: `secret ${name} is not set` });
  }
}

function deny(fetched: FetchedSecrets, name: string, pointer: string, error: unknown): void {
  const message =
    error instanceof SecretDeniedError
      ? error.message
      : `secret ${name} could not be read from the secret provider`;
  fetched.issues.push({ pointer, message });
}

/** Issues in a stable order (lookups may answer in any order). */
function sorted(fetched: FetchedSecrets): FetchedSecrets {
  if (fetched.issues.length > 1) fetched.issues.sort((a, b) => (a.message < b.message ? -1 : 1));
  return fetched;
}
