import { type Connector, maskSensitiveFields, type NodeResult } from '@convoflow/core';
import type { Flags } from './command-line.js';
import { EXIT } from './exit-codes.js';
import { type CliIO, painter, toJson } from './io.js';
import { writeError } from './report-error.js';
import { secretHint } from './secrets.js';
import { sensitiveKeys } from './sensitive.js';
import { describeStep } from './trace.js';

/** The exit code of one call: refused before sending (config, input, a secret) is 2, any other failure 1. */
export function exitCodeOf(result: NodeResult): number {
  if (result.ok) return EXIT.ok;
  const refused = result.attempts === 0 && (result.error.kind === 'config' || result.error.kind === 'input');
  return refused ? EXIT.refused : EXIT.failed;
}

/** Prints the result of one call (`call`, `request`): a line and the body, or JSON; sensitive fields masked. */
export function printResult(
  result: NodeResult,
  label: string,
  flags: Flags,
  connectors: readonly Connector[],
  io: CliIO,
): number {
  const masked = maskSensitiveFields(result, sensitiveKeys(connectors)) as NodeResult;
  const code = exitCodeOf(result);
  const hint = result.ok ? undefined : secretHint(result.error.message, connectors);
  if (code === EXIT.refused && !result.ok) {
    const issues = result.error.issues ?? [];
    writeError(io, flags.json === true, {
      kind: result.error.kind,
      message: issues.length > 0 ? `${label} was refused before sending anything` : result.error.message,
      ...(hint ? { hint } : {}),
      ...(result.error.issues ? { issues: result.error.issues } : {}),
    });
    return code;
  }
  if (flags.json) io.stdout.write(`${toJson(masked)}\n`);
  else {
    const line = describeStep(
      {
        type: 'connector',
        operation: label,
        ok: result.ok,
        attempts: result.attempts,
        durationMs: result.durationMs,
        ...(result.status !== undefined ? { status: result.status } : {}),
        ...(result.requestId ? { requestId: result.requestId } : {}),
        ...(result.ok ? {} : { error: result.error }),
      },
      painter(io),
    );
    io.stdout.write(`${line}\n`);
    if (masked.body !== undefined) io.stdout.write(`${toJson(masked.body)}\n`);
    if (hint) io.stderr.write(`hint: ${hint}\n`);
  }
  return code;
}
