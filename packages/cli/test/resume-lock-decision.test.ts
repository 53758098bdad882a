/**
 * Issue 16, with real processes: one process at a time runs a run (a second resume, or a run with the same
 * --run-id, is refused with exit 2 while the first is sending), and a run stopped at a POST without an
 * Idempotency-Key goes on with `--decide <step>=skip|resend`, journaled.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, cleanEnv, convoflow, postStep, root, scratch } from './support/convoflow.js';

let server: CaptureServer;
/** Requests to /second wait while this is on. */
let holding = true;
const held: (() => void)[] = [];
beforeAll(async () => {
  server = await startCaptureServer((request, response) => {
    const answer = () => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ id: `obj_${server.requests.length}` }));
    };
    if (request.url === '/second' && holding) held.push(answer);
    else answer();
  });
});
afterAll(() => server.close());

const step = (id: string, key: boolean) =>
  postStep(server.origin, id, {
    ...(key ? { headers: { 'Idempotency-Key': `{{run.id}}:${id}` } } : {}),
    retry: { limit: 0 },
  });

/** `convoflow run <args>` in the background, until the server holds its request to /second. */
async function startHeld(
  args: readonly string[],
): Promise<{ child: ChildProcess; exit: Promise<number | null> }> {
  holding = true;
  const child = spawn(process.execPath, [bin, 'run', ...args], {
    cwd: root,
    env: { ...cleanEnv, NO_COLOR: '1' },
    stdio: 'ignore',
  });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let gone = false;
  void exit.then(() => {
    gone = true;
  });
  while (held.length === 0) {
    if (gone) throw new Error('the run ended before its second step was sent');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { child, exit };
}

function release() {
  holding = false;
  for (const answer of held.splice(0)) answer();
}

const seen = (from: number) => server.requests.slice(from).map((request) => request.url);

describe('one process at a time per run', () => {
  it('refuses a second resume and a run with the same --run-id (exit 2) while the first is sending', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'convoflow-runs-'));
    const file = scratch('w.json', { name: 'locked', steps: [step('first', true), step('second', true)] });
    const before = server.requests.length;
    // Killed while the second step is held: a crashed run with a dead process's lock.
    const crashed = await startHeld([file, '--run-id', 'lock1', '--state-dir', dir]);
    crashed.child.kill('SIGKILL');
    await crashed.exit;
    release();
    // The resume takes over the dead process's lock, and holds it while its own request waits.
    const first = await startHeld([file, '--resume', 'lock1', '--state-dir', dir]);
    const second = await convoflow(['run', file, '--resume', 'lock1', '--state-dir', dir]);
    expect(second.code).toBe(2);
    expect(second.stderr).toContain('run lock1 is being run by another process (pid ');
    const again = await convoflow(['run', file, '--run-id', 'lock1', '--state-dir', dir]);
    expect(again.code).toBe(2);
    release();
    expect(await first.exit).toBe(0);
    expect(seen(before)).toEqual(['/first', '/second', '/second']);
  }, 180_000);
});

describe('a decision about a step in flight without an Idempotency-Key', () => {
  it('stops with exit 1 and a hint; --decide second=skip goes on without sending it, and is journaled', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'convoflow-runs-'));
    const file = scratch('w.json', {
      name: 'decide',
      steps: [step('first', true), step('second', false), step('third', true)],
    });
    const crashed = await startHeld([file, '--run-id', 'dec1', '--state-dir', dir]);
    crashed.child.kill('SIGKILL');
    await crashed.exit;
    release();
    const before = server.requests.length;
    const args = [file, '--resume', 'dec1', '--state-dir', dir];
    const stopped = await convoflow(['run', ...args]);
    expect(stopped.code).toBe(1);
    expect(stopped.stderr).toContain('--decide second=skip');
    const listed = await convoflow(['runs', '--state-dir', dir, '--json']);
    expect(JSON.parse(listed.stdout)).toEqual([
      expect.objectContaining({ runId: 'dec1', status: 'needs-decision' }),
    ]);
    const wrong = await convoflow(['run', ...args, '--decide', 'third=skip']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('step third is not waiting for a decision: step second is');
    const bad = await convoflow(['run', ...args, '--decide', 'second']);
    expect(bad.code).toBe(2);
    const skipped = await convoflow(['run', ...args, '--decide', 'second=skip']);
    expect(skipped.code).toBe(0);
    expect(seen(before)).toEqual(['/third']);
    const shown = await convoflow(['runs', 'show', 'dec1', '--state-dir', dir]);
    expect(shown.stdout).toContain('decided: skip');
    expect(shown.stdout).toContain('run succeeded');
  }, 180_000);
});
