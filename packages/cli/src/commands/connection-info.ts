import type { Connector } from '@convoflow/core';
import { type Schema, typeOf } from './example-input.js';

/** One connection parameter as `describe` shows it. */
export interface ConnectionParameterInfo {
  name: string;
  /** The schema's type, as the input fields show it (`string`, `"eu1" | "us1"`, …). */
  type: string;
  required: boolean;
  /**
   * Always false: connection parameters go into URLs (shown in dry runs, traces and journals); a credential
   * belongs in the connector's `auth` as a secret.
   */
  secret: false;
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
  return Object.entries(schema?.properties ?? {}).map(([name, property]) => ({
    name,
    type: typeOf(property),
    required: required.has(name),
    secret: false,
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
      `  ${parameter.name}${parameter.required ? paint('red', '*') : ''}  ${paint('cyan', parameter.type)}  not secret  ${parameter.description}\n` +
      `    ${paint('gray', `used in: ${parameter.usedIn.join(', ') || 'nothing yet'}`)}\n`,
  );
  return `\nConnection parameters (bound to the connection, not the call; not secret: they go into URLs):\n${lines.join('')}`;
}
