/**
 * Starts the built `convoflow studio` (packages/cli/dist/bin.js, from `pnpm build`) as a user would: a subprocess
 * in the repository's root (so examples/ is found), with a clean environment plus the secrets a test gives.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const bin = join(root, 'packages', 'cli', 'dist', 'bin.js');

/** A running studio process and what its first line said. */
export interface StudioProcess {
  url: string;
  origin: string;
  port: number;
  token: string;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  stop(): Promise<void>;
}

const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !/^(STRIPE|SLACK|SENDGRID|GOOGLE)_|^CANARY/.test(name)),
);

/** Starts `convoflow studio ...args` and waits for the URL it prints. */
export function startStudioProcess(
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<StudioProcess> {
  const child: ChildProcess = spawn(process.execPath, [bin, 'studio', ...args], {
    cwd: root,
    env: {
      ...cleanEnv,
      NO_COLOR: '1',
      CONVOFLOW_STATE_DIR: mkdtempSync(join(tmpdir(), 'convoflow-studio-')),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /(http:\/\/127\.0\.0\.1:(\d+))\/\?token=([\w-]+)/.exec(output);
      if (found?.[1] && found[2] && found[3])
        resolve({
          url: found[0],
          origin: found[1],
          port: Number(found[2]),
          token: found[3],
          output: () => output,
          stop,
        });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code) =>
      reject(new Error(`convoflow studio exited (${code}) before printing its URL:\n${output}`)),
    );
  });
}
