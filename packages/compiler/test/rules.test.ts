/**
 * The connector rules one by one, on connectors built in memory: each case changes one thing from a valid
 * connector, so a rule that stops checking (or checks too much) fails here, not somewhere downstream.
 */
import { describe, expect, it } from 'vitest';
import type { LoadedConnector, LoadedOperation } from '../src/load-connector.js';
import {
  authSchemesExist,
  idMatchesFolder,
  propertiesHaveDescriptions,
  requestShapes,
  runRules,
  uniqueOperationIds,
} from '../src/rules.js';

function operation(stem: string, id: string, fields: Partial<LoadedOperation> = {}): LoadedOperation {
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

function connector(fields: Partial<LoadedConnector> = {}): LoadedConnector {
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

const withOperation = (fields: Partial<LoadedOperation>) =>
  connector({ operations: [operation('create-item', 'createItem', fields)] });

describe('connector rules', () => {
  it('accepts a valid connector with no errors and no warnings', () => {
    expect(runRules(connector())).toEqual({ errors: [], warnings: [] });
  });

  it('requires the manifest id and the package name to follow the folder name', () => {
    expect(idMatchesFolder(connector({ manifest: { id: 'acme-widgets' } })).errors).toEqual([
      {
        file: 'connectors/acme/connector.json',
        pointer: '/id',
        message: 'is "acme-widgets" but the folder is "acme"; they must be equal',
      },
    ]);
    expect(idMatchesFolder(connector({ packageJson: { name: '@convoflow/acme' } })).errors).toEqual([
      {
        file: 'connectors/acme/package.json',
        pointer: '/name',
        message: 'must be "@convoflow/connector-acme"',
      },
    ]);
    expect(idMatchesFolder(connector({ packageJson: undefined, manifest: {} })).errors).toEqual([]);
  });

  it('refuses operation ids that differ only in case, and a connector without operations', () => {
    const twins = connector({
      operations: [operation('get-item', 'getItem'), operation('get-Item', 'GetItem')],
    });
    expect(uniqueOperationIds(twins).errors).toEqual([
      {
        file: 'connectors/acme/operations/get-Item.operation.json',
        message: 'operation id GetItem is already used by connectors/acme/operations/get-item.operation.json',
      },
    ]);
    expect(uniqueOperationIds(connector({ operations: [] })).errors).toEqual([
      { file: 'connectors/acme/connector.json', message: 'the connector has no operations' },
    ]);
  });

  it('finds a missing or blank description at any depth, with an escaped JSON pointer', () => {
    const input = {
      type: 'object',
      properties: {
        'a/b~c': { type: 'string' },
        blank: { type: 'string', description: '  ' },
        list: { type: 'array', description: 'A list.', items: { properties: { x: { type: 'string' } } } },
        map: { type: 'object', description: 'A map.', additionalProperties: { properties: { y: {} } } },
        either: { description: 'One of two.', anyOf: [{ properties: { z: {} } }] },
      },
      $defs: { thing: { properties: { w: {} } } },
      definitions: { other: { properties: { v: {} } } },
    };
    const pointers = propertiesHaveDescriptions(withOperation({ input })).errors.map(
      (error) => error.pointer,
    );
    expect(pointers).toEqual([
      '/properties/a~1b~0c',
      '/properties/blank',
      '/properties/list/items/properties/x',
      '/properties/map/additionalProperties/properties/y',
      '/properties/either/anyOf/0/properties/z',
      '/definitions/other/properties/v',
    ]);
    expect(
      propertiesHaveDescriptions(withOperation({ input: { type: 'object', $defs: input.$defs } })).errors,
    ).toEqual([
      {
        file: 'connectors/acme/operations/create-item.schema.json',
        pointer: '/$defs/thing/properties/w',
        message: 'needs a description',
      },
    ]);
  });

  it('walks oneOf and allOf branches too, and requires an object schema as input', () => {
    const input = { type: 'string', oneOf: [{ properties: { a: {} } }], allOf: [{ properties: { b: {} } }] };
    expect(propertiesHaveDescriptions(withOperation({ input })).errors).toEqual([
      {
        file: 'connectors/acme/operations/create-item.schema.json',
        pointer: '/type',
        message: 'an operation input must be an object schema ("type": "object")',
      },
      {
        file: 'connectors/acme/operations/create-item.schema.json',
        pointer: '/oneOf/0/properties/a',
        message: 'needs a description',
      },
      {
        file: 'connectors/acme/operations/create-item.schema.json',
        pointer: '/allOf/0/properties/b',
        message: 'needs a description',
      },
    ]);
  });

  it('requires an operation to name its auth scheme only when there are several, and a scheme that exists', () => {
    const two = { id: 'acme', baseUrl: 'https://api.acme.test', auth: { key: {}, oauth: {} } };
    expect(authSchemesExist(connector({ manifest: two })).errors).toEqual([
      {
        file: 'connectors/acme/operations/create-item.operation.json',
        pointer: '/auth',
        message: 'is required: the connector has several auth schemes (key, oauth)',
      },
    ]);
    expect(authSchemesExist(connector()).errors).toEqual([]);
    expect(
      authSchemesExist(withOperation({ operation: { method: 'POST', path: '/x', auth: 'token' } })).errors,
    ).toEqual([
      {
        file: 'connectors/acme/operations/create-item.operation.json',
        pointer: '/auth',
        message: 'names "token", which is not in connector.json\'s auth (key)',
      },
    ]);
  });
});

describe('request shapes', () => {
  const bodyError = (method: string) => ({
    file: 'connectors/acme/operations/create-item.operation.json',
    pointer: '/body',
    message: `a ${method} request has no body`,
  });

  it('refuses a body or a body template on GET and on HEAD, and allows one on every other method', () => {
    for (const method of ['GET', 'HEAD']) {
      expect(requestShapes(withOperation({ operation: { method, path: '/x', body: {} } })).errors).toEqual([
        bodyError(method),
      ]);
      expect(
        requestShapes(withOperation({ operation: { method, path: '/x', bodyTemplate: 'b.hbs' } })).errors,
      ).toEqual([bodyError(method)]);
      expect(requestShapes(withOperation({ operation: { method, path: '/x' } })).errors).toEqual([]);
    }
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'])
      expect(requestShapes(withOperation({ operation: { method, path: '/x', body: {} } })).errors).toEqual(
        [],
      );
  });

  it('refuses body and bodyTemplate together', () => {
    const both = { method: 'POST', path: '/x', body: {}, bodyTemplate: 'b.hbs' };
    expect(requestShapes(withOperation({ operation: both })).errors).toEqual([
      {
        file: 'connectors/acme/operations/create-item.operation.json',
        pointer: '/bodyTemplate',
        message: 'cannot be used together with body',
      },
    ]);
  });

  it('requires a baseUrl unless the operation authenticates with a URL secret', () => {
    const noBase = (auth: Record<string, unknown>, operationAuth?: string) =>
      requestShapes(
        connector({
          manifest: { id: 'acme', auth },
          operations: [
            operation('create-item', 'createItem', {
              operation: operationAuth
                ? { method: 'POST', path: '/x', auth: operationAuth }
                : { method: 'POST' },
            }),
          ],
        }),
      ).errors;
    expect(noBase({ hook: { type: 'url' } })).toEqual([]);
    expect(noBase({ key: { type: 'bearer' }, hook: { type: 'url' } }, 'hook')).toEqual([]);
    const missing = [
      {
        file: 'connectors/acme/connector.json',
        pointer: '/baseUrl',
        message: 'is required: createItem does not use a URL secret',
      },
    ];
    expect(noBase({ key: { type: 'bearer' }, hook: { type: 'url' } })).toEqual(missing);
    expect(noBase({})).toEqual(missing);
  });
});

describe('runRules', () => {
  it('collects the errors of every rule, in rule order', () => {
    const broken = connector({
      manifest: { id: 'other', auth: { key: { type: 'bearer' } } },
      operations: [operation('get-item', 'getItem', { operation: { method: 'GET', body: {} }, input: {} })],
    });
    expect(runRules(broken).errors.map((error) => error.pointer ?? error.message)).toEqual([
      '/id',
      '/type',
      '/baseUrl',
      '/body',
    ]);
  });
});
