import { isConvoFlowError, type ValidationIssue } from '@convoflow/core';
import { EXIT } from './exit-codes.js';
import { CliError, type CliIO, painter, toJson } from './io.js';

/** How an error is shown: one line and a hint as text, or `{ "error": { kind, message, … } }` on stdout. */
export interface ErrorReport {
  kind: string;
  message: string;
  hint?: string;
  issues?: readonly ValidationIssue[];
}

/** Writes an error report; returns nothing (the caller picks the exit code). */
export function writeError(io: CliIO, json: boolean, report: ErrorReport): void {
  if (json) {
    io.stdout.write(`${toJson({ error: report })}\n`);
    return;
  }
  const paint = painter(io, 'stderr');
  const issues = report.issues?.map((issue) => `\n  ${issue.pointer}: ${issue.message}`).join('') ?? '';
  io.stderr.write(
    `${paint('red', 'error:')} ${report.message}${issues}\n${report.hint ? `${paint('gray', `hint: ${report.hint}`)}\n` : ''}`,
  );
}

/** Reports anything thrown by a command; returns the exit code (70 only for what can only be a bug). */
export function reportThrown(error: unknown, io: CliIO, json: boolean, verbose: boolean): number {
  if (error instanceof CliError) {
    writeError(io, json, {
      kind: error.kind,
      message: error.message,
      ...(error.hint ? { hint: error.hint } : {}),
      ...(error.issues ? { issues: error.issues } : {}),
    });
    return error.exitCode;
  }
  if (isConvoFlowError(error)) {
    writeError(io, json, { kind: error.code, message: error.message });
    if (verbose && !json) io.stderr.write(`${toJson(error.toJSON())}\n`);
    return EXIT.refused;
  }
  const name = error instanceof Error ? error.name : 'error';
  writeError(io, json, {
    kind: 'internal',
    message: `unexpected ${name}: this is a bug in convoflow`,
    hint: verbose
      ? ((error as Error).stack ?? '')
      : 'Run again with --verbose and report it with the output.',
  });
  return EXIT.bug;
}
