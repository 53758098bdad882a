/**
 * Per-operation query options: queryArrayFormat and queryEncoding override connector.json's, and a whole-query
 * expression keeps the caller's key order. Checked on the bytes a real local server receives.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileConnector } from '../src/index.js';
import { compileScratch, editJson, issuesAfter, scratchRoot } from './support/compile-fixture.js';

type Greeter = {
  preset(op: string, input: unknown): { url: string; query?: Record<string, unknown> };
  run(op: string, input: unknown, options: Record<string, unknown>): Promise<{ ok: boolean }>;
};

const editOperation = (change: (op: Record<string, unknown>) => void) => (dir: string) =>
  editJson(join(dir, 'operations', 'send-greeting.operation.json'), change);

const withQuery = (query: string) =>
  editOperation((op) => {
    op.query = query;
  });

/** Connector-wide: indices and rfc3986; the operation overrides both. */
const withOptions = (dir: string) => {
  editJson(join(dir, 'connector.json'), (manifest) => {
    manifest.queryArrayFormat = 'indices';
    manifest.queryEncoding = 'rfc3986';
  });
  editOperation((op) => {
    op.query = '{{omit this "person"}}';
    op.queryArrayFormat = 'repeat';
    op.queryEncoding = 'urlSearchParams';
    delete op.body;
    op.method = 'GET';
  })(dir);
};

const scratch = scratchRoot('greeter', withOptions);
let server: CaptureServer;
let connector: Greeter;
beforeAll(async () => {
  server = await startCaptureServer();
  connector = ((await import(await compileScratch(scratch.root, scratch.dir))) as { connector: Greeter })
    .connector;
});
afterAll(async () => {
  await server.close();
  rmSync(scratch.root, { recursive: true, force: true });
});

async function sent(input: Record<string, unknown>): Promise<string> {
  const result = await connector.run('sendGreeting', input, {
    secrets: { GREETER_TOKEN: 'test_token' },
    baseUrl: server.origin,
    retry: { limit: 0 },
  });
  expect(result.ok).toBe(true);
  return server.requests.at(-1)?.url ?? '';
}

describe('per-operation query options', () => {
  it("send the caller's key order, the operation's array format and its encoding", async () => {
    expect(await sent({ tags: ['a b', "it's"], person: 'ada', name: 'Ada Lovelace~', mode: 'casual' })).toBe(
      `/v1/people/ada/greetings?${new URLSearchParams([
        ['tags', 'a b'],
        ['tags', "it's"],
        ['name', 'Ada Lovelace~'],
        ['mode', 'casual'],
      ])}`,
    );
    // Another order in, another order out: the whole query follows the caller.
    expect(await sent({ mode: 'polite', name: 'B', person: 'bo' })).toBe(
      '/v1/people/bo/greetings?mode=polite&name=B',
    );
  });

  it('fall back to the connector-wide options when the operation sets none', async () => {
    const { root, dir } = scratchRoot('greeter', (d) => {
      withOptions(d);
      editOperation((op) => {
        delete op.queryArrayFormat;
        delete op.queryEncoding;
      })(d);
    });
    try {
      const plain = (await import(await compileScratch(root, dir))) as { connector: Greeter };
      const result = await plain.connector.run(
        'sendGreeting',
        { person: 'ada', name: 'A (b)', tags: ['x'] },
        { secrets: { GREETER_TOKEN: 'test_token' }, baseUrl: server.origin, retry: { limit: 0 } },
      );
      expect(result.ok).toBe(true);
      expect(server.requests.at(-1)?.url).toBe('/v1/people/ada/greetings?name=A%20%28b%29&tags[0]=x');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('query options are checked at compile time', () => {
  const file = 'connectors/greeter/operations/send-greeting.operation.json';

  it('refuses an unknown encoding or array format, naming the file and field', async () => {
    const issues = await issuesAfter(
      editOperation((op) => {
        op.queryEncoding = 'browser';
        op.queryArrayFormat = 'csv';
      }),
    );
    expect(issues).toEqual([
      { file, pointer: '/queryArrayFormat', message: 'must be one of repeat, indices, brackets or comma' },
      { file, pointer: '/queryEncoding', message: 'must be one of rfc3986, uriComponent or urlSearchParams' },
    ]);
  });

  it('refuses a whole-query string that is text, or an expression that is not an object', async () => {
    expect(await issuesAfter(withQuery('name={{name}}'))).toEqual([
      {
        file,
        pointer: '/query',
        message:
          'a whole query must be exactly one expression yielding an object, like "{{this}}" or "{{omit this \\"id\\"}}"; for single parameters write an object of templates',
      },
    ]);
    expect(await issuesAfter(withQuery('{{name}}'))).toEqual([
      { file, pointer: '/query', message: 'name is not an object in the input schema' },
    ]);
    expect(await issuesAfter(withQuery('{{json meta}}'))).toEqual([
      {
        file,
        pointer: '/query',
        message:
          'must yield an object: use an object input or the omit helper, like "{{this}}" or "{{omit this \\"id\\"}}"',
      },
    ]);
    expect(await issuesAfter(withQuery('{{omit nobody "x"}}'))).toEqual([
      { file, pointer: '/query', message: 'nobody: the input schema has no property "nobody"' },
    ]);
  });

  it('warns when {{this}} also sends the path inputs', async () => {
    const { root, dir } = scratchRoot('greeter', withQuery('{{this}}'));
    try {
      const { warnings } = await compileConnector(dir, { root });
      expect(warnings.filter((warning) => warning.pointer === '/query')).toEqual([
        {
          file,
          pointer: '/query',
          message: 'also sends the path input person: leave it out with {{omit this "person"}}',
        },
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
