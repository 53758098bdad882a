import { type Connector, connectionSecrets } from '@convoflow/core';
import type { Flags } from '../command-line.js';
import { EXIT } from '../exit-codes.js';
import { CliError, type CliIO, painter, toJson } from '../io.js';
import { connectionLines, connectionParameters } from './connection-info.js';

/**
 * Every secret of a connector with how to get it (both secrets of a Basic scheme, and the secrets of connection
 * parameters that no scheme names).
 */
function connectorSecrets(connector: Connector) {
  const secrets: {
    name: string;
    description: string;
    scheme?: string;
    connection?: string;
    setupUrl?: string;
  }[] = authSecrets(connector);
  const properties = ((connector.connection as { properties?: Record<string, { description?: string }> })
    ?.properties ?? {}) as Record<string, { description?: string }>;
  for (const [parameter, name] of Object.entries(connectionSecrets(connector.connection))) {
    if (!secrets.some((secret) => secret.name === name))
      secrets.push({ name, connection: parameter, description: properties[parameter]?.description ?? '' });
  }
  return secrets;
}

/** The secrets of the connector's auth schemes. */
function authSecrets(connector: Connector) {
  return Object.entries(connector.auth).flatMap(([scheme, spec]) => [
    ...(spec.type === 'basic'
      ? [{ name: spec.usernameSecret, scheme, description: spec.usernameDescription ?? spec.description }]
      : []),
    {
      name: spec.secret,
      scheme,
      description: spec.type === 'basic' ? (spec.passwordDescription ?? spec.description) : spec.description,
      ...(spec.setupUrl ? { setupUrl: spec.setupUrl } : {}),
    },
  ]);
}

/** `convoflow describe <connector> [--json]`: hosts, secrets, connection parameters and operations. */
export function describeConnector(
  id: string,
  connectors: Readonly<Record<string, Connector>>,
  flags: Flags,
  io: CliIO,
): number {
  const connector = Object.hasOwn(connectors, id) ? connectors[id] : undefined;
  if (!connector)
    throw new CliError(
      `no installed connector "${id}"`,
      `Installed: ${Object.keys(connectors).join(', ') || 'none'}. Run \`convoflow connectors\`.`,
    );
  const connection = connectionParameters(connector);
  const secrets = connectorSecrets(connector);
  const operations = Object.values(connector.operations).map((operation) => ({
    id: operation.id,
    title: operation.title,
    method: operation.method,
    path: operation.path,
    ...(operation.pagination ? { paginated: true } : {}),
  }));
  if (flags.json) {
    io.stdout.write(
      `${toJson({
        connector: connector.id,
        package: connector.packageName,
        title: connector.title,
        description: connector.description,
        docsUrl: connector.docsUrl,
        ...(connector.baseUrl ? { baseUrl: connector.baseUrl } : {}),
        allowedHosts: connector.allowedHosts,
        secrets,
        connection,
        operations,
      })}\n`,
    );
    return EXIT.ok;
  }
  const paint = painter(io);
  io.stdout.write(
    `${paint('bold', connector.id)} — ${connector.title}\n${connector.description}\n${connector.docsUrl}\n` +
      `${connector.baseUrl ? `Base URL: ${connector.baseUrl}\n` : ''}Allowed hosts: ${connector.allowedHosts.join(', ')}\n` +
      `\nSecrets:\n${secrets.map((secret) => `  ${secret.name}  ${secret.description}${secret.setupUrl ? ` (${secret.setupUrl})` : ''}\n`).join('')}`,
  );
  io.stdout.write(connectionLines(connection, paint) || '\nConnection parameters: none\n');
  io.stdout.write(
    `\nOperations:\n${operations
      .map(
        (operation) =>
          `  ${operation.id}  ${paint('gray', `${operation.method} ${operation.path}`)}  ${operation.title}${operation.paginated ? paint('cyan', '  (paginated: call --all)') : ''}\n`,
      )
      .join('')}\nMore: convoflow describe ${connector.id}.<operation>\n`,
  );
  return EXIT.ok;
}
