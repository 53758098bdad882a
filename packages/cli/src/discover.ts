import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connector } from '@convoflow/core';

/** Folders from `start` up to the root. */
function foldersUpFrom(start: string): string[] {
  const found: string[] = [];
  for (let dir = start; ; dir = dirname(dir)) {
    found.push(dir);
    if (dirname(dir) === dir) return found;
  }
}

/** Candidate connector package folders: `node_modules/@convoflow/connector-*` and a workspace's `connectors/*`. */
function packageFolders(dir: string): string[] {
  const folders: string[] = [];
  const scope = join(dir, 'node_modules', '@convoflow');
  if (existsSync(scope))
    for (const name of readdirSync(scope).sort())
      if (name.startsWith('connector-')) folders.push(join(scope, name));
  const workspace = join(dir, 'connectors');
  if (existsSync(join(dir, 'pnpm-workspace.yaml')) && existsSync(workspace))
    for (const name of readdirSync(workspace).sort()) folders.push(join(workspace, name));
  return folders;
}

const versions = new WeakMap<Connector, string>();

/** The version of the package a discovered connector came from. */
export function connectorVersion(connector: Connector): string | undefined {
  return versions.get(connector);
}

/**
 * Connectors found by package name (`@convoflow/connector-*`) in the node_modules folders above the current
 * folder and above the CLI itself, plus the built connectors of a workspace (`connectors/*` next to a
 * `pnpm-workspace.yaml`), so a freshly scaffolded connector can be called after `pnpm build`. The nearest one
 * wins. No registry file lists them: installing (or building) a connector package is all it takes.
 */
export async function discoverConnectors(cwd: string): Promise<Record<string, Connector>> {
  const here = dirname(fileURLToPath(import.meta.url));
  const connectors: Record<string, Connector> = {};
  for (const dir of [...foldersUpFrom(cwd), ...foldersUpFrom(here)]) {
    for (const folder of packageFolders(dir)) {
      const manifest = join(folder, 'package.json');
      const entry = join(folder, 'dist', 'index.js');
      if (!existsSync(manifest) || !existsSync(entry)) continue;
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
      const id = pkg.name?.startsWith('@convoflow/connector-')
        ? pkg.name.slice('@convoflow/connector-'.length)
        : '';
      if (!id || Object.hasOwn(connectors, id)) continue;
      const module = (await import(pathToFileURL(entry).href)) as { connector?: Connector };
      if (module.connector?.id !== id) continue;
      connectors[id] = module.connector;
      if (pkg.version) versions.set(module.connector, pkg.version);
    }
  }
  return connectors;
}
