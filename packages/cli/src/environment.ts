import type { Connector, SecretProvider } from '@convoflow/core';
import { startSandbox } from '@convoflow/sandbox';
import type { Flags } from './command-line.js';
import type { CliIO } from './io.js';
import { type SendSettings, sendSettings } from './network-options.js';
import { type SandboxRoute, sandboxRoutes } from './sandbox-routes.js';
import { sandboxTransport } from './sandbox-transport.js';
import { cliSecrets, readSecretsFile } from './secrets.js';

/** Where a command sends requests and where its secrets come from: the real services, or the embedded sandbox. */
export interface Environment {
  secrets: SecretProvider;
  /** Base URL overrides by connector id (the sandbox's servers). */
  baseUrls: Record<string, string>;
  /** Hosts that may receive secrets besides the connectors' own (the sandbox's). */
  allowHosts: string[];
  /** With --sandbox: each real base URL the connectors use and the sandbox URL that stands in for it. */
  routes: SandboxRoute[] | undefined;
  /**
   * Options for every call sent: the private-network guard and a proxy's transport (see network-options.ts). With
   * --sandbox, only the transport that keeps every request on the sandbox (see sandbox-transport.ts): the embedded
   * sandbox is on loopback and exempt from the guard, and no proxy stands in between.
   */
  send: SendSettings;
  close(): Promise<void>;
}

/**
 * With `--sandbox`: starts the local sandbox in-process; every connector's base URL and host points at it and its
 * dummy secrets are used, so nothing needs an account or the network. Without: the environment (and
 * --secrets-file), allowed only for the connectors' secrets and the names given with --allow-secret.
 */
export async function openEnvironment(
  flags: Flags,
  used: Iterable<Connector>,
  all: Readonly<Record<string, Connector>>,
  io: CliIO,
): Promise<Environment> {
  if (flags.sandbox) {
    const sandbox = await startSandbox();
    const routes = sandboxRoutes(Object.values(all), sandbox.baseUrls);
    const transport = sandboxTransport(routes);
    return {
      secrets: sandbox.secrets,
      baseUrls: { ...sandbox.baseUrls },
      allowHosts: Object.values(sandbox.baseUrls).map((url) => new URL(url).origin),
      routes,
      send: { transport },
      close: async () => {
        await transport.close?.();
        await sandbox.close();
      },
    };
  }
  const network = sendSettings(flags, io.env);
  const file =
    typeof flags['secrets-file'] === 'string' ? await readSecretsFile(flags['secrets-file'], io.cwd) : {};
  const extra = Array.isArray(flags['allow-secret']) ? flags['allow-secret'] : [];
  return {
    secrets: cliSecrets(io.env, file, [...[...used].flatMap((connector) => connector.secrets), ...extra]),
    baseUrls: {},
    allowHosts: [],
    routes: undefined,
    send: network.settings,
    close: network.close,
  };
}
