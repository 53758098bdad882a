import type { Connector } from '@convoflow/core';
import { CliError, type CliIO, painter } from '../io.js';

type Schema = {
  type?: unknown;
  description?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  enum?: unknown[];
  items?: Schema;
};

function typeOf(schema: Schema): string {
  if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(' | ');
  const type = ([] as unknown[]).concat(schema.type ?? 'any').join(' | ');
  return type === 'array' && schema.items ? `${typeOf(schema.items)}[]` : type;
}

/** A minimal example input: the required fields, with a value of the right type. */
function example(schema: Schema): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of schema.required ?? []) {
    const property = schema.properties?.[name] ?? {};
    const type = ([] as unknown[]).concat(property.type ?? 'string')[0];
    out[name] =
      property.enum?.[0] ??
      (type === 'integer' || type === 'number'
        ? 1
        : type === 'boolean'
          ? true
          : type === 'array'
            ? []
            : type === 'object'
              ? example(property)
              : `<${name}>`);
  }
  return out;
}

/** `convoflow connectors`: installed connectors and their operations. */
export function connectorsCommand(connectors: Record<string, Connector>, io: CliIO): number {
  const paint = painter(io);
  const ids = Object.keys(connectors).sort();
  if (ids.length === 0) {
    io.stdout.write('No connectors installed. Install one, e.g. npm install @convoflow/connector-stripe\n');
    return 0;
  }
  for (const id of ids) {
    const connector = connectors[id] as Connector;
    io.stdout.write(
      `${paint('bold', id)}  ${connector.title} — ${connector.packageName}  (secrets: ${connector.secrets.join(', ')})\n`,
    );
    for (const info of Object.values(connector.operations))
      io.stdout.write(`  ${id}.${info.id}  ${paint('gray', `${info.method}  ${info.title}`)}\n`);
  }
  return 0;
}

/** `convoflow describe <connector>.<operation>`: input fields, required secrets, an example. */
export function describeCommand(name: string, connectors: Record<string, Connector>, io: CliIO): number {
  const [id = '', operationId = ''] = name.split('.');
  const connector = connectors[id];
  const info =
    connector && Object.hasOwn(connector.operations, operationId)
      ? connector.operations[operationId as keyof typeof connector.operations]
      : undefined;
  if (!connector || !info)
    throw new CliError(`unknown operation ${name}`, 'Run `convoflow connectors` to list them.');
  const paint = painter(io);
  const schema = info.inputSchema as Schema;
  const required = new Set(schema.required ?? []);
  io.stdout.write(
    `${paint('bold', `${id}.${info.id}`)} — ${info.title}\n${info.description}\n${info.method}${info.docsUrl ? `  ${info.docsUrl}` : ''}\n\nInput:\n`,
  );
  for (const [field, property] of Object.entries(schema.properties ?? {})) {
    io.stdout.write(
      `  ${field}${required.has(field) ? paint('red', '*') : ''}  ${paint('cyan', typeOf(property))}  ${property.description ?? ''}\n`,
    );
  }
  io.stdout.write('\nSecrets:\n');
  for (const secret of info.secrets) {
    const scheme = Object.values(connector.auth).find(
      (item) => item.secret === secret || (item.type === 'basic' && item.usernameSecret === secret),
    );
    io.stdout.write(
      `  ${secret}  ${scheme?.description ?? ''}${scheme?.setupUrl ? ` (${scheme.setupUrl})` : ''}\n`,
    );
  }
  io.stdout.write(
    `\nExample:\n  convoflow call ${id}.${info.id} --input '${JSON.stringify(example(schema))}' --dry-run\n`,
  );
  return 0;
}
