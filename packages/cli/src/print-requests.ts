import { type PreparedRequest, type RedactedRequest, toCurl } from '@convoflow/core';
import { type CliIO, painter, toJson } from './io.js';

/** One request of a dry run: what it belongs to, and the request (or why it cannot be shown yet). */
export interface DryRunItem {
  title: string;
  prepared?: PreparedRequest | undefined;
  request?: RedactedRequest | undefined;
  pending?: string | undefined;
}

/**
 * Prints the requests a dry run found, redacted, as JSON (the caller's `json` value) or curl commands or text; the
 * warnings go to stderr (in JSON they are part of `json`). Never sends anything.
 */
export function printDryRun(
  items: readonly DryRunItem[],
  warnings: readonly string[],
  mode: { curl: boolean; json: unknown },
  io: CliIO,
): void {
  const paint = painter(io, 'stderr');
  if (mode.json !== undefined) io.stdout.write(`${toJson(mode.json)}\n`);
  else {
    const many = items.length > 1;
    for (const item of items) {
      if (many) io.stdout.write(`# ${item.title}\n`);
      if (!item.prepared) io.stdout.write(`# not prepared yet: ${item.pending ?? 'unknown'}\n`);
      else if (mode.curl) io.stdout.write(`${toCurl(item.prepared)}\n`);
      else io.stdout.write(`${toJson(item.request)}\n`);
      if (many) io.stdout.write('\n');
    }
  }
  for (const warning of warnings) io.stderr.write(`${paint('yellow', 'warning:')} ${warning}\n`);
  io.stderr.write(`${paint('gray', 'Dry run: nothing was sent.')}\n`);
}
