import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { undiciTransport } from '@convoflow/core';
import { type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileRunStore, runWorkflow, type Workflow } from '../src/index.js';

const transport = undiciTransport();
let server: CaptureServer;
let failNext = 0;
beforeAll(async () => {
  server = await startCaptureServer((_request, response) => {
    if (failNext > 0) {
      failNext--;
      response.writeHead(503, { 'retry-after': '0' });
      response.end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end('{"id":"obj"}');
  });
});
afterAll(async () => {
  await server.close();
  await transport.close?.();
});

const workflow = () =>
  ({
    name: 'budget',
    steps: ['a', 'b'].map((id) => ({
      id,
      type: 'customApi',
      config: {
        url: `${server.origin}/${id}`,
        method: 'POST',
        headers: { 'Idempotency-Key': `{{run.id}}:${id}` },
      },
    })),
  }) as unknown as Workflow;

describe('runWorkflow for queue workers: stepBudget and deferFailure', () => {
  it('sends one step per call with stepBudget 1, and a resume sends the next one', async () => {
    const journal = fileRunStore(mkdtempSync(join(tmpdir(), 'convoflow-budget-')));
    const first = await runWorkflow(workflow(), { runId: 'budget-1', journal, transport, stepBudget: 1 });
    expect(first).toMatchObject({ ok: false, unfinished: 'paused' });
    expect(first.error).toBeUndefined();
    expect(server.requests.map((request) => request.url)).toEqual(['/a']);
    const second = await runWorkflow(workflow(), {
      runId: 'budget-1',
      journal,
      transport,
      resume: true,
      stepBudget: 1,
    });
    expect(second).toMatchObject({ ok: true });
    expect(second.unfinished).toBeUndefined();
    expect(server.requests.map((request) => request.url)).toEqual(['/a', '/b']);
    const entries = (await journal.read('budget-1')) ?? [];
    expect(entries.filter((entry) => entry.type === 'run-end')).toHaveLength(1);
  });

  it('keeps a deferred failure in flight (no result, no run end) and sends it again on resume, same key', async () => {
    server.requests.length = 0;
    failNext = 1;
    const journal = fileRunStore(mkdtempSync(join(tmpdir(), 'convoflow-defer-')));
    const options = { runId: 'defer-1', journal, transport, retry: { limit: 0 }, deferFailure: () => true };
    const first = await runWorkflow(workflow(), options);
    expect(first).toMatchObject({ ok: false, unfinished: 'deferred', error: { stepId: 'a' } });
    const entries = (await journal.read('defer-1')) ?? [];
    expect(entries.map((entry) => entry.type)).toEqual(['run-start', 'step-start']);
    const second = await runWorkflow(workflow(), { ...options, resume: true });
    expect(second.ok).toBe(true);
    expect(server.requests.map((request) => `${request.url} ${request.headers['idempotency-key']}`)).toEqual([
      '/a defer-1:a',
      '/a defer-1:a',
      '/b defer-1:b',
    ]);
  });
});
