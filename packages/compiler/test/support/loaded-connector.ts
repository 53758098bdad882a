/** Connectors built in memory for rule tests: valid as they are, each test changes one thing. */
import type { LoadedConnector, LoadedOperation } from '../../src/load-connector.js';

export function operation(stem: string, id: string, fields: Partial<LoadedOperation> = {}): LoadedOperation {
  return {
    stem,
    id,
    inputType: 'Input',
    operationFile: `connectors/acme/operations/${stem}.operation.json`,
    operation: { method: 'POST', path: '/items' },
    inputFile: `connectors/acme/operations/${stem}.schema.json`,
    input: { type: 'object', properties: { name: { type: 'string', description: 'The name.' } } },
    ...fields,
  };
}

export function connector(fields: Partial<LoadedConnector> = {}): LoadedConnector {
  return {
    folder: 'acme',
    dir: '/repo/connectors/acme',
    manifestFile: 'connectors/acme/connector.json',
    manifest: { id: 'acme', baseUrl: 'https://api.acme.test', auth: { key: { type: 'bearer' } } },
    packageJson: { name: '@convoflow/connector-acme' },
    operations: [operation('create-item', 'createItem')],
    ...fields,
  };
}

export const withOperation = (fields: Partial<LoadedOperation>) =>
  connector({ operations: [operation('create-item', 'createItem', fields)] });
