import { type CustomApiNodeConfig, type PreparedRequest, toCurl } from '@convoflow/core';
import { planRequest } from '@convoflow/workflow';
import type { Flags } from './command-line.js';
import type { Environment } from './environment.js';
import { EXIT } from './exit-codes.js';
import { CliError, type CliIO } from './io.js';
import { printDryRun } from './print-requests.js';

/**
 * The dry run of `call` and `request`: the request as it would be sent (every secret as `<NAME>`, missing ones
 * listed as warnings), as JSON, curl or text. Refused (exit 2) when it could not be sent. Sends nothing.
 */
export async function dryRunOne(
  config: CustomApiNodeConfig,
  title: string,
  environment: Environment,
  flags: Flags,
  io: CliIO,
  finish: (prepared: PreparedRequest) => PreparedRequest = (prepared) => prepared,
): Promise<number> {
  const planned = await planRequest(config, {
    secrets: environment.secrets,
    allowHosts: environment.allowHosts,
  });
  if (planned.issues.length > 0 || !planned.prepared)
    throw new CliError(`${title} cannot be sent`, undefined, EXIT.refused, 'config', planned.issues);
  const prepared = finish(planned.prepared);
  const request = prepared.toJSON();
  const json = flags.json ? (flags.curl ? { request, curl: toCurl(prepared) } : request) : undefined;
  printDryRun(
    [{ title, prepared, request }],
    planned.secrets.map((finding) => finding.message),
    { curl: flags.curl === true, json },
    io,
  );
  return EXIT.ok;
}
