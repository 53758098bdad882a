/**
 * Issue 16: a run killed with SIGKILL after its first step is resumed from its journal. The server (in this test
 * process, on 127.0.0.1) holds the second step's response until the CLI is killed: it sees the first step exactly
 * once, the second again under the same Idempotency-Key, and no step under two keys.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, CANARY, cleanEnv, convoflow, postStep, root, scratch } from './support/convoflow.js';

let server: CaptureServer;
let holding = true;
const held: (() => void)[] = [];
beforeAll(async () => {
  server = await startCaptureServer((request, response) => {
    const answer = () => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({ id: `obj_${server.requests.length}`, client_secret: 'pi_secret_shown_masked' }),
      );
    };
    // The second step's first attempt hangs until the client is killed.
    if (request.url === '/second' && holding) held.push(answer);
    else answer();
  });
});
afterAll(() => server.close());

const env = { TOKEN: CANARY };
const step = (id: string, key: boolean) =>
  postStep(server.origin, id, {
    headers: { 'X-Token': '{{secrets.TOKEN}}', ...(key ? { 'Idempotency-Key': `{{run.id}}:${id}` } : {}) },
    retry: { limit: 0 },
  });

/** Starts `convoflow run`, waits until the server holds the second step, then SIGKILLs it. */
async function runAndKill(file: string, runId: string, dir: string): Promise<void> {
  holding = true;
  const child = spawn(
    process.execPath,
    [bin, 'run', file, '--run-id', runId, '--state-dir', dir, '--allow-secret', 'TOKEN'],
    { cwd: root, env: { ...cleanEnv, NO_COLOR: '1', ...env }, stdio: 'ignore' },
  );
  let gone = false;
  const exited = new Promise((resolve) => child.on('exit', resolve)).then(() => {
    gone = true;
  });
  while (held.length === 0) {
    if (gone) throw new Error('the run ended before its second step was sent');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  child.kill('SIGKILL');
  await exited;
  holding = false;
  for (const answer of held.splice(0)) answer();
}

/** Requests since `from` as `path key`. */
const seen = (from: number) =>
  server.requests.slice(from).map((request) => `${request.url} ${request.headers['idempotency-key'] ?? '-'}`);

describe('a run killed after its first step', () => {
  it('resumes with the same idempotency keys, never sending a completed step again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'convoflow-runs-'));
    const file = scratch('w.json', { name: 'crash', steps: [step('first', true), step('second', true)] });
    const before = server.requests.length;
    await runAndKill(file, 'crash1', dir);
    const listed = await convoflow(['runs', '--state-dir', dir, '--json']);
    expect(JSON.parse(listed.stdout)).toEqual([
      expect.objectContaining({ runId: 'crash1', status: 'unfinished' }),
    ]);

    const resumed = await convoflow(
      ['run', file, '--resume', 'crash1', '--state-dir', dir, '--allow-secret', 'TOKEN'],
      { env },
    );
    expect(resumed.stderr).toBe('');
    expect(resumed.code).toBe(0);
    expect(seen(before)).toEqual(['/first crash1:first', '/second crash1:second', '/second crash1:second']);

    const journal = readFileSync(join(dir, 'crash1.jsonl'), 'utf8');
    expect(journal).not.toContain(CANARY);
    const shown = await convoflow(['runs', 'show', 'crash1', '--state-dir', dir]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('run resumed');
    expect(shown.stdout).not.toContain('pi_secret_shown_masked');
    const again = await convoflow(
      ['run', file, '--run-id', 'crash1', '--state-dir', dir, '--allow-secret', 'TOKEN'],
      {
        env,
      },
    );
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`--resume crash1`);
  }, 180_000);

  it('stops with exit 1 at an in-flight POST without an Idempotency-Key, and refuses a changed workflow', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'convoflow-runs-'));
    const workflow = { name: 'crash', steps: [step('first', true), step('second', false)] };
    const file = scratch('w.json', workflow);
    await runAndKill(file, 'crash2', dir);
    const before = server.requests.length;
    const args = ['--resume', 'crash2', '--state-dir', dir, '--allow-secret', 'TOKEN'];
    const changed = scratch('w.json', { ...workflow, name: 'changed' });
    const refused = await convoflow(['run', changed, ...args], { env });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('its hash differs');
    const stopped = await convoflow(['run', file, ...args], { env });
    expect(stopped.code).toBe(1);
    expect(stopped.stdout).toContain('step second needs a decision');
    expect(seen(before)).toEqual([]);
  }, 180_000);
});
