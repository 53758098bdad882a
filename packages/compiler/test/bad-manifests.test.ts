import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CompileIssue, formatIssue } from '../src/index.js';
import { editJson, issuesAfter } from './support/compile-fixture.js';

const operation = (dir: string) => join(dir, 'operations', 'send-greeting.operation.json');
type Body = { body: Record<string, unknown> };

describe('bad connectors give exact errors with file and location', () => {
  it('refuses a bearer prefix that is not one word', async () => {
    const issues = await issuesAfter((dir) =>
      editJson(join(dir, 'connector.json'), (manifest) => {
        const auth = manifest.auth as Record<string, Record<string, unknown>>;
        (auth.token as Record<string, unknown>).prefix = 'token x';
      }),
    );
    expect(issues.map(formatIssue)).toEqual([
      expect.stringMatching(
        /^connectors\/greeter\/connector\.json#\/auth\/token\/prefix: must match pattern/,
      ),
    ]);
  });

  it('reports every meta-schema problem in connector.json at once', async () => {
    const issues = await issuesAfter((dir) =>
      editJson(join(dir, 'connector.json'), (manifest) => {
        manifest.id = 'Greeter_1';
        manifest.docsUrl = 'http://insecure.example.com';
        (manifest.auth as Record<string, unknown>).token = {
          type: 'oauth',
          secret: 'GREETER_TOKEN',
          description: 'x',
        };
        manifest.colour = 'blue';
      }),
    );
    expect(issues.map(formatIssue)).toEqual([
      'connectors/greeter/connector.json#/colour: is not a known field',
      'connectors/greeter/connector.json#/id: must match pattern "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"',
      'connectors/greeter/connector.json#/docsUrl: must match pattern "^https://"',
      'connectors/greeter/connector.json#/auth/token/type: must be one of bearer, apiKey, basic, url or oauth2',
    ]);
  });

  it('names the file, pointer and variable of an unknown template variable', async () => {
    const issues = await issuesAfter((dir) =>
      editJson(operation(dir), (op) => {
        (op as unknown as Body).body.text = 'Hello {{nmae}}!';
      }),
    );
    expect(issues.map(formatIssue)).toEqual([
      'connectors/greeter/operations/send-greeting.operation.json#/body/text: nmae: the input schema has no property "nmae"',
    ]);
  });

  it('checks nested paths and #each items against the schema', async () => {
    const issues = await issuesAfter((dir) =>
      editJson(operation(dir), (op) => {
        (op as unknown as Body).body.address = { zip: '{{address.zip}}' };
        (op as unknown as Body).body.shout = '{{#each tags}}{{this.length}}{{/each}}';
      }),
    );
    expect(issues.map(formatIssue).sort()).toEqual([
      'connectors/greeter/operations/send-greeting.operation.json#/body/address/zip: address.zip: address has no property "zip"',
      'connectors/greeter/operations/send-greeting.operation.json#/body/shout: this.length: the current item has no property "length"',
    ]);
  });

  it('names an unknown helper and the allowlist', async () => {
    const issues = await issuesAfter((dir) =>
      editJson(operation(dir), (op) => {
        (op as unknown as Body).body.text = '{{upper name}}';
      }),
    );
    expect(issues).toEqual([
      {
        file: 'connectors/greeter/operations/send-greeting.operation.json',
        pointer: '/body/text',
        message: 'unknown helper "upper" (allowed: default, json, join, base64, formatDate, omit, eq)',
      },
    ]);
  });

  it('gives line and column inside a .hbs body', async () => {
    const issues = await issuesAfter((dir) =>
      writeFileSync(join(dir, 'operations', 'post-note.hbs'), '# Note\n\n  {{titel}}\n'),
    );
    expect(issues.map(formatIssue)).toEqual([
      'connectors/greeter/operations/post-note.hbs:3:5: titel: the input schema has no property "titel"',
    ]);
  });

  it('reports malformed JSON with line and column', async () => {
    const issues = await issuesAfter((dir) =>
      writeFileSync(operation(dir), '{\n  "title": "x",\n  "method": "POST"\n  "path": "/"\n}\n'),
    );
    expect(issues).toHaveLength(1);
    expect(formatIssue(issues[0] as CompileIssue)).toMatch(
      /^connectors\/greeter\/operations\/send-greeting\.operation\.json:4:3: malformed JSON: /,
    );
  });

  it('reports duplicate operation ids', async () => {
    const issues = await issuesAfter((dir) => {
      const source = join(dir, 'operations');
      writeFileSync(
        join(source, 'sendgreeting.operation.json'),
        readFileSync(join(source, 'send-greeting.operation.json')),
      );
      writeFileSync(
        join(source, 'sendgreeting.schema.json'),
        readFileSync(join(source, 'send-greeting.schema.json')),
      );
    });
    expect(issues.map(formatIssue)).toEqual([
      'connectors/greeter/operations/sendgreeting.operation.json: operation id sendgreeting is already used by connectors/greeter/operations/send-greeting.operation.json',
    ]);
  });

  it('reports missing and stray files', async () => {
    const issues = await issuesAfter((dir) => {
      rmSync(join(dir, 'operations', 'post-note.schema.json'));
      writeFileSync(join(dir, 'operations', 'notes.txt'), 'x');
      writeFileSync(join(dir, 'operations', 'orphan.schema.json'), '{}');
    });
    expect(issues.map(formatIssue)).toEqual([
      'connectors/greeter/operations/notes.txt: has an unknown suffix (allowed: .operation.json, .output.schema.json, .schema.json, .transform.ts, .hbs)',
      'connectors/greeter/operations/orphan.schema.json: belongs to no operation (orphan.operation.json is missing)',
      'connectors/greeter/operations/post-note.schema.json: is missing',
    ]);
  });

  it('requires a description for every input property', async () => {
    const issues = await issuesAfter((dir) =>
      editJson(join(dir, 'operations', 'send-greeting.schema.json'), (schema) => {
        delete (
          (schema.properties as Record<string, Record<string, unknown>>).count as Record<string, unknown>
        ).description;
      }),
    );
    expect(issues.map(formatIssue)).toEqual([
      'connectors/greeter/operations/send-greeting.schema.json#/properties/count: needs a description',
    ]);
  });

  it('requires the id to match the folder and an existing auth scheme', async () => {
    const issues = await issuesAfter((dir) => {
      editJson(join(dir, 'connector.json'), (manifest) => {
        manifest.id = 'greeter-two';
      });
      editJson(operation(dir), (op) => {
        op.auth = 'nope';
      });
    });
    expect(issues.map(formatIssue)).toEqual([
      'connectors/greeter/connector.json#/id: is "greeter-two" but the folder is "greeter"; they must be equal',
      'connectors/greeter/operations/send-greeting.operation.json#/auth: names "nope", which is not in connector.json\'s auth (token, hook)',
    ]);
  });

  it('refuses nested fields and helpers in a path, which could not be encoded per segment', async () => {
    const issues = await issuesAfter((dir) =>
      editJson(operation(dir), (op) => {
        op.path = '/v1/people/{{address.city}}/{{join tags ","}}';
      }),
    );
    expect(issues.map(formatIssue)).toEqual([
      'connectors/greeter/operations/send-greeting.operation.json#/path: {{address.city}}: a path may only insert top-level input fields or connection parameters, like {{id}} or {{connection.account}} (nested fields and helpers are not encoded per segment)',
      'connectors/greeter/operations/send-greeting.operation.json#/path: {{join tags ","}}: a path may only insert top-level input fields or connection parameters, like {{id}} or {{connection.account}} (nested fields and helpers are not encoded per segment)',
    ]);
  });
});
