/**
 * Connector rules at their edges: odd folder names, null property schemas, several auth schemes, and the shapes
 * of a request (a GET or HEAD has no body).
 */
import { describe, expect, it } from 'vitest';
import {
  authSchemesExist,
  idMatchesFolder,
  propertiesHaveDescriptions,
  requestShapes,
} from '../src/rules.js';
import { connector, operation, withOperation } from './support/loaded-connector.js';

describe('rules at their edges', () => {
  it('puts package.json next to connector.json, whatever the folders above are called', () => {
    const odd = connector({
      manifestFile: 'tools/connector.json-kit/connectors/acme/connector.json',
      packageJson: { name: 'acme' },
    });
    expect(idMatchesFolder(odd).errors.map((error) => error.file)).toEqual([
      'tools/connector.json-kit/connectors/acme/package.json',
    ]);
  });

  it('reports a property schema that is null as undescribed, without stopping', () => {
    const input = { type: 'object', properties: { a: null, b: { type: 'string', description: 'B.' } } };
    expect(propertiesHaveDescriptions(withOperation({ input })).errors.map((error) => error.pointer)).toEqual(
      ['/properties/a'],
    );
  });

  it('accepts an operation that names one of several schemes, and lists them all for one that does not', () => {
    const two = { id: 'acme', baseUrl: 'https://api.acme.test', auth: { key: {}, oauth: {} } };
    const naming = (auth: string) =>
      authSchemesExist(
        connector({
          manifest: two,
          operations: [operation('get-item', 'getItem', { operation: { method: 'GET', auth } })],
        }),
      ).errors.map((error) => error.message);
    expect(naming('oauth')).toEqual([]);
    expect(naming('token')).toEqual(['names "token", which is not in connector.json\'s auth (key, oauth)']);
  });

  it('finds the URL scheme of a connector whose only auth scheme has an empty name', () => {
    const manifest = { id: 'acme', auth: { '': { type: 'url' } } };
    expect(requestShapes(connector({ manifest })).errors).toEqual([]);
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
