import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editJson, issuesAfter } from './support/compile-fixture.js';

describe('error rules in connector.json', () => {
  it('names the file and pointer of a bad rate-limit rule or extra field', async () => {
    const issues = await issuesAfter((dir) =>
      editJson(join(dir, 'connector.json'), (manifest) => {
        manifest.errors = {
          fields: { more_info: '' },
          rateLimited: [{ status: 403, unit: 'minutes' }, {}],
        };
      }),
    );
    const file = 'connectors/greeter/connector.json';
    expect(issues).toEqual([
      { file, pointer: '/errors/fields/more_info', message: 'must not be empty' },
      {
        file,
        pointer: '/errors/rateLimited/0/unit',
        message: 'must be one of epochSeconds, seconds or epochMs',
      },
      { file, pointer: '/errors/rateLimited/1', message: 'must NOT have fewer than 1 properties' },
    ]);
  });
});
