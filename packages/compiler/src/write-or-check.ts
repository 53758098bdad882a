import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { GeneratedFile } from './generated-file.js';

/** What write-or-check found: files that differ from what is generated, and stray files in generated folders. */
export interface FileCheck {
  stale: string[];
  stray: string[];
}

async function readOrUndefined(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Compares generated files with what is on disk (check mode), or writes them (`write: true`). `ownedDirs` are
 * folders wholly owned by the generator: a file there that it no longer produces is stray (deleted in write mode).
 */
export async function writeOrCheck(
  root: string,
  files: readonly GeneratedFile[],
  options: { write: boolean; ownedDirs?: readonly string[] },
): Promise<FileCheck> {
  const result: FileCheck = { stale: [], stray: [] };
  const produced = new Set(files.map((file) => file.path));
  for (const file of files) {
    const absolute = join(root, file.path);
    if ((await readOrUndefined(absolute)) === file.contents) continue;
    result.stale.push(file.path);
    if (options.write) {
      await mkdir(dirname(absolute), { recursive: true });
      await writeFile(absolute, file.contents);
    }
  }
  for (const dir of options.ownedDirs ?? []) {
    let names: string[] = [];
    try {
      names = await readdir(join(root, dir));
    } catch {
      continue;
    }
    for (const name of names) {
      const path = `${dir}/${name}`;
      if (produced.has(path)) continue;
      result.stray.push(path);
      if (options.write) await rm(join(root, path), { recursive: true, force: true });
    }
  }
  return result;
}
