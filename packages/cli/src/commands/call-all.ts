import {
  type ConnectionValues,
  type Connector,
  isConvoFlowError,
  maskSensitiveFields,
  type NodeFailure,
  type NodeSuccess,
  readBodyPath,
  type SecretProvider,
} from '@convoflow/core';
import type { Flags } from '../command-line.js';
import { EXIT } from '../exit-codes.js';
import { CliError, type CliIO, painter, toJson } from '../io.js';
import type { SendSettings } from '../network-options.js';
import { writeError } from '../report-error.js';
import { secretHint } from '../secrets.js';
import { exitCodeOf } from '../send-result.js';
import { sensitiveKeys } from '../sensitive.js';
import { describeStep, nodeTrace } from '../trace.js';

/** The most pages `--max-pages` may ask for (core's default, 100, applies without it). */
export const MAX_PAGES_LIMIT = 10_000;

/** `--max-pages N`: a whole number from 1 to {@link MAX_PAGES_LIMIT}, only with `--all`. */
export function maxPagesOf(flags: Flags): number | undefined {
  const raw = flags['max-pages'];
  if (raw === undefined) return undefined;
  if (!flags.all) throw new CliError('--max-pages needs --all', 'Add --all to follow the pages.');
  const value = Number(raw);
  if (!/^\d+$/.test(String(raw)) || value < 1 || value > MAX_PAGES_LIMIT)
    throw new CliError(
      `--max-pages must be a whole number from 1 to ${MAX_PAGES_LIMIT}, not "${String(raw)}"`,
    );
  return value;
}

/** Refuses `--all` on an operation that returns one page (exit 2). */
export function requirePagination(connector: Connector, operation: string): void {
  if (connector.operations[operation]?.pagination) return;
  const paged = Object.values(connector.operations)
    .filter((info) => info.pagination)
    .map((info) => info.id);
  throw new CliError(
    `--all: ${connector.id}.${operation} returns one page (its manifest declares no pagination)`,
    paged.length > 0
      ? `Operations of ${connector.id} that page: ${paged.join(', ')}.`
      : `No operation of ${connector.id} pages; drop --all.`,
  );
}

/** The failed result a paginator's error carries (core's request errors do; config and input errors do not). */
function failureOf(error: unknown): NodeFailure | undefined {
  return (error as { result?: NodeFailure }).result;
}

/**
 * `convoflow call <op> --all`: follows the pages and prints every item. With --json, one JSON item per line (JSON
 * lines); an error mid-stream is a last line `{"error": {…}}`. Without, a line per page and its items. Exit codes as
 * for one call: 1 when a page failed after sending, 2 when refused before anything was sent.
 */
export async function callAll(
  connector: Connector,
  operation: string,
  input: unknown,
  options: {
    secrets: SecretProvider;
    baseUrl?: string;
    connection?: ConnectionValues;
    maxPages?: number;
  } & SendSettings,
  flags: Flags,
  io: CliIO,
): Promise<number> {
  const label = `${connector.id}.${operation}`;
  const json = flags.json === true;
  const masked = sensitiveKeys([connector]);
  const paint = painter(io);
  const trace = json ? undefined : nodeTrace(io, { verbose: flags.verbose === true, indent: 0 });
  let pages = 0;
  let items = 0;
  try {
    const paginator = connector.paginate(operation as never, input as never, {
      secrets: options.secrets,
      ...(options.network ? { network: options.network } : {}),
      ...(options.transport ? { transport: options.transport } : {}),
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      ...(options.connection ? { connection: options.connection } : {}),
      ...(options.maxPages !== undefined ? { maxPages: options.maxPages } : {}),
      ...(trace ? { onEvent: (event) => trace.onEvent(event, `${label} page ${pages + 1}`) } : {}),
    });
    for await (const page of paginator as AsyncIterable<NodeSuccess>) {
      trace?.wait.stop();
      pages++;
      const list = pageItemsOf(connector, operation, page.body);
      if (!json) io.stdout.write(`${pageLine(page, `${label} page ${pages}`, list.length, paint)}\n`);
      for (const item of list) {
        const safe = maskSensitiveFields(item, masked);
        io.stdout.write(json ? `${JSON.stringify(safe)}\n` : `${toJson(safe)}\n`);
        items++;
      }
    }
    if (!json)
      io.stdout.write(
        `${paint('gray', `${items} item${items === 1 ? '' : 's'} from ${pages} page${pages === 1 ? '' : 's'}`)}\n`,
      );
    return EXIT.ok;
  } catch (error) {
    trace?.wait.stop();
    if (!isConvoFlowError(error)) throw error;
    const failure = failureOf(error);
    const code = failure
      ? exitCodeOf(failure)
      : error.code === 'config' || error.code === 'input'
        ? EXIT.refused
        : EXIT.failed;
    const message = failure?.error.message ?? error.message;
    const hint = secretHint(message, [connector]);
    const report = {
      kind: error.code,
      message:
        pages === 0 && code === EXIT.refused
          ? `${label} was refused before sending anything: ${message}`
          : message,
      ...(failure?.status !== undefined ? { status: failure.status } : {}),
      ...(failure?.requestId ? { requestId: failure.requestId } : {}),
      ...(failure?.error.code !== undefined ? { code: failure.error.code } : {}),
      ...(failure?.error.issues ? { issues: failure.error.issues } : {}),
      page: pages + 1,
      ...(hint ? { hint } : {}),
    };
    if (json) io.stdout.write(`${JSON.stringify({ error: report })}\n`);
    else {
      if (pages > 0)
        io.stdout.write(`${paint('gray', `${items} items from ${pages} pages before the error`)}\n`);
      writeError(io, false, { ...report, message: `page ${pages + 1}: ${report.message}` });
    }
    return code;
  } finally {
    trace?.wait.stop();
  }
}

/** One page's items, read where the manifest says (core has checked that they are an array). */
function pageItemsOf(connector: Connector, operation: string, body: unknown): unknown[] {
  const path = connector.operations[operation]?.pagination?.items;
  const value = path ? readBodyPath(body, path) : body;
  return Array.isArray(value) ? value : [];
}

function pageLine(
  page: NodeSuccess,
  label: string,
  count: number,
  paint: ReturnType<typeof painter>,
): string {
  const line = describeStep(
    {
      type: 'connector',
      operation: label,
      ok: true,
      attempts: page.attempts,
      durationMs: page.durationMs,
      status: page.status,
      ...(page.requestId ? { requestId: page.requestId } : {}),
    },
    paint,
  );
  return `${line}   ${count} item${count === 1 ? '' : 's'}`;
}
