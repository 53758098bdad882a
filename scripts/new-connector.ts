/**
 * `pnpm new-connector <id>`: scaffolds connectors/<id>/ — a complete, compiling, tested connector with one example
 * operation, fixtures, README and CHANGELOG — plus one changeset, then generates its code. Refuses bad ids and
 * existing folders. Adding a connector touches nothing outside its folder but that changeset and the lockfile.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connectorIdProblem, scaffoldConnector } from '../packages/compiler/src/index.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const id = process.argv[2];
if (!id) {
  console.error('usage: pnpm new-connector <id>   (kebab-case, e.g. google-sheets)');
  process.exit(2);
}
const problem = connectorIdProblem(id, root);
if (problem) {
  console.error(`new-connector: ${problem}`);
  process.exit(2);
}
const core = JSON.parse(await readFile(join(root, 'packages/core/package.json'), 'utf8')) as {
  version: string;
};
const written = await scaffoldConnector(root, id, core.version);
console.log(`Created:\n  ${written.join('\n  ')}`);
execFileSync(
  process.execPath,
  [
    join(root, 'node_modules/tsx/dist/cli.mjs'),
    '--tsconfig',
    join(root, 'scripts/tsconfig.json'),
    join(root, 'scripts/codegen.ts'),
    id,
    '--write',
  ],
  { stdio: 'inherit' },
);
console.log(`\nNext:
  1. pnpm install                      (links the new package; updates the lockfile; no build needed)
  2. edit connectors/${id}/connector.json and operations/, then pnpm codegen ${id} --write
  3. pnpm record-fixture ${id}.<operation> --input '{…}'   (writes test/fixtures/<operation>/basic.*)
  4. pnpm --filter @convoflow/core build (once), then pnpm vitest run connectors/${id}
See CONTRIBUTING.md for the review checklist.`);
