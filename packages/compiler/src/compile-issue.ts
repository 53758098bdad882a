import { ConvoFlowError } from '@convoflow/core';

/** One problem found while compiling a connector, located in a file by JSON pointer or line and column. */
export interface CompileIssue {
  /** The file, relative to the repository root (or the connector folder's parent). */
  file: string;
  /** The JSON pointer of the offending value, when the file is JSON. */
  pointer?: string;
  /** Line and column (1-based), for .hbs files and malformed JSON. */
  line?: number;
  column?: number;
  message: string;
}

/** `file#/pointer: message` or `file:line:column: message`. */
export function formatIssue(issue: CompileIssue): string {
  if (issue.line !== undefined) return `${issue.file}:${issue.line}:${issue.column ?? 1}: ${issue.message}`;
  return `${issue.file}${issue.pointer !== undefined ? `#${issue.pointer || '/'}` : ''}: ${issue.message}`;
}

/**
 * A connector that does not compile. `issues` lists every problem found, each with its file and location, and the
 * message lists them one per line.
 */
export class ManifestError extends ConvoFlowError {
  override readonly name = 'ManifestError';
  readonly code = 'config' as const;
  readonly fault = 'config' as const;
  readonly issues: readonly CompileIssue[];

  constructor(connector: string, issues: readonly CompileIssue[]) {
    super(
      `Connector ${connector} does not compile (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${issues.map((issue) => `  ${formatIssue(issue)}`).join('\n')}`,
    );
    this.issues = issues;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), issues: this.issues };
  }
}

/** True for a {@link ManifestError}, also from another copy of this package. */
export function isManifestError(value: unknown): value is ManifestError {
  return value instanceof ManifestError || (value instanceof Error && value.name === 'ManifestError');
}
