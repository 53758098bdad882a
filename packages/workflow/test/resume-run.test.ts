import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { undiciTransport } from '@convoflow/core';
import { type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileRunStore, hashWorkflow, type JournalEntry, runWorkflow, type Workflow } from '../src/index.js';

const transport = undiciTransport();
let server: CaptureServer;
beforeAll(async () => {
  server = await startCaptureServer((request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ id: `obj_${server.requests.length}`, path: request.url }));
  });
});
afterAll(async () => {
  await server.close();
  await transport.close?.();
});

const step = (id: string, method: string, headers: Record<string, string> = {}, body?: unknown) => ({
  id,
  type: 'customApi',
  config: { url: `${server.origin}/${id}`, method, headers, ...(body ? { body } : {}) },
});
const workflow = (second: ReturnType<typeof step>) =>
  ({ name: 'resume', steps: [step('first', 'POST'), second] }) as unknown as Workflow;

/** A journal as a crash after the first step (and the second's start) leaves it. */
async function crashed(flow: Workflow, second: Partial<Extract<JournalEntry, { type: 'step-start' }>>) {
  const dir = mkdtempSync(join(tmpdir(), 'convoflow-resume-'));
  const store = fileRunStore(dir);
  const journal = await store.create('crashed');
  const at = new Date().toISOString();
  const view = { ok: true, status: 200, headers: {}, body: { id: 'obj_before' }, attempts: 1, durationMs: 1 };
  const record = {
    id: 'first',
    type: 'customApi' as const,
    ok: true,
    status: 200,
    attempts: 1,
    durationMs: 1,
  };
  for (const entry of [
    { type: 'run-start', at, runId: 'crashed', workflowHash: hashWorkflow(flow), input: {} },
    {
      type: 'step-start',
      at,
      key: '0',
      id: 'first',
      stepType: 'customApi',
      method: 'POST',
      idempotencyKey: false,
    },
    { type: 'step-end', at, key: '0', record, view },
    { type: 'step-start', at, key: '1', id: 'second', stepType: 'customApi', ...second },
  ] as JournalEntry[])
    await journal.append(entry);
  await journal.close();
  return store;
}

const sent = (from: number) => server.requests.slice(from).map((request) => request.url);

describe('resuming a crashed run', () => {
  it('never sends a completed step again; later steps see what it returned before the crash', async () => {
    const flow = workflow(
      step('second', 'POST', { 'Idempotency-Key': '{{run.id}}:second' }, { from: '{{steps.first.body.id}}' }),
    );
    const store = await crashed(flow, { method: 'POST', idempotencyKey: true });
    const before = server.requests.length;
    const result = await runWorkflow(flow, { transport, runId: 'crashed', resume: true, journal: store });
    expect(result.ok).toBe(true);
    expect(sent(before)).toEqual(['/second']);
    const request = server.requests.at(-1);
    expect(request?.headers['idempotency-key']).toBe('crashed:second');
    expect(JSON.parse(request?.body.toString() ?? '')).toEqual({ from: 'obj_before' });
    expect((await store.list())[0]?.status).toBe('succeeded');
  });

  it('sends an in-flight GET again: it is safe', async () => {
    const flow = workflow(step('second', 'GET'));
    const store = await crashed(flow, { method: 'GET', idempotencyKey: false });
    const before = server.requests.length;
    const result = await runWorkflow(flow, { transport, runId: 'crashed', resume: true, journal: store });
    expect(result.ok).toBe(true);
    expect(sent(before)).toEqual(['/second']);
  });

  it('stops at an in-flight POST without an Idempotency-Key and names the step that needs a decision', async () => {
    const flow = workflow(step('second', 'POST'));
    const store = await crashed(flow, { method: 'POST', idempotencyKey: false });
    const before = server.requests.length;
    const result = await runWorkflow(flow, { transport, runId: 'crashed', resume: true, journal: store });
    expect(result.ok).toBe(false);
    expect(result.error).toMatchObject({ stepId: 'second', kind: 'aborted' });
    expect(result.error?.message).toContain('step second needs a decision');
    expect(sent(before)).toEqual([]);
    // Not ended: the decision is still to be made, and the journal says so once, however often it is tried.
    expect((await store.list())[0]?.status).toBe('needs-decision');
    await runWorkflow(flow, { transport, runId: 'crashed', resume: true, journal: store });
    const types = ((await store.read('crashed')) ?? []).map((entry) => entry.type);
    expect(types.slice(3)).toEqual(['step-start', 'decision-needed']);
  });

  it('refuses a workflow whose hash differs from the journal’s, sending nothing', async () => {
    const store = await crashed(workflow(step('second', 'GET')), { method: 'GET' });
    const before = server.requests.length;
    const changed = workflow(step('second', 'DELETE'));
    const result = await runWorkflow(changed, { transport, runId: 'crashed', resume: true, journal: store });
    expect(result.error?.kind).toBe('config');
    expect(result.error?.message).toContain('its hash differs');
    expect(sent(before)).toEqual([]);
  });

  it('refuses to resume a run that has no journal, or that has ended', async () => {
    const flow = workflow(step('second', 'GET'));
    const store = await crashed(flow, { method: 'GET' });
    const missing = await runWorkflow(flow, { transport, runId: 'other', resume: true, journal: store });
    expect(missing.error?.message).toContain('run other has no journal to resume');
    await runWorkflow(flow, { transport, runId: 'crashed', resume: true, journal: store });
    const ended = await runWorkflow(flow, { transport, runId: 'crashed', resume: true, journal: store });
    expect(ended.error?.message).toContain('has ended');
  });
});

describe('an aborted run', () => {
  it('stays unfinished, and its resume skips what completed and sends the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'convoflow-resume-'));
    const store = fileRunStore(dir);
    const flow = {
      steps: [step('first', 'POST'), { type: 'delay', ms: 1_000 }, step('second', 'POST')],
    } as unknown as Workflow;
    const controller = new AbortController();
    const before = server.requests.length;
    // Aborted while it waits, after the first step: that one is complete, the delay and the second are not.
    const aborted = await runWorkflow(flow, {
      transport,
      runId: 'a',
      journal: store,
      signal: controller.signal,
      onEvent: (event) => {
        if (event.type === 'step-start' && event.step.type === 'delay')
          setTimeout(() => controller.abort(), 50);
      },
    });
    expect(aborted.error?.kind).toBe('aborted');
    expect((await store.list())[0]?.status).toBe('unfinished');
    const resumed = await runWorkflow(flow, { transport, runId: 'a', journal: store, resume: true });
    expect(resumed.ok).toBe(true);
    expect(sent(before)).toEqual(['/first', '/second']);
  }, 30_000);
});
