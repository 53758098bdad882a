/** Connection parameters: declared in connector.json, read by baseUrl and path templates, checked before sending. */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileScratch, editJson, issuesAfter, scratchRoot } from './support/compile-fixture.js';

const CONNECTION = {
  type: 'object',
  additionalProperties: false,
  required: ['account', 'region'],
  properties: {
    account: { type: 'string', pattern: '^AC[0-9a-f]{4}$', description: 'The account id (AC…).' },
    region: { type: 'string', enum: ['eu1', 'us1'], description: 'The data region.' },
  },
};

const withConnection = (dir: string) => {
  editJson(join(dir, 'connector.json'), (manifest) => {
    manifest.connection = CONNECTION;
    manifest.baseUrl = 'https://{{connection.region}}.greeter.example.com';
    manifest.allowedHosts = ['*.greeter.example.com'];
  });
  editJson(join(dir, 'operations', 'send-greeting.operation.json'), (op) => {
    op.path = '/v1/Accounts/{{connection.account}}/people/{{person}}/greetings';
  });
};

const { root, dir } = scratchRoot('greeter', withConnection);
afterAll(() => rmSync(root, { recursive: true, force: true }));
type Greeter = {
  connection?: unknown;
  preset(
    op: string,
    input: unknown,
    options?: Record<string, unknown>,
  ): { url: string; allowedHosts?: string[] };
};
const load = async () =>
  ((await import(await compileScratch(root, dir))) as { connector: Greeter }).connector;
const input = { person: 'ada', name: 'Ada' };

describe('connection parameters', () => {
  it('fill the base URL and the path, each encoded as one segment', async () => {
    const connector = await load();
    const config = connector.preset('sendGreeting', input, {
      connection: { account: 'AC12ab', region: 'eu1' },
    });
    expect(config.url).toBe('https://eu1.greeter.example.com/v1/Accounts/AC12ab/people/ada/greetings');
    expect(connector.connection).toEqual(CONNECTION);
  });

  it('are checked against their schema before anything is sent', async () => {
    const connector = await load();
    expect(() =>
      connector.preset('sendGreeting', input, { connection: { account: '../x', region: 'mars' } }),
    ).toThrow(
      expect.objectContaining({
        issues: [
          { pointer: '/connection/account', message: 'must match pattern "^AC[0-9a-f]{4}$"' },
          { pointer: '/connection/region', message: 'must be one of eu1 or us1' },
        ],
      }),
    );
    expect(() => connector.preset('sendGreeting', input)).toThrow(
      expect.objectContaining({
        issues: expect.arrayContaining([{ pointer: '/connection/account', message: 'is required' }]),
      }),
    );
  });

  it('must be declared, and a templated baseUrl needs allowedHosts', async () => {
    const issues = await issuesAfter((folder) => {
      withConnection(folder);
      editJson(join(folder, 'connector.json'), (manifest) => {
        manifest.baseUrl = 'https://{{connection.shop}}.greeter.example.com';
        delete manifest.allowedHosts;
      });
    });
    const file = 'connectors/greeter/connector.json';
    expect(issues).toEqual([
      { file, pointer: '/baseUrl', message: '{{connection.shop}}: connection declares no parameter "shop"' },
      {
        file,
        pointer: '/allowedHosts',
        message: 'a baseUrl with connection parameters needs allowedHosts (e.g. *.example.com)',
      },
    ]);
  });
});
