import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { type Connector, SecretDeniedError, type SecretLookup } from '@convoflow/core';
import { CliError } from './io.js';

/** Reads a --secrets-file (KEY=value lines) without touching process.env. */
export async function readSecretsFile(path: string, cwd: string): Promise<Record<string, string>> {
  try {
    return parseEnv(await readFile(resolve(cwd, path), 'utf8')) as Record<string, string>;
  } catch {
    throw new CliError(
      `cannot read the secrets file ${path}`,
      'Check the path (relative to the current folder).',
    );
  }
}

/**
 * The environment (plus a --secrets-file, which wins) as a secret provider, limited to the secrets of the
 * connectors in use and the names given with --allow-secret; a refusal says which flag lets the name through.
 */
export function cliSecrets(
  env: Readonly<Record<string, string | undefined>>,
  file: Record<string, string>,
  allow: Iterable<string>,
): SecretLookup {
  const allowed = new Set(allow);
  return (name) => {
    if (!allowed.has(name))
      throw new SecretDeniedError(
        name,
        `pass --allow-secret ${name} to let this config read it from the environment`,
      );
    const value = Object.hasOwn(file, name) ? file[name] : env[name];
    return value === '' ? undefined : value;
  };
}

/** A hint that names the missing secret and where its connector's README says to get it. */
export function secretHint(message: string, connectors: Iterable<Connector>): string | undefined {
  if (!/is not set/.test(message)) return undefined;
  for (const connector of connectors) {
    for (const scheme of Object.values(connector.auth)) {
      const names = scheme.type === 'basic' ? [scheme.usernameSecret, scheme.secret] : [scheme.secret];
      const name = names.find((candidate) => message.includes(`secret ${candidate} is not set`));
      if (name) {
        return `Set ${name} in the environment or a --secrets-file. ${scheme.description}${scheme.setupUrl ? ` (${scheme.setupUrl})` : ''} See the ${connector.packageName} README.`;
      }
    }
  }
  return undefined;
}
