import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { KEBAB_CASE, pascalCase } from './names.js';
import { typeTestFile } from './scaffold-type-test.js';

/** Why an id cannot be a new connector's id, or undefined. */
export function connectorIdProblem(id: string, root: string): string | undefined {
  if (!KEBAB_CASE.test(id))
    return `"${id}" is not a valid connector id: use kebab-case letters and digits (e.g. google-sheets)`;
  if (id.length > 40) return `"${id}" is too long (40 characters at most)`;
  if (existsSync(join(root, 'connectors', id))) return `connectors/${id} already exists`;
  return undefined;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * The files of a new connector: a complete, compiling, tested folder with one example operation, its fixtures
 * (a valid input with the exact expected request, an invalid input with the expected issues), a README and a
 * CHANGELOG — plus one changeset. Paths are relative to the repository root; nothing else is touched.
 */
export function scaffoldFiles(id: string, coreVersion: string): Array<{ path: string; contents: string }> {
  const name = pascalCase(id);
  const secret = `${id.replace(/-/g, '_').toUpperCase()}_API_KEY`;
  const dir = `connectors/${id}`;
  const coreMajorRange = coreVersion.startsWith('0.') ? `>=${coreVersion} <1.0.0` : `^${coreVersion}`;
  return [
    {
      path: `${dir}/package.json`,
      contents: json({
        name: `@convoflow/connector-${id}`,
        version: '0.0.0',
        description: `ConvoFlow connector for ${name}: typed presets for the Custom API node.`,
        keywords: ['convoflow', 'connector', id],
        license: 'MIT',
        repository: {
          type: 'git',
          url: 'git+https://github.com/convoflow/convoflow-connect.git',
          directory: dir,
        },
        type: 'module',
        sideEffects: false,
        engines: { node: '^20.19.0 || >=22.12.0' },
        // ES modules only: require() loads them on every Node the engines admit (see tsup.config.base.ts).
        main: './dist/index.js',
        types: './dist/index.d.ts',
        exports: {
          '.': {
            import: { types: './dist/index.d.ts', default: './dist/index.js' },
            require: { types: './dist/index.d.cts', default: './dist/index.js' },
          },
          './connector.json': './connector.json',
          './operations/*': './operations/*',
          './package.json': './package.json',
        },
        files: ['dist', 'connector.json', 'operations', 'README.md', 'CHANGELOG.md'],
        scripts: { build: 'tsup && node ../../scripts/declarations-for-require.mjs' },
        peerDependencies: { '@convoflow/core': coreMajorRange },
        devDependencies: { '@convoflow/core': 'workspace:^', '@convoflow/testkit': 'workspace:*' },
      }),
    },
    {
      path: `${dir}/tsup.config.ts`,
      contents: "export { connectorConfig as default } from '../../tsup.config.base.ts';\n",
    },
    {
      path: `${dir}/connector.json`,
      contents: json({
        $schema: '../../packages/compiler/schema/connector.schema.json',
        id,
        title: name,
        description: `Calls the ${name} API. Replace this with one sentence on what the connector does.`,
        docsUrl: `https://example.com/${id}/api`,
        baseUrl: `https://api.${id}.example.com`,
        allowedHosts: [`api.${id}.example.com`],
        auth: {
          apiKey: {
            type: 'bearer',
            secret,
            description: `Replace this: where in ${name} a user creates the key, and that it goes into ${secret}.`,
          },
        },
        bodyEncoding: 'json',
        errors: { message: ['error.message'], code: ['error.code'], requestIdHeaders: ['x-request-id'] },
      }),
    },
    {
      path: `${dir}/operations/get-item.operation.json`,
      contents: json({
        $schema: '../../../packages/compiler/schema/operation.schema.json',
        title: 'Get an item',
        description: 'Retrieves one item by its id. Replace this with what the operation does.',
        docsUrl: `https://example.com/${id}/api/items/get`,
        method: 'GET',
        path: '/v1/items/{{id}}',
        query: { expand: '{{expand}}' },
      }),
    },
    {
      path: `${dir}/operations/get-item.schema.json`,
      contents: json({
        $schema: 'http://json-schema.org/draft-07/schema#',
        type: 'object',
        additionalProperties: false,
        required: ['id'],
        properties: {
          id: { type: 'string', minLength: 1, description: 'The id of the item.' },
          expand: {
            type: 'array',
            items: { type: 'string' },
            description: 'Related objects to include in the response.',
          },
        },
      }),
    },
    {
      path: `${dir}/test/fixtures/get-item/basic.input.json`,
      contents: json({ id: 'item_123', expand: ['owner'] }),
    },
    {
      path: `${dir}/test/fixtures/get-item/basic.request.json`,
      contents: json({
        method: 'GET',
        url: `https://api.${id}.example.com/v1/items/item_123?expand=owner`,
        headers: { authorization: 'Bearer test_key_fixture' },
      }),
    },
    { path: `${dir}/test/fixtures/get-item/missing-id.input.json`, contents: json({ expand: ['owner'] }) },
    {
      path: `${dir}/test/fixtures/get-item/missing-id.issues.json`,
      contents: json([{ pointer: '/id', message: 'is required' }]),
    },
    {
      path: `${dir}/test/${id}.test.ts`,
      contents: [
        "import { fileURLToPath } from 'node:url';",
        "import { prepareRequest } from '@convoflow/core';",
        "import { describeConnectorFixtures } from '@convoflow/testkit';",
        "import { describe } from 'vitest';",
        "import { connector } from '../generated/index.js';",
        '',
        `describe('${id} connector', () => {`,
        '  describeConnectorFixtures({',
        '    connector,',
        "    dir: fileURLToPath(new URL('..', import.meta.url)),",
        '    prepareRequest,',
        `    secrets: { ${secret}: 'test_key_fixture' },`,
        '  });',
        '});',
        '',
      ].join('\n'),
    },
    typeTestFile(id),
    {
      path: `${dir}/README.md`,
      contents: [
        `# @convoflow/connector-${id}`,
        '',
        `Typed presets for the ${name} API on the ConvoFlow Custom API node.`,
        '',
        '```sh',
        `npm install @convoflow/core @convoflow/connector-${id}`,
        '```',
        '',
        '```ts',
        `import { getItem, connector } from '@convoflow/connector-${id}';`,
        '',
        "const config = getItem({ id: 'item_123' }); // a Custom API node config (secret references only)",
        `const result = await connector.run('getItem', { id: 'item_123' }, { secrets: { ${secret}: process.env.${secret} } });`,
        '```',
        '',
        '<!-- operations:start (generated by pnpm codegen) -->',
        '<!-- operations:end -->',
        '',
      ].join('\n'),
    },
    {
      path: `${dir}/CHANGELOG.md`,
      contents: `# @convoflow/connector-${id}\n\nRelease notes are written by changesets (\`pnpm version-packages\`).\n`,
    },
    {
      path: `.changeset/add-connector-${id}.md`,
      contents: `---\n"@convoflow/connector-${id}": minor\n---\n\nNew connector: ${name}.\n`,
    },
  ];
}

/** Writes a new connector's files under `root`. Refuses a bad id or an existing folder. */
export async function scaffoldConnector(root: string, id: string, coreVersion: string): Promise<string[]> {
  const problem = connectorIdProblem(id, root);
  if (problem) throw new Error(problem);
  const files = scaffoldFiles(id, coreVersion);
  for (const file of files) {
    await mkdir(dirname(join(root, file.path)), { recursive: true });
    await writeFile(join(root, file.path), file.contents, { flag: 'wx' });
  }
  return files.map((file) => file.path);
}
