import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileConnector } from '../src/index.js';
import { editJson, issuesAfter, scratchRoot } from './support/compile-fixture.js';

const operation = (dir: string) => join(dir, 'operations', 'send-greeting.operation.json');
const output = (dir: string) => join(dir, 'operations', 'send-greeting.output.schema.json');

const PAGE = {
  type: 'object',
  properties: {
    greetings: {
      type: 'array',
      description: 'The page.',
      items: { type: 'object', properties: { id: { type: 'string' } } },
    },
    next: { type: 'string', description: 'The next cursor.' },
  },
};

describe('pagination and output types in the manifest', () => {
  it('refuses a pagination without its required fields, naming the file and pointer', async () => {
    const issues = await issuesAfter((dir) =>
      editJson(operation(dir), (op) => {
        op.pagination = { style: 'cursor', items: 'greetings' };
      }),
    );
    const file = 'connectors/greeter/operations/send-greeting.operation.json';
    expect(issues).toEqual([
      { file, pointer: '/pagination/next', message: 'is required' },
      { file, pointer: '/pagination/param', message: 'is required' },
    ]);
  });

  it('refuses an items path the output schema does not describe as an array', async () => {
    const issues = await issuesAfter((dir) => {
      writeFileSync(output(dir), JSON.stringify(PAGE));
      editJson(operation(dir), (op) => {
        op.pagination = { style: 'cursor', items: 'next', next: 'next', param: 'cursor' };
      });
    });
    expect(issues).toEqual([
      {
        file: 'connectors/greeter/operations/send-greeting.operation.json',
        pointer: '/pagination/items',
        message:
          'next: connectors/greeter/operations/send-greeting.output.schema.json does not describe an array there',
      },
    ]);
  });

  it('emits the pagination spec and output, and item types from the items path', async () => {
    const { root, dir } = scratchRoot('greeter', (folder) => {
      writeFileSync(output(folder), JSON.stringify(PAGE));
      editJson(operation(folder), (op) => {
        op.pagination = { style: 'cursor', items: 'greetings', next: 'next', param: 'cursor' };
      });
    });
    try {
      const { files } = await compileConnector(dir, { root });
      const text = (name: string) => files.find((file) => file.path.endsWith(name))?.contents ?? '';
      expect(text('connector.ts')).toContain(
        'pagination: {"style":"cursor","items":"greetings","next":"next","param":"cursor"},',
      );
      expect(text('connector.ts')).toContain('): TypedNodeConfig<SendGreetingOutput> {');
      expect(text('types.ts')).toContain(
        '  sendGreeting: NonNullable<SendGreetingOutput["greetings"]>[number];',
      );
      expect(text('types.ts')).toContain('  postNote: unknown;');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
