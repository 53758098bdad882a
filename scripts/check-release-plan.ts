/**
 * `pnpm check:release-plan`: shows, with scratch changesets in a throwaway copy of the workspace manifests, that a
 * core patch or minor does not force a new major (or any release) of the connectors, whose peer range on core still
 * admits the new version (`onlyUpdatePeerDependentsWhenOutOfRange`). Exits 1 otherwise.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { publishablePackages, root } from './packages.ts';

type Plan = { releases: Array<{ name: string; type: string; newVersion: string }> };

function plan(bump: 'patch' | 'minor'): Plan {
  const work = mkdtempSync(join(tmpdir(), 'convoflow-release-plan-'));
  try {
    for (const file of ['package.json', 'pnpm-workspace.yaml', '.changeset/config.json']) {
      mkdirSync(dirname(join(work, file)), { recursive: true });
      copyFileSync(join(root, file), join(work, file));
    }
    for (const pkg of publishablePackages()) {
      mkdirSync(join(work, pkg.path), { recursive: true });
      writeFileSync(join(work, pkg.path, 'package.json'), readFileSync(join(pkg.dir, 'package.json')));
    }
    const git = (...args: string[]) =>
      execFileSync(
        'git',
        ['-c', 'user.name=release-plan', '-c', 'user.email=release-plan@example.invalid', ...args],
        { cwd: work },
      );
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-qm', 'workspace manifests');
    writeFileSync(
      join(work, '.changeset/scratch-core.md'),
      `---\n"@convoflow/core": ${bump}\n---\n\nA scratch ${bump} of core.\n`,
    );
    execFileSync(
      process.execPath,
      [join(root, 'node_modules/@changesets/cli/bin.js'), 'status', '--output', 'plan.json'],
      { cwd: work, stdio: 'pipe' },
    );
    return JSON.parse(readFileSync(join(work, 'plan.json'), 'utf8')) as Plan;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

let failed = false;
for (const bump of ['patch', 'minor'] as const) {
  // Packages listed with type "none" are not released (only their devDependency on core moves).
  const releases = plan(bump).releases.filter((release) => release.type !== 'none');
  const summary = releases
    .map((release) => `${release.name}@${release.newVersion} (${release.type})`)
    .join(', ');
  const connectors = releases.filter((release) => release.name.startsWith('@convoflow/connector-'));
  const majors = releases.filter((release) => release.type === 'major');
  console.log(`core ${bump}: ${summary}`);
  if (connectors.length > 0 || majors.length > 0) {
    console.error(
      `check:release-plan: a core ${bump} releases ${[...connectors, ...majors].map((release) => release.name).join(', ')}`,
    );
    failed = true;
  }
}
if (failed) process.exitCode = 1;
else console.log('check:release-plan: a core patch or minor releases no connector.');
