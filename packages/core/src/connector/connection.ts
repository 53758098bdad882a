import { formatAjvErrors } from '../config/format-ajv-errors.js';
import { encodePathValue, pathValueProblem } from '../encoding/percent.js';
import type { ValidationIssue } from '../errors/convoflow-error.js';
import { escapeReferences } from '../references/parse-template.js';

/** Connection parameters as a caller passes them (`options.connection`): an account id, a shop, a subdomain. */
export type ConnectionValues = Readonly<Record<string, string | number | boolean>>;

/** The manifest keyword of a connection parameter whose value is a secret: `"x-secret": "TWILIO_ACCOUNT_SID"`. */
export const CONNECTION_SECRET_KEYWORD = 'x-secret';

/** A generated validator (ajv standalone). */
type Validator = ((data: unknown) => boolean) & {
  errors?: Parameters<typeof formatAjvErrors>[0] | null;
};

/**
 * The connection parameters whose value comes from a secret (`"x-secret": "NAME"` on the property), by parameter
 * name: their URLs hold the reference `{{secrets.NAME}}`, resolved, encoded and redacted by core when sending.
 */
export function connectionSecrets(
  schema: Readonly<Record<string, unknown>> | undefined,
): Record<string, string> {
  const out: Record<string, string> = {};
  const properties = (schema?.properties ?? {}) as Record<string, Record<string, unknown> | undefined>;
  for (const [name, property] of Object.entries(properties)) {
    const secret = property?.[CONNECTION_SECRET_KEYWORD];
    if (typeof secret === 'string') out[name] = secret;
  }
  return out;
}

/**
 * Checks connection parameters against the connector's schema and refuses values that would change the path
 * (`/`, `.`, `..`, empty), and values given for a parameter that comes from a secret: issues point at
 * `/connection/<name>`. No schema means no parameters.
 */
export function connectionIssues(
  validate: Validator | undefined,
  values: ConnectionValues | undefined,
  secrets: Readonly<Record<string, string>> = {},
): ValidationIssue[] {
  if (!validate) return [];
  const given = values ?? {};
  const fromSecrets = Object.keys(given)
    .filter((name) => Object.hasOwn(secrets, name))
    .map((name) => ({
      pointer: `/connection/${name}`,
      message: `comes from the secret ${secrets[name]}: set that secret instead of passing a value`,
    }));
  if (fromSecrets.length > 0) return fromSecrets;
  if (!validate(given)) {
    return formatAjvErrors(validate.errors ?? []).map((issue) => ({
      ...issue,
      pointer: `/connection${issue.pointer === '/' ? '' : issue.pointer}`,
    }));
  }
  const issues: ValidationIssue[] = [];
  for (const [name, value] of Object.entries(given)) {
    const problem = pathValueProblem(String(value), false);
    if (problem) issues.push({ pointer: `/connection/${name}`, message: `goes into the URL and ${problem}` });
  }
  return issues;
}

/** Stands for a secret parameter's reference while a template renders (its output is escaped as data). */
const secretMark = (secret: string) => `\u0000connection-secret:${secret}\u0000`;

/**
 * Each value percent-encoded as one path segment (for path templates reading `connection.<name>`); a parameter
 * from a secret is a mark that {@link revealSecretReferences} turns into `{{secrets.NAME}}` after rendering.
 */
export function encodedConnection(
  values: ConnectionValues | undefined,
  secrets: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(values ?? {})) out[name] = encodePathValue(String(value), false);
  for (const [name, secret] of Object.entries(secrets)) out[name] = secretMark(secret);
  return out;
}

/**
 * Turns the marks of parameters from secrets into secret references, which core resolves, encodes as one path
 * segment (or checks as a host name) and redacts. Input is percent-encoded, so it cannot hold a mark.
 */
export function revealSecretReferences(rendered: string, secrets: Readonly<Record<string, string>>): string {
  if (!rendered.includes('\u0000')) return rendered;
  const declared = new Set(Object.values(secrets));
  return rendered.replace(/\u0000connection-secret:([A-Z][A-Z0-9_]*)\u0000/g, (mark, name: string) =>
    declared.has(name) ? `{{secrets.${name}}}` : mark,
  );
}

/** A base URL with its `{{connection.<name>}}` parameters filled in, encoded, and escaped as data. */
export function renderBaseUrl(
  base: string,
  values: ConnectionValues | undefined,
  secrets: Readonly<Record<string, string>> = {},
): string {
  const encoded = encodedConnection(values, secrets);
  const filled = base.replace(
    /\{\{\s*connection\.([\w-]+)\s*\}\}/g,
    (_match, name: string) => encoded[name] ?? '',
  );
  return revealSecretReferences(escapeReferences(filled), secrets);
}
