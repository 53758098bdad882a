import {
  type Connector,
  type CustomApiNodeConfig,
  executeNode,
  type NodeResult,
  prepareRequest,
  redactRequest,
  type SecretProvider,
  toCurl,
} from '@convoflow/core';
import { type EnvironmentFlags, openEnvironment } from '../environment.js';
import { CliError, type CliIO, painter, toJson } from '../io.js';
import { readInputOption, readJsonFile } from '../read-input.js';
import { secretHint } from '../secrets.js';
import { describeStep } from '../trace.js';

export interface SendFlags extends EnvironmentFlags {
  input?: string;
  'base-url'?: string;
  'dry-run'?: boolean;
  curl?: boolean;
  json?: boolean;
}

function findOperation(
  name: string,
  connectors: Record<string, Connector>,
): { connector: Connector; operation: string } {
  const [id = '', operation = ''] = name.split('.');
  const connector = connectors[id];
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

/** Prints a prepared request (redacted) or the result of sending it. */
async function send(
  config: CustomApiNodeConfig,
  flags: SendFlags,
  io: CliIO,
  run: () => Promise<NodeResult>,
  connectors: Connector[],
  secrets: SecretProvider,
): Promise<number> {
  if (flags['dry-run'] || flags.curl) {
    const prepared = await prepareRequest(config, { secrets, missingSecrets: 'placeholder' });
    io.stdout.write(flags.curl ? `${toCurl(prepared)}\n` : `${toJson(redactRequest(prepared))}\n`);
    return 0;
  }
  const result = await run();
  if (flags.json) io.stdout.write(`${toJson(result)}\n`);
  else {
    const paint = painter(io);
    io.stdout.write(
      `${describeStep({ type: 'customApi', ok: result.ok, attempts: result.attempts, durationMs: result.durationMs, ...(result.status !== undefined ? { status: result.status } : {}), ...(result.requestId ? { requestId: result.requestId } : {}), ...(result.ok ? {} : { error: result.error }) }, paint)}\n`,
    );
    if (result.body !== undefined) io.stdout.write(`${toJson(result.body)}\n`);
  }
  if (!result.ok) {
    const hint = secretHint(result.error.message, connectors);
    if (hint) io.stderr.write(`hint: ${hint}\n`);
  }
  // Refused before sending (invalid config or input, a missing or denied secret): a usage error, like --dry-run's.
  if (
    !result.ok &&
    result.attempts === 0 &&
    (result.error.kind === 'config' || result.error.kind === 'input')
  )
    return 2;
  return result.ok ? 0 : 1;
}

/** `convoflow call <connector>.<operation> --input … [--base-url] [--dry-run] [--curl] [--json] [--sandbox]` */
export async function callCommand(
  name: string,
  flags: SendFlags,
  connectors: Record<string, Connector>,
  io: CliIO,
): Promise<number> {
  const { connector, operation } = findOperation(name, connectors);
  const input = (await readInputOption(flags.input, io.cwd)) ?? {};
  const environment = await openEnvironment(flags, [connector], io);
  try {
    const baseUrl = flags['base-url'] ?? environment.baseUrls[connector.id];
    let config: CustomApiNodeConfig;
    try {
      config = connector.preset(operation as never, input as never, baseUrl ? { baseUrl } : {});
    } catch (error) {
      const issues = (error as { issues?: Array<{ pointer: string; message: string }> }).issues;
      if (!issues) throw error;
      throw new CliError(
        `invalid input for ${name}:\n${issues.map((issue) => `  ${issue.pointer}: ${issue.message}`).join('\n')}`,
        `See \`convoflow describe ${name}\`.`,
      );
    }
    return await send(
      config,
      flags,
      io,
      () =>
        connector.run(operation as never, input as never, {
          secrets: environment.secrets,
          ...(baseUrl ? { baseUrl } : {}),
        }),
      [connector],
      environment.secrets,
    );
  } finally {
    await environment.close();
  }
}

/** `convoflow request <node.json> [--dry-run] [--curl] [--json] [--sandbox] [--allow-secret NAME]` */
export async function requestCommand(
  file: string,
  flags: SendFlags,
  connectors: Record<string, Connector>,
  io: CliIO,
): Promise<number> {
  const config = (await readJsonFile(file, io.cwd)) as CustomApiNodeConfig;
  const environment = await openEnvironment(flags, [], io);
  try {
    return await send(
      config,
      flags,
      io,
      () => executeNode(config, { secrets: environment.secrets, allowHosts: environment.allowHosts }),
      Object.values(connectors),
      environment.secrets,
    );
  } finally {
    await environment.close();
  }
}
