import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connector } from '@convoflow/core';

/** node_modules folders from `start` up to the root. */
function nodeModulesUpFrom(start: string): string[] {
  const found: string[] = [];
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules');
    if (existsSync(candidate)) found.push(candidate);
    if (dirname(dir) === dir) return found;
  }
}

/**
 * Installed connectors, found by package name (`@convoflow/connector-*`) in the node_modules folders above the
 * current folder and above the CLI itself, each package's exported `connector` object. No registry file lists
 * them: installing a connector package is all it takes.
 */
export async function discoverConnectors(cwd: string): Promise<Record<string, Connector>> {
  const here = dirname(fileURLToPath(import.meta.url));
  const connectors: Record<string, Connector> = {};
  for (const modules of [...nodeModulesUpFrom(cwd), ...nodeModulesUpFrom(here)]) {
    const scope = join(modules, '@convoflow');
    if (!existsSync(scope)) continue;
    for (const name of readdirSync(scope)
      .filter((entry) => entry.startsWith('connector-'))
      .sort()) {
      const id = name.slice('connector-'.length);
      if (connectors[id]) continue;
      const packageDir = join(scope, name);
      const entry = join(packageDir, 'dist', 'index.js');
      if (!existsSync(entry)) continue;
      const module = (await import(pathToFileURL(entry).href)) as { connector?: Connector };
      if (module.connector?.id === id) connectors[id] = module.connector;
    }
  }
  return connectors;
}
