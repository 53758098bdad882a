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
