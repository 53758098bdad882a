import { CONNECTION_SECRET_KEYWORD, connectionSecrets } from '@convoflow/core';
import type { CompileIssue } from './compile-issue.js';

type Schema = Record<string, unknown>;

/**
 * The connection schema callers' `options.connection` is checked against: the manifest's, without the parameters
 * whose value comes from a secret (`"x-secret": "NAME"`), which callers never pass.
 */
export function callerConnectionSchema(connection: Schema | undefined): Schema | undefined {
  if (!connection) return undefined;
  const secret = new Set(Object.keys(connectionSecrets(connection)));
  if (secret.size === 0) return connection;
  const properties = Object.fromEntries(
    Object.entries((connection.properties ?? {}) as Schema).filter(([name]) => !secret.has(name)),
  );
  const required = ((connection.required ?? []) as string[]).filter((name) => !secret.has(name));
  const { required: _required, ...rest } = connection;
  return { ...rest, properties, ...(required.length > 0 ? { required } : {}) };
}

/**
 * A parameter from a secret holds text (`"type": "string"`) and has no `default`: the secret is its only source.
 */
export function connectionSecretIssues(connection: Schema | undefined, file: string): CompileIssue[] {
  const issues: CompileIssue[] = [];
  const properties = (connection?.properties ?? {}) as Record<string, Schema>;
  for (const name of Object.keys(connectionSecrets(connection))) {
    const property = properties[name] ?? {};
    const pointer = `/connection/properties/${name}`;
    if (property.type !== 'string') {
      issues.push({
        file,
        pointer,
        message: `takes its value from the secret ${String(property[CONNECTION_SECRET_KEYWORD])}, so its "type" must be "string"`,
      });
    }
    if ('default' in property) {
      issues.push({
        file,
        pointer: `${pointer}/default`,
        message: `a parameter from a secret (${CONNECTION_SECRET_KEYWORD}) cannot have a default: the secret is its only source`,
      });
    }
  }
  return issues;
}
