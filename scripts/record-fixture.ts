/**
 * `pnpm record-fixture <connector>.<operation> --input '<json>' [--case <name>] [--secret NAME=value]…`: dry-runs
 * the operation (nothing is sent) and writes connectors/<id>/test/fixtures/<operation-file>/<case>.input.json plus
 * <case>.request.json (the exact request) or, when the input is invalid, <case>.issues.json (the exact issues).
 * `--input @path.json` reads the input from a file. Secrets default to the fake `test_key_fixture`; pass the ones
 * your connector's fixture suite uses. Review the written request against the provider's reference before committing.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { prepareRequest } from '@convoflow/core';
import { recordFixture } from '../packages/testkit/src/record-fixture.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const usage =
  "usage: pnpm record-fixture <connector>.<operation> --input '<json>'|@file.json [--case basic] [--secret NAME=value]";
const fail = (message: string): never => {
  console.error(`record-fixture: ${message}`);
  process.exit(2);
};

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    input: { type: 'string' },
    case: { type: 'string', default: 'basic' },
    secret: { type: 'string', multiple: true, default: [] },
  },
});
const [target] = positionals;
const [id, operation] = (target ?? '').split('.');
if (!id || !operation || values.input === undefined) fail(usage);
if (!/^[a-z0-9-]+$/.test(values.case)) fail(`--case ${values.case}: use kebab-case, e.g. special-characters`);
const dir = join(root, 'connectors', id as string);
if (!existsSync(join(dir, 'generated', 'index.ts')))
  fail(`connectors/${id}/generated/index.ts is missing: run pnpm codegen ${id} --write first`);

const text = values.input?.startsWith('@') ? await readFile(values.input.slice(1), 'utf8') : values.input;
let input: unknown;
try {
  input = JSON.parse(text as string);
} catch (error) {
  fail(`--input is not JSON: ${(error as Error).message}`);
}
const { connector } = (await import(join(dir, 'generated', 'index.ts'))) as {
  connector: {
    secrets: readonly string[];
    operations: Record<string, unknown>;
    preset(op: string, input: unknown): unknown;
  };
};
if (!Object.hasOwn(connector.operations, operation as string))
  fail(`${id} has no operation "${operation}" (known: ${Object.keys(connector.operations).join(', ')})`);
const secrets: Record<string, string> = Object.fromEntries(
  connector.secrets.map((name) => [name, 'test_key_fixture']),
);
for (const pair of values.secret) {
  const at = pair.indexOf('=');
  if (at < 1) fail(`--secret ${pair}: write NAME=value`);
  secrets[pair.slice(0, at)] = pair.slice(at + 1);
}

const fixture = await recordFixture(
  { preset: (op, value) => connector.preset(op, value), prepareRequest, secrets },
  operation as string,
  input,
);
const stem = (operation as string).replace(/[A-Z]/g, (char) => `-${char.toLowerCase()}`);
const folder = join(dir, 'test', 'fixtures', stem);
await mkdir(folder, { recursive: true });
const written = [
  [join(folder, `${values.case}.input.json`), input],
  [join(folder, `${values.case}${fixture.suffix}`), fixture.contents],
] as const;
for (const [path, value] of written) await writeFile(path, `${JSON.stringify(value, null, 2)}\n`);
console.log(`Wrote:\n  ${written.map(([path]) => relative(root, path)).join('\n  ')}`);
