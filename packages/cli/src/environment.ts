import type { Connector, SecretProvider } from '@convoflow/core';
import { startSandbox } from '@convoflow/sandbox';
import type { CliIO } from './io.js';
import { cliSecrets, readEnvFile } from './secrets.js';

/** Where a command sends requests and where its secrets come from: the real services, or the embedded sandbox. */
export interface Environment {
  secrets: SecretProvider;
  /** Base URL overrides by connector id (the sandbox's servers). */
  baseUrls: Record<string, string>;
  /** Hosts that may receive secrets besides the connectors' own (the sandbox's). */
  allowHosts: string[];
  sandbox: boolean;
  close(): Promise<void>;
}

/** The common flags of commands that send requests. */
export interface EnvironmentFlags {
  sandbox?: boolean;
  'env-file'?: string;
  'allow-secret'?: string[];
}

/**
 * With `--sandbox`: starts the local sandbox in-process; every connector's base URL points at it and its dummy
 * secrets are used, so nothing needs an account or the network. Without: the environment (and --env-file),
 * allowed only for the connectors' secrets and the names given with --allow-secret.
 */
export async function openEnvironment(
  flags: EnvironmentFlags,
  connectors: Iterable<Connector>,
  io: CliIO,
): Promise<Environment> {
  if (flags.sandbox) {
    const sandbox = await startSandbox();
    return {
      secrets: sandbox.secrets,
      baseUrls: { ...sandbox.baseUrls },
      allowHosts: Object.values(sandbox.baseUrls).map((url) => new URL(url).origin),
      sandbox: true,
      close: () => sandbox.close(),
    };
  }
  const envFile = flags['env-file'] ? await readEnvFile(flags['env-file'], io.cwd) : {};
  const allow = [
    ...new Set([
      ...[...connectors].flatMap((connector) => connector.secrets),
      ...(flags['allow-secret'] ?? []),
    ]),
  ];
  return {
    secrets: cliSecrets(io.env, envFile, allow),
    baseUrls: {},
    allowHosts: [],
    sandbox: false,
    close: async () => {},
  };
}
