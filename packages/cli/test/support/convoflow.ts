/**
 * Runs the built `convoflow` binary (packages/cli/dist/bin.js, from `pnpm build`) as a user would: a subprocess,
 * with a clean environment (no provider secrets, no colour), optional stdin. Nothing leaves 127.0.0.1.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';

// Each test starts the CLI (a Node process that loads every connector) a few times: on a busy machine that takes
// seconds, not milliseconds.
vi.setConfig({ testTimeout: 60_000 });

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
export const bin = join(root, 'packages', 'cli', 'dist', 'bin.js');

/** A secret value that must never appear in any output. */
export const CANARY = 'sk_test_CANARY_51xyz';

/**
 * The environment without any provider secret, so nothing real can be reached by accident; run journals go to a
 * scratch folder, not the repository's `.convoflow/runs`.
 */
export const cleanEnv: NodeJS.ProcessEnv = {
  ...Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(STRIPE|SLACK|SENDGRID|GOOGLE)_|^NO_COLOR$/.test(name)),
  ),
  CONVOFLOW_STATE_DIR: mkdtempSync(join(tmpdir(), 'convoflow-state-')),
};

export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

export function convoflow(
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; stdin?: string; cwd?: string } = {},
): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: options.cwd ?? root,
      env: { ...cleanEnv, NO_COLOR: '1', ...options.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

/** Writes a file into a fresh temporary folder; returns its path. */
export function scratch(name: string, contents: string | object): string {
  const path = join(mkdtempSync(join(tmpdir(), 'convoflow-cli-')), name);
  writeFileSync(path, typeof contents === 'string' ? contents : JSON.stringify(contents));
  return path;
}

/** A Custom API step that POSTs to a local server, which may receive its secrets. */
export function postStep(origin: string, id: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    type: 'customApi',
    config: { url: `${origin}/${id}`, method: 'POST', body: { a: 1 }, allowedHosts: [origin], ...extra },
  };
}
