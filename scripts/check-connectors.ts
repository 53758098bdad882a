/**
 * `pnpm check:connectors`: the review checklist a machine can check, for every connector — fixtures for every
 * operation (valid and invalid), README listing operations and auth setup, CHANGELOG, no real-looking secrets.
 * Exit 1 with every problem listed.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkConnector, formatIssue, loadConnector } from '../packages/compiler/src/index.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const base = join(root, 'connectors');
const ids = existsSync(base)
  ? (await readdir(base)).filter((name) => existsSync(join(base, name, 'connector.json'))).sort()
  : [];
let problems = 0;
for (const id of ids) {
  const { connector, issues } = await loadConnector(join(base, id), root);
  const all = [...issues, ...(connector ? checkConnector(connector, `connectors/${id}`) : [])];
  for (const issue of all) console.error(formatIssue(issue));
  problems += all.length;
}
if (problems > 0) {
  console.error(`check:connectors: ${problems} problem(s) in ${ids.length} connector(s).`);
  process.exitCode = 1;
} else {
  console.log(`check:connectors: ${ids.length} connector(s) pass the checklist.`);
}
