/**
 * What went wrong, in one word. A failed `NodeResult` carries the same word as `error.kind`, and each thrown error
 * class has it as `code`, so a condition node and a `catch` block branch on the same values.
 */
export type ErrorKind =
  | 'http'
  | 'upstream'
  | 'timeout'
  | 'network'
  | 'aborted'
  | 'rate_limited'
  | 'too_large'
  | 'invalid_response'
  | 'config'
  | 'input'
  | 'blocked'
  | 'auth';

/**
 * Whose move it is: `config` and `input` mean fix something and call again; `transient` means the same call may
 * succeed later; `upstream` means the provider refused or failed; `internal` is a bug in ConvoFlow.
 */
export type ErrorFault = 'config' | 'input' | 'transient' | 'upstream' | 'internal';

/** One problem found while checking a config, an input or a manifest. */
export interface ValidationIssue {
  /** JSON pointer of the offending value, e.g. `/headers/X-Api-Key` (`/` for the whole document). */
  pointer: string;
  /** Plain-English description, e.g. `must be one of GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS`. */
  message: string;
  /** The file the value came from, when it came from a file. */
  file?: string;
}

/**
 * The base of every error ConvoFlow throws. Messages are one sentence and never contain header values, request
 * bodies, query strings or secret values; `toJSON()` holds only the same safe fields.
 */
export abstract class ConvoFlowError extends Error {
  abstract readonly code: ErrorKind;
  abstract readonly fault: ErrorFault;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }

  /** A plain, safe summary: name, code, fault and message (subclasses add their own safe fields). */
  toJSON(): Record<string, unknown> {
    return { name: this.name, code: this.code, fault: this.fault, message: this.message };
  }
}

/** True for any ConvoFlow error, also when it comes from another copy of this package (matched by shape). */
export function isConvoFlowError(value: unknown): value is ConvoFlowError {
  return (
    value instanceof ConvoFlowError ||
    (value instanceof Error && typeof (value as { code?: unknown }).code === 'string' && 'fault' in value)
  );
}
