import { formatAjvErrors } from '../config/format-ajv-errors.js';
import { encodePathValue, pathValueProblem } from '../encoding/percent.js';
import type { ValidationIssue } from '../errors/convoflow-error.js';
import { escapeReferences } from '../references/parse-template.js';

/** Connection parameters as a caller passes them (`options.connection`): an account id, a shop, a subdomain. */
export type ConnectionValues = Readonly<Record<string, string | number | boolean>>;

/** A generated validator (ajv standalone). */
type Validator = ((data: unknown) => boolean) & {
  errors?: Parameters<typeof formatAjvErrors>[0] | null;
};

/**
 * Checks connection parameters against the connector's schema and refuses values that would change the path
 * (`/`, `.`, `..`, empty): issues point at `/connection/<name>`. No schema means no parameters.
 */
export function connectionIssues(
  validate: Validator | undefined,
  values: ConnectionValues | undefined,
): ValidationIssue[] {
  if (!validate) return [];
  const given = values ?? {};
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

/** Each value percent-encoded as one path segment (for path templates reading `connection.<name>`). */
export function encodedConnection(values: ConnectionValues | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(values ?? {})) out[name] = encodePathValue(String(value), false);
  return out;
}

/** A base URL with its `{{connection.<name>}}` parameters filled in, encoded, and escaped as data. */
export function renderBaseUrl(base: string, values: ConnectionValues | undefined): string {
  const encoded = encodedConnection(values);
  const filled = base.replace(
    /\{\{\s*connection\.([\w-]+)\s*\}\}/g,
    (_match, name: string) => encoded[name] ?? '',
  );
  return escapeReferences(filled);
}
