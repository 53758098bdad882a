import type { ConnectionValues, Connector, CustomApiNodeConfig } from '@convoflow/core';
import { jsonShapeProblem } from '@convoflow/workflow';
import type { Flags } from '../command-line.js';
import { dryRunOne } from '../dry-run-one.js';
import { openEnvironment } from '../environment.js';
import { EXIT } from '../exit-codes.js';
import { CliError, type CliIO } from '../io.js';
import { parseJson, readInputOption } from '../read-input.js';
import { printResult } from '../send-result.js';
import { nodeTrace } from '../trace.js';
import { callAll, maxPagesOf, requirePagination } from './call-all.js';

/** The connector and operation a `<connector>.<operation>` names, or a usage error listing what there is. */
export function findOperation(
  name: string,
  connectors: Readonly<Record<string, Connector>>,
): { connector: Connector; operation: string } {
  const [id = '', operation = ''] = name.split('.');
  const connector = Object.hasOwn(connectors, id) ? connectors[id] : undefined;
  if (!connector) {
    throw new CliError(
      `no installed connector "${id}"`,
      `Installed: ${Object.keys(connectors).join(', ') || 'none'}. Run \`convoflow connectors\`.`,
    );
  }
  if (!Object.hasOwn(connector.operations, operation)) {
    throw new CliError(
      `${id} has no operation "${operation}"`,
      `Operations: ${Object.keys(connector.operations).join(', ')}.`,
    );
  }
  return { connector, operation };
}

/** A JSON value the CLI read, refused (exit 2) when it is too deep to check safely. */
export function checkShape(value: unknown, source: string): void {
  const problem = jsonShapeProblem(value);
  if (problem) throw new CliError(`${source} ${problem.message}`, undefined, EXIT.refused, 'input');
}

/** `--connection '{…}'`: the connection parameters, an object of strings, numbers and booleans (exit 2 otherwise). */
function connectionOption(flags: Flags): ConnectionValues | undefined {
  if (typeof flags.connection !== 'string') return undefined;
  const value = parseJson(flags.connection, '--connection');
  const plain = (item: unknown) => ['string', 'number', 'boolean'].includes(typeof item);
  if (
    value === null ||
    typeof value !== 'object' ||
    Array.isArray(value) ||
    !Object.values(value).every(plain)
  )
    throw new CliError(
      '--connection must be a JSON object of strings, numbers and booleans',
      undefined,
      EXIT.refused,
      'input',
    );
  return value as ConnectionValues;
}

function presetOrRefuse(
  connector: Connector,
  operation: string,
  input: unknown,
  baseUrl: string | undefined,
  connection: ConnectionValues | undefined,
): CustomApiNodeConfig {
  try {
    return connector.preset(operation as never, input as never, {
      ...(baseUrl ? { baseUrl } : {}),
      ...(connection ? { connection } : {}),
    });
  } catch (error) {
    // A template helper may refuse a value with a plain error: still the input's fault, exit 2.
    const issues = (error as { issues?: Array<{ pointer: string; message: string }> }).issues ?? [
      { pointer: '/', message: (error as Error).message ?? String(error) },
    ];
    const name = `${connector.id}.${operation}`;
    throw new CliError(
      `invalid input for ${name}`,
      `See \`convoflow describe ${name}\`.`,
      EXIT.refused,
      'input',
      issues,
    );
  }
}

/** What a dry run shows for an idempotency key that core makes when the call is sent. */
const KEY_MADE_WHEN_SENT = '<made when sent; the same on every retry>';

/**
 * `convoflow call <connector>.<operation> --input … [--base-url] [--all [--max-pages N]] [--dry-run] [--curl] [--json]
 * [--sandbox]`; with --all a dry run shows the first page's request.
 */
export async function callCommand(
  name: string,
  flags: Flags,
  connectors: Readonly<Record<string, Connector>>,
  io: CliIO,
): Promise<number> {
  const { connector, operation } = findOperation(name, connectors);
  const input = (await readInputOption(flags.input as string | undefined, io)) ?? {};
  checkShape(input, '--input');
  const label = `${connector.id}.${operation}`;
  const maxPages = maxPagesOf(flags);
  const connection = connectionOption(flags);
  if (flags.all) requirePagination(connector, operation);
  const environment = await openEnvironment(flags, [connector], connectors, io);
  try {
    const baseUrl = (flags['base-url'] as string | undefined) ?? environment.baseUrls[connector.id];
    const config = presetOrRefuse(connector, operation, input, baseUrl, connection);
    if (flags['dry-run'] || flags.curl) {
      const idempotency = connector.idempotency;
      return await dryRunOne(config, label, environment, flags, io, (prepared) =>
        idempotency?.methods.includes(prepared.method)
          ? prepared.with({
              headers: {
                ...prepared.headers,
                [(idempotency.header ?? 'idempotency-key').toLowerCase()]: KEY_MADE_WHEN_SENT,
              },
            })
          : prepared,
      );
    }
    if (flags.all) {
      const options = {
        secrets: environment.secrets,
        ...environment.send,
        ...(baseUrl ? { baseUrl } : {}),
        ...(connection ? { connection } : {}),
      };
      return await callAll(
        connector,
        operation,
        input,
        { ...options, ...(maxPages ? { maxPages } : {}) },
        flags,
        io,
      );
    }
    const trace = flags.json ? undefined : nodeTrace(io, { verbose: flags.verbose === true, indent: 0 });
    try {
      const result = await connector.run(operation as never, input as never, {
        secrets: environment.secrets,
        ...environment.send,
        ...(baseUrl ? { baseUrl } : {}),
        ...(connection ? { connection } : {}),
        ...(trace ? { onEvent: (event) => trace.onEvent(event, label) } : {}),
      });
      trace?.wait.stop();
      return printResult(result, label, flags, [connector], io);
    } finally {
      trace?.wait.stop();
    }
  } finally {
    await environment.close();
  }
}
