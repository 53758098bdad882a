/**
 * The canary probe, CLI side: runs the built `convoflow` with a canary as the secrets KEY and USER (from the
 * environment or a --secrets-file), piped or on a pseudo-terminal, and names every form of the canary found in its
 * stdout and stderr. The canaries, their forms and the echo server come from @convoflow/testkit.
 */
import { spawn } from 'node:child_process';
import { CANARY_USER, findLeaks } from '@convoflow/testkit';
import { bin, cleanEnv, convoflow, type Outcome, root, scratch } from './convoflow.js';

/** Every kind of auth, each reading the canary as the secret KEY. */
export const AUTHS = {
  bearer: { type: 'bearer', token: '{{secrets.KEY}}' },
  basic: { type: 'basic', username: '{{secrets.USER}}', password: '{{secrets.KEY}}' },
  apikey_header: { type: 'apiKey', in: 'header', name: 'X-Api-Key', value: '{{secrets.KEY}}' },
  apikey_query: { type: 'apiKey', in: 'query', name: 'key', value: '{{secrets.KEY}}' },
} as const;

/** Lets a Custom API config read KEY and USER. */
export const ALLOW = ['--allow-secret', 'KEY', '--allow-secret', 'USER'];

/** Where the canary comes from: the environment, or a --secrets-file (which also names a decoy in the env). */
export type SecretSource = 'env' | 'secrets-file';

/** How the CLI's output is read: through pipes, or on a terminal (a pseudo-terminal from `script`). */
export type Terminal = 'piped' | 'tty';

/**
 * Runs `convoflow args` with the canary as KEY and STRIPE_SECRET_KEY (and CANARY_USER as USER); stdout and stderr
 * as they came.
 */
export async function convoflowWithCanary(
  args: readonly string[],
  canary: string,
  how: { source: SecretSource; terminal?: Terminal; stdin?: string; env?: NodeJS.ProcessEnv },
): Promise<Outcome> {
  let env: NodeJS.ProcessEnv = { KEY: canary, USER: CANARY_USER, STRIPE_SECRET_KEY: canary, ...how.env };
  let extra: string[] = [];
  if (how.source === 'secrets-file') {
    const value = JSON.stringify(canary);
    const file = scratch('.secrets', `KEY=${value}\nUSER=${CANARY_USER}\nSTRIPE_SECRET_KEY=${value}\n`);
    env = { KEY: 'decoy-from-env', STRIPE_SECRET_KEY: 'decoy-from-env', ...how.env };
    extra = ['--secrets-file', file];
  }
  const all = [...args, ...extra];
  if (how.terminal === 'tty') return onTerminal(all, env);
  return convoflow(all, { env, ...(how.stdin !== undefined ? { stdin: how.stdin } : {}) });
}

const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** Runs the CLI on a pseudo-terminal (stdout and stderr are both the terminal, colour on). */
function onTerminal(args: readonly string[], env: NodeJS.ProcessEnv): Promise<Outcome> {
  const command = [process.execPath, bin, ...args].map(quote).join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qec', command, '/dev/null'], {
      cwd: root,
      env: { ...cleanEnv, TERM: 'xterm-256color', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr: '' }));
  });
}

/** Each leak in an outcome as `label | stdout or stderr | form`; empty when there is none. */
export function leaksIn(outcome: Outcome, canary: string, label: string): string[] {
  return (['stdout', 'stderr'] as const).flatMap((channel) =>
    findLeaks(outcome[channel], canary).map((form) => `${label} | ${channel} | ${form}`),
  );
}

/** Runs `tasks` a few at a time (each one starts a Node process; the machine is shared). */
export async function inBatches<T>(tasks: Array<() => Promise<T>>, size = 4): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < tasks.length; start += size)
    results.push(...(await Promise.all(tasks.slice(start, start + size).map((task) => task()))));
  return results;
}

/** The output modes of a command that sends, and those that only print the request. */
export const LIVE_MODES = [[], ['--json'], ['--verbose']] as const;
export const DRY_MODES = [['--dry-run'], ['--dry-run', '--json'], ['--curl'], ['--curl', '--json']] as const;

const MODE_FLAGS = new Set(['--json', '--verbose', '--dry-run', '--curl']);

/** One way of running the CLI; `args` may write files holding the canary. */
export interface Probe {
  label: string;
  args: (canary: string) => string[];
  /** The exit codes this probe may end with. */
  codes: readonly number[];
  terminal?: Terminal;
  stdin?: (canary: string) => string;
}

/**
 * Runs every probe with both canaries, the secrets from the environment and from a --secrets-file in turn; returns
 * each leak and each unexpected exit code, as lines naming the canary, the probe and the channel.
 */
export async function runProbes(
  probes: readonly Probe[],
  canaries: readonly string[],
): Promise<{ leaks: string[]; unexpected: string[]; outcomes: Outcome[] }> {
  const leaks: string[] = [];
  const unexpected: string[] = [];
  const outcomes: Outcome[] = [];
  const tasks = canaries.flatMap((canary, c) =>
    probes.map((probe, p) => async () => {
      const source: SecretSource = (c + p) % 2 === 0 ? 'env' : 'secrets-file';
      const args = probe.args(canary);
      const mode = args.filter((arg) => MODE_FLAGS.has(arg)).join(' ') || 'plain';
      const label = `${canary} | ${probe.label} | ${mode} | ${source} | ${probe.terminal ?? 'piped'}`;
      const outcome = await convoflowWithCanary(args, canary, {
        source,
        ...(probe.terminal ? { terminal: probe.terminal } : {}),
        ...(probe.stdin ? { stdin: probe.stdin(canary) } : {}),
      });
      outcomes.push(outcome);
      leaks.push(...leaksIn(outcome, canary, label));
      // A probe that printed nothing (or ended in a bug, 70) proves nothing.
      if (!probe.codes.includes(outcome.code) || `${outcome.stdout}${outcome.stderr}`.trim() === '')
        unexpected.push(`${label} | exit ${outcome.code} | ${outcome.stderr.slice(0, 300)}`);
    }),
  );
  await inBatches(tasks);
  return { leaks, unexpected, outcomes };
}
