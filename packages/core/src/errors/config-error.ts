import { ConvoFlowError, type ValidationIssue } from './convoflow-error.js';

/**
 * A Custom API node config that cannot be prepared: it breaks the config schema, names a secret that is missing or
 * not allowed, or resolves to something that cannot be sent (a header with a line break, a body on GET, …).
 * Thrown before anything is sent. `issues` lists every problem, each with a JSON pointer.
 *
 * @example
 * try { await prepareRequest(config) } catch (error) {
 *   if (isConfigError(error)) for (const issue of error.issues) console.error(`${issue.pointer}: ${issue.message}`);
 * }
 */
export class ConfigError extends ConvoFlowError {
  override readonly name = 'ConfigError';
  readonly code = 'config' as const;
  readonly fault = 'config' as const;
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[], options?: { subject?: string; cause?: unknown }) {
    super(`${options?.subject ?? 'Invalid Custom API node config'}: ${describeIssues(issues)}`, options);
    this.issues = issues;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), issues: this.issues };
  }
}

/** Every issue on one line: `/method: must be one of …; /url: is required`. */
export function describeIssues(issues: readonly ValidationIssue[]): string {
  return issues
    .map((issue) => `${issue.file ? `${issue.file}#` : ''}${issue.pointer}: ${issue.message}`)
    .join('; ');
}

/** True for a {@link ConfigError}, also one from another copy of this package (matched by `name`). */
export function isConfigError(value: unknown): value is ConfigError {
  return value instanceof ConfigError || (value instanceof Error && value.name === 'ConfigError');
}
