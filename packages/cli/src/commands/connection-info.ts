import { type Connector, connectionSecrets } from '@convoflow/core';
import { type Schema, typeOf } from './example-input.js';

/** One connection parameter as `describe` shows it. */
export interface ConnectionParameterInfo {
  name: string;
  /** The schema's type, as the input fields show it (`string`, `"eu1" | "us1"`, …). */
  type: string;
  required: boolean;
  /**
   * Whether the value comes from a secret (`"x-secret"` in the manifest): then `secretName` names it, callers set
   * that secret instead of passing `--connection`, and the value is redacted wherever the URL is shown. Other
   * parameters are not secret: they go into URLs as they are (shown in dry runs, traces and journals).
   */
  secret: boolean;
  /** The secret that holds the value, when `secret` is true. */
  secretName?: string;
  description: string;
  /** Where the value goes: `baseUrl` and the ids of the operations whose path reads it. */
  usedIn: string[];
}

const reads = (template: string | undefined, name: string, braces: 'one' | 'two') =>
  template !== undefined &&
  (braces === 'two'
    ? new RegExp(`\\{\\{\\s*connection\\.${name}\\s*\\}\\}`).test(template)
    : template.includes(`{connection.${name}}`));

/** The connector's connection parameters (`options.connection`), in schema order; empty when it has none. */
export function connectionParameters(connector: Connector): ConnectionParameterInfo[] {
  const schema = connector.connection as Schema | undefined;
  const required = new Set(schema?.required ?? []);
  const fromSecrets = connectionSecrets(connector.connection);
  return Object.entries(schema?.properties ?? {}).map(([name, property]) => ({
    name,
    type: typeOf(property),
    required: required.has(name),
    secret: Object.hasOwn(fromSecrets, name),
    ...(Object.hasOwn(fromSecrets, name) ? { secretName: fromSecrets[name] as string } : {}),
    description: property.description ?? '',
    usedIn: [
      ...(reads(connector.baseUrl, name, 'two') ? ['baseUrl'] : []),
      ...Object.values(connector.operations)
        .filter((operation) => reads(operation.path, name, 'one'))
        .map((operation) => operation.id),
    ],
  }));
}

/** The text lines of a `Connection:` section (none when the connector has no parameters). */
export function connectionLines(
  parameters: readonly ConnectionParameterInfo[],
  paint: (style: 'red' | 'cyan' | 'gray', text: string) => string,
): string {
  if (parameters.length === 0) return '';
  const lines = parameters.map(
    (parameter) =>
      `  ${parameter.name}${parameter.required ? paint('red', '*') : ''}  ${paint('cyan', parameter.type)}  ${parameter.secretName ? `secret: from ${parameter.secretName}` : 'not secret'}  ${parameter.description}\n` +
      `    ${paint('gray', `used in: ${parameter.usedIn.join(', ') || 'nothing yet'}`)}\n`,
  );
  const heading = parameters.some((parameter) => parameter.secret)
    ? 'bound to the connection, not the call; a secret one is read from its secret and redacted, the others go into URLs as they are'
    : 'bound to the connection, not the call; not secret: they go into URLs';
  return `\nConnection parameters (${heading}):\n${lines.join('')}`;
}
