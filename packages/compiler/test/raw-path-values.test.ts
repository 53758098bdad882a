/** Raw path values: `{ param, raw: true }` in reservedPathParams, only with a pattern that keeps the path's shape. */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileScratch, editJson, issuesAfter, scratchRoot } from './support/compile-fixture.js';

const rawPerson = (pattern: string, examples: string[]) => (dir: string) => {
  editJson(join(dir, 'operations', 'send-greeting.operation.json'), (op) => {
    op.reservedPathParams = [{ param: 'person', raw: true }];
  });
  editJson(join(dir, 'operations', 'send-greeting.schema.json'), (schema) => {
    const properties = schema.properties as Record<string, Record<string, unknown>>;
    properties.person = { ...properties.person, pattern, examples };
  });
};

const { root, dir } = scratchRoot('greeter', rawPerson('^[a-z]+(:[a-z]+)?$', ['ada:lovelace']));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('raw path values', () => {
  it('are inserted unencoded when their pattern accepts them', async () => {
    const { connector } = (await import(await compileScratch(root, dir))) as {
      connector: { preset(op: string, input: unknown): { url: string } };
    };
    expect(connector.preset('sendGreeting', { person: 'ada:lovelace', name: 'Ada' }).url).toBe(
      'https://api.greeter.example.com/v1/people/ada:lovelace/greetings',
    );
    expect(() => connector.preset('sendGreeting', { person: 'ada/x', name: 'Ada' })).toThrow(
      expect.objectContaining({
        issues: [{ pointer: '/person', message: 'must match pattern "^[a-z]+(:[a-z]+)?$"' }],
      }),
    );
  });

  it('are refused at compile time when the pattern lets /, ?, # or dot segments through', async () => {
    const file = 'connectors/greeter/operations/send-greeting.operation.json';
    const at = '(connectors/greeter/operations/send-greeting.schema.json#/properties/person)';
    expect(await issuesAfter(rawPerson('^[a-z:./]+$', ['ada:lovelace']))).toEqual([
      {
        file,
        pointer: '/reservedPathParams/0',
        message: `person: the pattern accepts ".": exclude /, ?, # and dot segments ${at}`,
      },
    ]);
    expect(await issuesAfter(rawPerson('^[a-z?]+$', ['ada']))).toEqual([
      {
        file,
        pointer: '/reservedPathParams/0',
        message: `person: the pattern accepts "?ada": exclude /, ?, # and dot segments ${at}`,
      },
    ]);
    expect(await issuesAfter(rawPerson('^[a-z]+$', []))).toEqual([
      {
        file,
        pointer: '/reservedPathParams/0',
        message: `person: a raw path value needs a "pattern" and an "examples" entry the pattern accepts ${at}`,
      },
    ]);
  });
});
