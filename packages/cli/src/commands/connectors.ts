import type { Connector } from '@convoflow/core';
import type { Flags } from '../command-line.js';
import { connectorVersion } from '../discover.js';
import { EXIT } from '../exit-codes.js';
import { type CliIO, painter, toJson } from '../io.js';

/** What `connectors --json` prints for one connector. */
function summary(connector: Connector) {
  return {
    id: connector.id,
    title: connector.title,
    package: connector.packageName,
    version: connectorVersion(connector) ?? null,
    secrets: connector.secrets,
    operations: Object.values(connector.operations).map((info) => ({
      id: info.id,
      title: info.title,
      method: info.method,
      path: info.path,
    })),
  };
}

/** `convoflow connectors [--json]`: installed and workspace connectors and their operations. */
export function connectorsCommand(
  connectors: Readonly<Record<string, Connector>>,
  flags: Flags,
  io: CliIO,
): number {
  const list = Object.keys(connectors)
    .sort()
    .map((id) => connectors[id] as Connector);
  if (flags.json) {
    io.stdout.write(`${toJson(list.map(summary))}\n`);
    return EXIT.ok;
  }
  if (list.length === 0) {
    io.stdout.write('No connectors installed. Install one, e.g. npm install @convoflow/connector-stripe\n');
    return EXIT.ok;
  }
  const paint = painter(io);
  for (const connector of list) {
    io.stdout.write(
      `${paint('bold', connector.id)}  ${connector.title} — ${connector.packageName}  (secrets: ${connector.secrets.join(', ')})\n`,
    );
    for (const info of Object.values(connector.operations))
      io.stdout.write(`  ${connector.id}.${info.id}  ${paint('gray', `${info.method}  ${info.title}`)}\n`);
  }
  return EXIT.ok;
}
