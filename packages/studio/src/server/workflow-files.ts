import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import type { OpenedWorkflow } from '../protocol.js';
import { RequestProblem } from './http-utils.js';

/** The workflow files the studio may open: found once under its folder, and nothing else. */
export interface WorkflowFiles {
  list(): string[];
  open(path: string): OpenedWorkflow;
}

const SKIP = new Set(['node_modules', '.git', 'dist', '.convoflow']);

function findWorkflows(root: string, dir: string, depth: number, found: string[]): void {
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.isDirectory() && depth < 3 && !SKIP.has(entry.name) && !entry.name.startsWith('.'))
      findWorkflows(root, join(dir, entry.name), depth + 1, found);
    else if (entry.isFile() && entry.name.endsWith('.workflow.json'))
      found.push(relative(root, join(dir, entry.name)).split(sep).join('/'));
  }
}

function readJson(file: string, label: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new RequestProblem(400, `${label} cannot be read as JSON: ${(error as Error).message}`);
  }
}

/**
 * `*.workflow.json` files up to three folders below `root` (node_modules, dist and dot-folders skipped); opening
 * one also reads its sample inputs, the `name.*.json` files next to it (`new-order.accepted.json`).
 */
export function workflowFiles(root: string): WorkflowFiles {
  const found: string[] = [];
  findWorkflows(root, root, 0, found);
  return {
    list: () => [...found],
    open(path) {
      if (!found.includes(path))
        throw new RequestProblem(404, `${path} is not one of the studio's workflow files`);
      const file = join(root, path);
      const workflow = readJson(file, path);
      if (workflow === null || typeof workflow !== 'object' || Array.isArray(workflow))
        throw new RequestProblem(400, `${path} is not a workflow: it must be a JSON object with "steps"`);
      const stem = basename(file).slice(0, -'.workflow.json'.length);
      const inputs = readdirSync(dirname(file))
        .filter(
          (name) => name.startsWith(`${stem}.`) && name.endsWith('.json') && !name.endsWith('.workflow.json'),
        )
        .sort()
        .map((name) => ({
          name: name.slice(stem.length + 1, -'.json'.length),
          value: readJson(join(dirname(file), name), name),
        }));
      return { path, workflow: workflow as Record<string, unknown>, inputs };
    },
  };
}
