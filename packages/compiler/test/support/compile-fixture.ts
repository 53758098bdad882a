import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CompileIssue, compileConnector, isManifestError } from '../../src/index.js';

export const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const coreDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'core');

/** Links this workspace's core as `<root>/node_modules/@convoflow/core`, so generated code imports it as users do. */
export function linkCore(root: string): void {
  mkdirSync(join(root, 'node_modules', '@convoflow'), { recursive: true });
  symlinkSync(coreDir, join(root, 'node_modules', '@convoflow', 'core'), 'dir');
}

/**
 * A scratch repository root in the temp folder: `connectors/<id>` copied from a fixture (then changed by `edit`),
 * and `node_modules/@convoflow/core` linked to this workspace's core, so generated code imports it as users do.
 */
export function scratchRoot(fixture: string, edit?: (dir: string) => void): { root: string; dir: string } {
  const root = mkdtempSync(join(tmpdir(), 'convoflow-compiler-'));
  const dir = join(root, 'connectors', fixture);
  cpSync(join(fixturesDir, fixture), dir, {
    recursive: true,
    filter: (source) => !source.includes('/generated'),
  });
  linkCore(root);
  edit?.(dir);
  return { root, dir };
}

/** Compiles a scratch connector and writes its generated files; returns the path of its generated index. */
export async function compileScratch(root: string, dir: string): Promise<string> {
  const { files } = await compileConnector(dir, { root });
  for (const file of files) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.contents);
  }
  return join(dir, 'generated', 'index.ts');
}

/** Copies the greeter fixture, applies `edit`, compiles, and returns the issues of the ManifestError. */
export async function issuesAfter(edit: (dir: string) => void): Promise<CompileIssue[]> {
  const { root, dir } = scratchRoot('greeter', edit);
  try {
    await compileConnector(dir, { root });
  } catch (error) {
    if (isManifestError(error)) return [...error.issues];
    throw error;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  throw new Error('the connector compiled');
}

/** Rewrites a JSON file through `change`. */
export function editJson(path: string, change: (value: Record<string, unknown>) => void): void {
  const value = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  change(value);
  writeFileSync(path, JSON.stringify(value, null, 2));
}
