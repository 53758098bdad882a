/** The publishable packages of the workspace (every package.json under packages/ and connectors/ not marked private). */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface WorkspacePackage {
  dir: string;
  /** The folder relative to the root, e.g. connectors/stripe. */
  path: string;
  json: Record<string, unknown> & { name: string; version: string };
}

export function publishablePackages(): WorkspacePackage[] {
  const found: WorkspacePackage[] = [];
  for (const group of ['packages', 'connectors']) {
    for (const name of readdirSync(join(root, group)).sort()) {
      const file = join(root, group, name, 'package.json');
      if (!existsSync(file)) continue;
      const json = JSON.parse(readFileSync(file, 'utf8')) as WorkspacePackage['json'];
      if (json.private) continue;
      found.push({ dir: join(root, group, name), path: `${group}/${name}`, json });
    }
  }
  return found;
}

/** `npm install --omit=dev` of `specs` (tarballs or registry names) into a new folder under `parent`, as a user would. */
export function installInFreshFolder(parent: string, specs: string[]): string {
  const app = mkdtempSync(join(parent, 'app-'));
  execFileSync('npm', ['init', '-y'], { cwd: app, stdio: 'ignore' });
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--omit=dev', ...specs], {
    cwd: app,
    stdio: 'ignore',
  });
  return app;
}

/** Each connector and the official SDK it replaces, as the size and cold-start benchmarks compare them. */
export const SDK_PAIRS: ReadonlyArray<readonly [connector: string, sdk: string]> = [
  ['@convoflow/connector-stripe', 'stripe'],
  ['@convoflow/connector-slack', '@slack/webhook'],
  ['@convoflow/connector-sendgrid', '@sendgrid/mail'],
  ['@convoflow/connector-google-sheets', '@googleapis/sheets'],
];

/** `pnpm pack` of every publishable package (but `skip`) into `destination`: the tarball path by package name. */
export function packTarballs(destination: string, skip: readonly string[] = []): Record<string, string> {
  const tarball: Record<string, string> = {};
  for (const pkg of publishablePackages()) {
    if (skip.includes(pkg.json.name)) continue;
    execFileSync('npx', ['-y', 'pnpm@10.34.8', 'pack', '--pack-destination', destination], {
      cwd: pkg.dir,
      stdio: 'ignore',
    });
    const prefix = pkg.json.name.replace('@', '').replace('/', '-');
    const file = readdirSync(destination).find((name) => name.startsWith(`${prefix}-${pkg.json.version}`));
    if (file) tarball[pkg.json.name] = join(destination, file);
  }
  return tarball;
}
