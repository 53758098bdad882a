/**
 * Run by `pnpm version-packages` after `changeset version`: stamps every `next` in packages/compiler/core-features.json
 * with core's new version, then raises the peer range on core of each connector that uses a feature newer than its
 * range's lower bound (see scripts/core-peer-range.ts). Prints what it changed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stampNext } from '../packages/compiler/src/index.ts';
import { corePeerProblem } from './core-peer-range.ts';
import { publishablePackages, root } from './packages.ts';

const tableFile = join(root, 'packages/compiler/core-features.json');
const core = publishablePackages().find((pkg) => pkg.json.name === '@convoflow/core');
if (!core) throw new Error('no @convoflow/core in the workspace');
const table = JSON.parse(readFileSync(tableFile, 'utf8')) as Record<string, string>;
const stamped = stampNext(table, core.json.version);
writeFileSync(tableFile, `${JSON.stringify(stamped, null, 2)}\n`);
for (const pkg of publishablePackages().filter((item) => item.path.startsWith('connectors/'))) {
  const problem = await corePeerProblem(pkg, core.json.version, stamped);
  if (!problem) continue;
  const file = join(pkg.dir, 'package.json');
  const json = JSON.parse(readFileSync(file, 'utf8')) as { peerDependencies: Record<string, string> };
  json.peerDependencies['@convoflow/core'] = problem.needed;
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`${pkg.json.name}: peer @convoflow/core ${problem.needed}`);
}
