import type { Connector } from '@convoflow/core';
import type { Workflow } from '@convoflow/workflow';
import type { Flags } from '../command-line.js';
import { openEnvironment } from '../environment.js';
import { EXIT } from '../exit-codes.js';
import { CliError, type CliIO, painter } from '../io.js';
import { routeUrl } from '../sandbox-routes.js';
import { sensitiveKeys } from '../sensitive.js';
import { routeWorkflow } from './workflow-connectors.js';

/** The port of --port: 0 (any free port) to 65535. */
function portFlag(value: unknown): number {
  if (value === undefined) return 0;
  const port = Number(value);
  if (!/^\d+$/.test(String(value)) || port > 65535)
    throw new CliError(
      `--port must be a number from 0 to 65535, not "${String(value)}"`,
      '--port 0 picks a free port.',
    );
  return port;
}

/** Resolves when the process is asked to stop (Ctrl-C, SIGTERM). */
function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

/** The sandbox secrets that make a connector fetch OAuth tokens (see studioCommand). */
const OAUTH_GRANT_SECRETS = new Set([
  'GOOGLE_SERVICE_ACCOUNT_KEY',
  'GOOGLE_CLIENT_ID',
  'GOOGLE_CLIENT_SECRET',
  'GOOGLE_REFRESH_TOKEN',
]);

/**
 * `convoflow studio [--port N] [--sandbox]`: starts the studio on 127.0.0.1 with the embedded sandbox, prints its
 * URL (token included) and serves until stopped. Only this command loads @convoflow/studio.
 */
export async function studioCommand(
  flags: Flags,
  connectors: Readonly<Record<string, Connector>>,
  io: CliIO,
  stopped: Promise<void> = untilStopped(),
): Promise<number> {
  const port = portFlag(flags.port);
  const { startStudio } = await import('@convoflow/studio');
  const all = Object.values(connectors);
  const sandbox = await openEnvironment({ sandbox: true }, all, connectors, io);
  const real = flags.sandbox
    ? undefined
    : await openEnvironment({ ...flags, sandbox: false }, all, connectors, io);
  try {
    const routes = sandbox.routes ?? [];
    // The studio sends without the sandbox's transport, which alone moves Google's token endpoint onto the sandbox:
    // it gets no OAuth grant credentials, so Google Sheets uses its static sandbox token and nothing leaves 127.0.0.1.
    const sandboxSecrets = Object.fromEntries(
      Object.entries(sandbox.secrets as Record<string, string>).filter(
        ([name]) => !OAUTH_GRANT_SECRETS.has(name),
      ),
    );
    const studio = await startStudio({
      connectors,
      sandbox: {
        secrets: sandboxSecrets,
        secretNames: Object.keys(sandboxSecrets),
        baseUrls: sandbox.baseUrls,
        allowHosts: sandbox.allowHosts,
        routeUrl: (url) => routeUrl(url, routes),
        routeWorkflow: (workflow: Workflow) => routeWorkflow(workflow, routes),
      },
      ...(real
        ? {
            real: {
              secrets: real.secrets,
              secretNames: [
                ...new Set([
                  ...all.flatMap((connector) => connector.secrets),
                  ...(Array.isArray(flags['allow-secret']) ? flags['allow-secret'] : []),
                ]),
              ],
            },
          }
        : {}),
      sensitiveFields: sensitiveKeys(all),
      cwd: io.cwd,
      port,
    });
    const paint = painter(io);
    io.stdout.write(
      `ConvoFlow Studio${flags.sandbox ? ' (sandbox only)' : ''} is running. Open:\n\n  ${studio.url}\n\n${paint('gray', 'Only this machine can reach it, and only with the token in the URL. Ctrl-C stops it.')}\n`,
    );
    await stopped;
    await studio.close();
    return EXIT.ok;
  } finally {
    await sandbox.close();
    await real?.close();
  }
}
