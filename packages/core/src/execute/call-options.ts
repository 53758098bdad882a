import { formatAjvErrors } from '../config/format-ajv-errors.js';
import { hostListIssues } from '../config/validate-config.js';
import type { ValidationIssue } from '../errors/convoflow-error.js';
import { validateConfigSchema } from '../generated/validate-config.js';

/** The per-call options that override config fields of the same name, and so obey the same rules. */
const OVERRIDES = ['timeoutMs', 'connectionTimeoutMs', 'deadlineMs', 'maxResponseBytes', 'retry'] as const;

type Overrides = Partial<Record<(typeof OVERRIDES)[number], unknown>>;

/**
 * Problems with an `executeNode` call's own overrides (`timeoutMs: NaN` would remove the timeout, `retry.limit:
 * 1e9` would retry for ever), checked by the config schema's rules for the same fields. Empty when there are none.
 */
export function callOptionIssues(options: Overrides & { allowHosts?: unknown }): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  hostListIssues(options.allowHosts, '/allowHosts', issues);
  let given: Record<string, unknown> | undefined;
  for (const name of OVERRIDES) {
    if (options[name] === undefined) continue;
    given ??= { url: 'https://options.invalid/' };
    given[name] = options[name];
  }
  if (given !== undefined && !validateConfigSchema(given))
    issues.push(...formatAjvErrors(validateConfigSchema.errors ?? []));
  return issues.map((issue) => ({ pointer: issue.pointer, message: `(per-call option) ${issue.message}` }));
}
