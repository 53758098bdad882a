import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { type Connector, envSecrets, type SecretProvider } from '@convoflow/core';
import { CliError } from './io.js';

/** Reads an --env-file (KEY=value lines) without touching process.env. */
export async function readEnvFile(path: string, cwd: string): Promise<Record<string, string>> {
  try {
    return parseEnv(await readFile(resolve(cwd, path), 'utf8')) as Record<string, string>;
  } catch {
    throw new CliError(`cannot read the env file ${path}`);
  }
}

/**
 * The environment (plus an --env-file, which wins) as a secret provider, limited to the secrets of the connectors
 * in use and the names given with --allow-secret.
 */
export function cliSecrets(
  env: Readonly<Record<string, string | undefined>>,
  envFile: Record<string, string>,
  allow: Iterable<string>,
): SecretProvider {
  return envSecrets({ allow, env: { ...env, ...envFile } });
}

/** A hint that names the missing secret and where its connector's README says to get it. */
export function secretHint(message: string, connectors: Iterable<Connector>): string | undefined {
  for (const connector of connectors) {
    for (const scheme of Object.values(connector.auth)) {
      const names = scheme.type === 'basic' ? [scheme.usernameSecret, scheme.secret] : [scheme.secret];
      const name = names.find((candidate) => message.includes(candidate));
      if (name) {
        return `Set ${name} in the environment or an --env-file. ${scheme.description}${scheme.setupUrl ? ` (${scheme.setupUrl})` : ''} See the ${connector.packageName} README.`;
      }
    }
  }
  return undefined;
}
