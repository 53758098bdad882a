import { type Connector, type CustomApiNodeConfig, executeNode } from '@convoflow/core';
import type { Flags } from '../command-line.js';
import { dryRunOne } from '../dry-run-one.js';
import { openEnvironment } from '../environment.js';
import { EXIT } from '../exit-codes.js';
import { CliError, type CliIO } from '../io.js';
import { readJsonFile } from '../read-input.js';
import { routeUrl } from '../sandbox-routes.js';
import { printResult } from '../send-result.js';
import { nodeTrace } from '../trace.js';
import { checkShape } from './call.js';

/** `convoflow request <node.json> [--dry-run] [--curl] [--json] [--sandbox] [--allow-secret NAME]` */
export async function requestCommand(
  file: string,
  flags: Flags,
  connectors: Readonly<Record<string, Connector>>,
  io: CliIO,
): Promise<number> {
  const loaded = await readJsonFile(file, io);
  if (loaded === null || typeof loaded !== 'object' || Array.isArray(loaded))
    throw new CliError(
      `${file} is not a Custom API node config: it must be a JSON object`,
      'See the product docs, "Connect External Services".',
      EXIT.refused,
      'config',
    );
  checkShape(loaded, file);
  const environment = await openEnvironment(flags, [], connectors, io);
  try {
    let config = loaded as CustomApiNodeConfig;
    if (environment.routes) config = { ...config, url: routeUrl(config.url, environment.routes) as string };
    if (flags['dry-run'] || flags.curl) return await dryRunOne(config, file, environment, flags, io);
    const trace = flags.json ? undefined : nodeTrace(io, { verbose: flags.verbose === true, indent: 0 });
    try {
      const result = await executeNode(config, {
        secrets: environment.secrets,
        allowHosts: environment.allowHosts,
        ...environment.send,
        ...(trace ? { onEvent: (event) => trace.onEvent(event, 'request') } : {}),
      });
      return printResult(result, 'custom API', flags, Object.values(connectors), io);
    } finally {
      trace?.wait.stop();
    }
  } finally {
    await environment.close();
  }
}
