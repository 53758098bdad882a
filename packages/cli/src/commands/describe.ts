import { type Connector, type OperationInfo, schemeSecrets } from '@convoflow/core';
import type { Flags } from '../command-line.js';
import { EXIT } from '../exit-codes.js';
import { type CliIO, painter, toJson } from '../io.js';
import { findOperation } from './call.js';
import { connectionLines, connectionParameters } from './connection-info.js';
import { describeConnector } from './describe-connector.js';
import { exampleInput, type Schema, typeOf } from './example-input.js';

/**
 * `convoflow describe <connector>[.<operation>] [--json]`: an operation's input fields, required secrets, connection
 * parameters and an example; or, for a connector, its hosts, secrets, connection parameters and operations.
 */
export function describeCommand(
  name: string,
  connectors: Readonly<Record<string, Connector>>,
  flags: Flags,
  io: CliIO,
): number {
  if (!name.includes('.')) return describeConnector(name, connectors, flags, io);
  const { connector, operation } = findOperation(name, connectors);
  const connection = connectionParameters(connector);
  const info = connector.operations[operation as keyof typeof connector.operations] as OperationInfo;
  const schema = info.inputSchema as Schema;
  const example = exampleInput(schema);
  const secrets = info.secrets.map((secret) => {
    const scheme = Object.values(connector.auth).find((item) => schemeSecrets(item).includes(secret));
    const own =
      scheme?.type === 'oauth2'
        ? scheme.secretDescriptions?.[secret]
        : scheme?.type === 'basic'
          ? secret === scheme.usernameSecret
            ? scheme.usernameDescription
            : scheme.passwordDescription
          : undefined;
    const parameter = connection.find((item) => item.secretName === secret);
    return {
      name: secret,
      description: own ?? scheme?.description ?? parameter?.description ?? '',
      ...(scheme?.setupUrl ? { setupUrl: scheme.setupUrl } : {}),
    };
  });
  // With several credentials: which sets there are, in the order the first complete one is chosen.
  const credentials = info.credentials?.map((choice) => ({
    auth: choice.auth,
    secrets: [...choice.secrets],
  }));
  if (flags.json) {
    io.stdout.write(
      `${toJson({
        connector: connector.id,
        operation: info.id,
        title: info.title,
        description: info.description,
        method: info.method,
        path: info.path,
        ...(info.docsUrl ? { docsUrl: info.docsUrl } : {}),
        input: info.inputSchema,
        secrets,
        ...(credentials ? { credentials } : {}),
        ...(connection.length > 0 ? { connection } : {}),
        example,
      })}\n`,
    );
    return EXIT.ok;
  }
  const paint = painter(io);
  const required = new Set(schema.required ?? []);
  io.stdout.write(
    `${paint('bold', `${connector.id}.${info.id}`)} — ${info.title}\n${info.description}\n${info.method} ${info.path}${info.docsUrl ? `  ${info.docsUrl}` : ''}\n\nInput:\n`,
  );
  for (const [field, property] of Object.entries(schema.properties ?? {})) {
    io.stdout.write(
      `  ${field}${required.has(field) ? paint('red', '*') : ''}  ${paint('cyan', typeOf(property))}  ${property.description ?? ''}\n`,
    );
  }
  const alternatives = (schema.anyOf ?? []).flatMap((item) => item.required ?? []);
  if (alternatives.length > 0) io.stdout.write(`  (one of ${alternatives.join(', ')} is required)\n`);
  io.stdout.write('\nSecrets:\n');
  if (credentials) {
    io.stdout.write(
      '  One set of credentials is needed; the first set whose secrets are all set is used (a set with only some of\n  its secrets set is refused, naming the missing ones):\n',
    );
    for (const [index, choice] of credentials.entries())
      io.stdout.write(`  ${index + 1}. ${choice.auth}: ${choice.secrets.join(', ')}\n`);
    io.stdout.write('\n');
  }
  for (const secret of secrets)
    io.stdout.write(
      `  ${secret.name}  ${secret.description}${'setupUrl' in secret ? ` (${secret.setupUrl})` : ''}\n`,
    );
  io.stdout.write(connectionLines(connection, paint));
  io.stdout.write(
    `\nExample:\n  convoflow call ${connector.id}.${info.id} --input '${JSON.stringify(example).replace(/'/g, `'\\''`)}' --dry-run\n`,
  );
  return EXIT.ok;
}
