/**
 * `pnpm new-connector`: the scaffold is a complete connector that compiles and passes its fixture suite, stays
 * inside its own folder (plus one changeset), and still does after a contributor adds an operation.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { prepareRequest } from '@convoflow/core';
import { describeConnectorFixtures } from '@convoflow/testkit';
import { afterAll, describe, expect, it } from 'vitest';
import { connectorIdProblem, scaffoldConnector } from '../src/index.js';
import { compileScratch, linkCore } from './support/compile-fixture.js';

const root = mkdtempSync(join(tmpdir(), 'convoflow-scaffold-'));
linkCore(root);
const written = await scaffoldConnector(root, 'acme-widgets', '0.1.0');
const dir = join(root, 'connectors', 'acme-widgets');

// A contributor adds an operation, with its schema and fixtures, and nothing else.
const write = (path: string, value: unknown) => {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), typeof value === 'string' ? value : JSON.stringify(value, null, 2));
};
write('operations/create-item.operation.json', {
  title: 'Create an item',
  description: 'Creates an item.',
  method: 'POST',
  path: '/v1/items',
  body: { name: '{{name}}', price: '{{price}}', note: 'Created for {{owner}}' },
});
write('operations/create-item.schema.json', {
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: {
    name: { type: 'string', description: 'The name.' },
    price: { type: 'number', description: 'The price.' },
    owner: { type: 'string', description: 'Who asked.' },
  },
});
write('test/fixtures/create-item/basic.input.json', { name: 'Widget', price: 9.5 });
write('test/fixtures/create-item/basic.request.json', {
  method: 'POST',
  url: 'https://api.acme-widgets.example.com/v1/items',
  headers: { authorization: 'Bearer test_key_fixture', 'content-type': 'application/json' },
  body: '{"name":"Widget","price":9.5}',
});
write('test/fixtures/create-item/wrong-price.input.json', { name: 'Widget', price: 'cheap' });
write('test/fixtures/create-item/wrong-price.issues.json', [
  { pointer: '/price', message: 'must be a number' },
]);
const { connector } = (await import(await compileScratch(root, dir))) as {
  connector: Parameters<typeof describeConnectorFixtures>[0]['connector'];
};
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a scaffolded connector', () => {
  it('writes only its own folder and one changeset', () => {
    expect(
      written.every(
        (path) =>
          path.startsWith('connectors/acme-widgets/') || path === '.changeset/add-connector-acme-widgets.md',
      ),
    ).toBe(true);
    expect(written).toContain('connectors/acme-widgets/test/fixtures/get-item/basic.request.json');
  });

  it('refuses bad ids and existing folders', () => {
    expect(connectorIdProblem('Acme_Widgets', root)).toMatch(/not a valid connector id/);
    expect(connectorIdProblem('acme-widgets', root)).toBe('connectors/acme-widgets already exists');
    expect(connectorIdProblem('fresh-one', root)).toBeUndefined();
  });

  describeConnectorFixtures({
    connector,
    dir,
    prepareRequest: prepareRequest as never,
    secrets: { ACME_WIDGETS_API_KEY: 'test_key_fixture' },
  });
});
