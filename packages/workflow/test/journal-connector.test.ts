import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConnector, type InputValidator } from '@convoflow/core';
import { type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fileRunStore, runWorkflow, type Workflow } from '../src/index.js';

let server: CaptureServer;
beforeAll(async () => {
  server = await startCaptureServer();
});
afterAll(() => server.close());

const anything = Object.assign(() => true, { errors: null }) as unknown as InputValidator;
/** A connector whose POSTs carry its own idempotency key, like Stripe's. */
const keyed = defineConnector({
  id: 'keyed',
  packageName: '@convoflow/connector-keyed',
  title: 'Keyed',
  description: 'A test API with idempotency keys.',
  docsUrl: 'https://keyed.example.com',
  baseUrl: 'https://api.keyed.example.com',
  allowedHosts: ['api.keyed.example.com'],
  auth: {},
  idempotency: { methods: ['POST'] },
  operations: {
    create: {
      title: 'Create',
      description: 'Creates.',
      method: 'POST',
      path: { literal: '/things' },
      body: { expr: { path: [] } },
      bodyEncoding: 'json',
      inputSchema: { type: 'object' },
      validate: anything,
    },
  },
} as never);

it('journals a connector step as idempotent when its connector keys that method, even before its input is known', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'convoflow-journal-'));
  const store = fileRunStore(dir);
  const workflow = {
    steps: [
      { type: 'connector', id: 'one', operation: 'keyed.create', input: {} },
      { type: 'connector', id: 'two', operation: 'keyed.create', input: { after: '{{steps.one.status}}' } },
    ],
  } as Workflow;
  const result = await runWorkflow(workflow, {
    runId: 'k',
    journal: store,
    connectors: { keyed },
    baseUrls: { keyed: server.origin },
  });
  expect(result.error).toBeUndefined();
  const starts = (await store.read('k'))?.filter((entry) => entry.type === 'step-start');
  expect(starts).toEqual([
    expect.objectContaining({ id: 'one', method: 'POST', idempotencyKey: true }),
    expect.objectContaining({ id: 'two', method: 'POST', idempotencyKey: true }),
  ]);
  expect(server.requests.map((request) => request.headers['idempotency-key'])).toEqual(['k:one', 'k:two']);
});
