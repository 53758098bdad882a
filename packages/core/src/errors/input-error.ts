import { describeIssues } from './config-error.js';
import type { ValidationIssue } from './convoflow-error.js';
import { ConvoFlowError } from './convoflow-error.js';
import { matchesError } from './request-failed-error.js';

/**
 * An operation's input broke its JSON Schema (a connector preset validates input before building a config).
 * `issues` lists every problem with a JSON pointer into the input.
 */
export class InputError extends ConvoFlowError {
  override readonly name = 'InputError';
  readonly code = 'input' as const;
  readonly fault = 'input' as const;
  readonly issues: readonly ValidationIssue[];

  constructor(subject: string, issues: readonly ValidationIssue[], options?: { cause?: unknown }) {
    super(`Invalid input for ${subject}: ${describeIssues(issues)}`, options);
    this.issues = issues;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), issues: this.issues };
  }
}

/** True for an {@link InputError}, also one from another copy of this package (matched by `name`). */
export function isInputError(value: unknown): value is InputError {
  return matchesError(value, InputError, 'InputError');
}
