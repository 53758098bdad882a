/** Issue 16: `convoflow runs` lists journaled runs; `runs show` prints one journal with sensitive fields masked. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convoflow, postStep, scratch } from './support/convoflow.js';

let server: CaptureServer;
beforeAll(async () => {
  server = await startCaptureServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end('{"id":"pi_1","client_secret":"pi_1_secret_shown_masked"}');
  });
});
afterAll(() => server.close());

describe('convoflow runs', () => {
  it('lists runs with their status and shows a journal with sensitive fields masked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'convoflow-runs-'));
    expect((await convoflow(['runs', '--state-dir', dir])).stdout).toContain('no runs in');
    const file = scratch('w.json', { name: 'listed', steps: [postStep(server.origin, 'a')] });
    const run = await convoflow(['run', file, '--run-id', 'r1', '--state-dir', dir]);
    expect(run.code).toBe(0);
    const listed = await convoflow(['runs', '--state-dir', dir]);
    expect(listed.stdout).toMatch(/^r1 {2}succeeded .* 1 step {2}listed$/m);
    const shown = await convoflow(['runs', 'show', 'r1', '--json'], { env: { CONVOFLOW_STATE_DIR: dir } });
    const entries = JSON.parse(shown.stdout) as { type: string; view?: { body: unknown } }[];
    expect(entries.map((entry) => entry.type)).toEqual(['run-start', 'step-start', 'step-end', 'run-end']);
    expect(entries[2]?.view?.body).toEqual({ id: 'pi_1', client_secret: '***' });
  });

  it('refuses to show a run without a journal, and an unknown action (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'convoflow-runs-'));
    const missing = await convoflow(['runs', 'show', 'nope', '--state-dir', dir]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('run nope has no journal');
    expect((await convoflow(['runs', 'list', '--state-dir', dir])).code).toBe(2);
  });
});
