/**
 * A run that stopped at a step in flight without an Idempotency-Key (a POST that may have arrived) goes on only with
 * a person's decision: resend it, or skip it. The decision is journaled; a wrong step is refused before sending.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { undiciTransport } from '@convoflow/core';
import { type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fileRunStore,
  hashWorkflow,
  type JournalEntry,
  parseStepDecision,
  resumePoint,
  runWorkflow,
  type Workflow,
} from '../src/index.js';

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

const post = (id: string, body?: unknown) => ({
  id,
  type: 'customApi',
  config: { url: `${server.origin}/${id}`, method: 'POST', ...(body ? { body } : {}) },
});
let flow: Workflow;
beforeAll(() => {
  flow = {
    name: 'decide',
    steps: [post('charge'), post('receipt', { after: 'charge' })],
  } as unknown as Workflow;
});

/** A journal as a crash while `charge` (a POST without Idempotency-Key) was being sent leaves it. */
async function stoppedAtCharge() {
  const store = fileRunStore(mkdtempSync(join(tmpdir(), 'convoflow-decide-')));
  const journal = await store.create('r1');
  const at = new Date().toISOString();
  for (const entry of [
    { type: 'run-start', at, runId: 'r1', workflowHash: hashWorkflow(flow), input: {} },
    {
      type: 'step-start',
      at,
      key: '0',
      id: 'charge',
      stepType: 'customApi',
      method: 'POST',
      idempotencyKey: false,
    },
  ] as JournalEntry[])
    await journal.append(entry);
  await journal.close();
  return store;
}

const sent = (from: number) => server.requests.slice(from).map((request) => request.url);
const types = async (store: ReturnType<typeof fileRunStore>) =>
  ((await store.read('r1')) ?? []).map((entry) => entry.type);
const resume = (store: ReturnType<typeof fileRunStore>, decision?: Parameters<typeof parseStepDecision>[0]) =>
  runWorkflow(flow, {
    transport,
    runId: 'r1',
    resume: true,
    journal: store,
    ...(decision ? { decision: parseStepDecision(decision) ?? { stepId: '?', decision: 'skip' } } : {}),
  });

describe('a decision about the step in flight', () => {
  it('resend: sends the step again and the rest of the run, with the decision journaled', async () => {
    const store = await stoppedAtCharge();
    const before = server.requests.length;
    const result = await resume(store, 'charge=resend');
    expect(result.ok).toBe(true);
    expect(sent(before)).toEqual(['/charge', '/receipt']);
    expect(await types(store)).toEqual([
      'run-start',
      'step-start',
      'run-resume',
      'step-decision',
      'step-start',
      'step-end',
      'step-start',
      'step-end',
      'run-end',
    ]);
  });

  it('skip: the step counts as done without being sent; later steps run', async () => {
    const store = await stoppedAtCharge();
    const before = server.requests.length;
    const result = await resume(store, 'charge=skip');
    expect(result.ok).toBe(true);
    expect(sent(before)).toEqual(['/receipt']);
    expect(result.steps[0]).toMatchObject({ id: 'charge', ok: true, skipped: true });
    const decision = ((await store.read('r1')) ?? []).find((entry) => entry.type === 'step-decision');
    expect(decision).toMatchObject({ key: '0', id: 'charge', decision: 'skip' });
  });

  it('refuses a decision about another step, or when no step waits for one, sending nothing', async () => {
    const store = await stoppedAtCharge();
    const before = server.requests.length;
    const wrong = await resume(store, 'receipt=resend');
    expect(wrong.error).toMatchObject({ kind: 'config' });
    expect(wrong.error?.message).toContain('step receipt is not waiting for a decision: step charge is');
    expect(await types(store)).toEqual(['run-start', 'step-start']);
    await resume(store, 'charge=resend');
    const ended = await resume(store, 'charge=resend');
    expect(ended.error?.message).toContain('has ended');
    const plain = await runWorkflow(flow, {
      transport,
      runId: 'r2',
      decision: { stepId: 'charge', decision: 'skip' },
    });
    expect(plain.error?.message).toContain('a decision goes with a resume');
    expect(sent(before)).toEqual(['/charge', '/receipt']);
  });

  it('holds only for the step start it follows: a resent step in flight again needs a new decision', () => {
    const at = 'now';
    const start = {
      type: 'step-start',
      at,
      key: '0',
      id: 'charge',
      stepType: 'customApi',
      method: 'POST',
    } as const;
    const entries: JournalEntry[] = [
      { type: 'run-start', at, runId: 'r1', workflowHash: 'h', input: {} },
      start,
      { type: 'step-decision', at, key: '0', id: 'charge', decision: 'resend' },
    ];
    expect(resumePoint(entries)?.inFlight).toMatchObject({ safe: true, decision: 'resend' });
    expect(resumePoint([...entries, start])?.inFlight).toMatchObject({ safe: false });
  });

  it('reads --decide values: <stepId>=resend|skip, nothing else', () => {
    expect(parseStepDecision('charge=skip')).toEqual({ stepId: 'charge', decision: 'skip' });
    expect(parseStepDecision('charge=resend')).toEqual({ stepId: 'charge', decision: 'resend' });
    expect(parseStepDecision('charge=maybe')).toBeUndefined();
    expect(parseStepDecision('=skip')).toBeUndefined();
  });
});
