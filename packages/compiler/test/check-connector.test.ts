/** `pnpm check:connectors`: an untouched scaffold is refused; Basic auth needs both descriptions; untyped warns. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkConnector, loadConnector, runRules, scaffoldConnector } from '../src/index.js';

const root = mkdtempSync(join(tmpdir(), 'convoflow-check-'));
await scaffoldConnector(root, 'acme-widgets', '0.1.0');
const dir = join(root, 'connectors', 'acme-widgets');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const load = async () => {
  const { connector } = await loadConnector(dir, root);
  if (!connector) throw new Error('the scaffold did not load');
  return connector;
};
const edit = (file: string, change: (text: string) => string) =>
  writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));

describe('check:connectors on a scaffold', () => {
  it('refuses the untouched scaffold: placeholder text and example.com hosts, each with file and pointer', async () => {
    const issues = checkConnector(await load(), 'connectors/acme-widgets');
    const manifest = 'connectors/acme-widgets/connector.json';
    const operation = 'connectors/acme-widgets/operations/get-item.operation.json';
    expect(issues.map((issue) => `${issue.file}#${issue.pointer}`)).toEqual([
      `${manifest}#/description`,
      `${manifest}#/docsUrl`,
      `${manifest}#/baseUrl`,
      `${manifest}#/allowedHosts/0`,
      `${manifest}#/auth/apiKey/description`,
      `${operation}#/description`,
      `${operation}#/docsUrl`,
    ]);
    expect(issues[0]?.message).toBe('is still the scaffold placeholder text');
    expect(issues[1]?.message).toBe("example.com is a placeholder host: use the provider's real one");
  });

  it('passes once the placeholders are replaced, and then asks a Basic scheme for both descriptions', async () => {
    edit('connector.json', (text) =>
      text
        .replace(/Calls the [^"]*/, 'Manages Acme widgets.')
        .replace(/Replace this: [^"]*/, 'Settings → API keys.')
        .replaceAll('example.com', 'acme.test.dev')
        .replace('https://acme.test.dev/acme-widgets/api', 'https://docs.acme.test.dev/api'),
    );
    edit('operations/get-item.operation.json', (text) =>
      text
        .replace(' Replace this with what the operation does.', '')
        .replaceAll('example.com', 'acme.test.dev'),
    );
    expect(checkConnector(await load(), 'connectors/acme-widgets')).toEqual([]);
    edit('connector.json', (text) =>
      text.replace('"type": "bearer"', '"type": "basic", "usernameSecret": "ACME_ACCOUNT_ID"'),
    );
    expect(checkConnector(await load(), 'connectors/acme-widgets')).toEqual([
      {
        file: 'connectors/acme-widgets/connector.json',
        pointer: '/auth/apiKey',
        message:
          'a basic scheme needs usernameDescription: how to get ACME_ACCOUNT_ID (description covers ACME_WIDGETS_API_KEY)',
      },
    ]);
  });

  it('warns about a property without a type', async () => {
    edit('operations/get-item.schema.json', (text) =>
      text.replace('"properties": {', '"properties": {\n    "filter": { "description": "Anything goes." },'),
    );
    expect((await runRules(await load())).warnings).toEqual([
      {
        file: 'connectors/acme-widgets/operations/get-item.schema.json',
        pointer: '/properties/filter',
        message: 'has no type (add "type", "enum" or a oneOf): its generated type accepts anything',
      },
    ]);
  });
});
