/**
 * `pnpm sizes`: each package's packed size, and the installed footprint (node_modules, with dependencies) of core +
 * one connector next to the official SDK it replaces, each installed with npm into a fresh folder.
 * Writes bench/results/package-sizes.md.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installInFreshFolder, packTarballs, root, SDK_PAIRS } from './packages.ts';

const work = mkdtempSync(join(tmpdir(), 'convoflow-sizes-'));
const tarballs = join(work, 'tarballs');
mkdirSync(tarballs);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/** Bytes under a folder (apparent sizes of files). */
function footprint(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += footprint(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}

function installed(specs: string[]): number {
  return footprint(join(installInFreshFolder(work, specs), 'node_modules'));
}

try {
  const rows: string[] = [];
  const tarball = packTarballs(tarballs);
  for (const [name, file] of Object.entries(tarball)) rows.push(`| ${name} | ${kb(statSync(file).size)} |`);
  const core = tarball['@convoflow/core'] as string;
  const footprints: string[] = [];
  for (const [connector, sdk] of SDK_PAIRS) {
    const ours = installed([core, tarball[connector] as string]);
    const theirs = installed([sdk]);
    footprints.push(
      `| ${connector} + core | ${mb(ours)} | ${sdk} | ${mb(theirs)} | ${(theirs / ours).toFixed(1)}× |`,
    );
    console.log(footprints.at(-1));
  }
  const report = [
    '# Package sizes (`pnpm sizes`)',
    '',
    `Node ${process.version}. Packed: the tarball \`pnpm pack\` writes (dist, README, CHANGELOG, schemas).`,
    'Installed: everything `npm install --omit=dev` puts in node_modules of a fresh folder (apparent file sizes).',
    '',
    '| package | packed |',
    '| --- | ---: |',
    ...rows,
    '',
    '| ours, installed | size | official SDK | size | SDK / ours |',
    '| --- | ---: | --- | ---: | ---: |',
    ...footprints,
    '',
  ].join('\n');
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, 'bench/results/package-sizes.md'), report);
  console.log(report);
} finally {
  rmSync(work, { recursive: true, force: true });
}
