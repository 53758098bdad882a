import { startCaptureServer } from '@convoflow/testkit';
import { describe, expect, it } from 'vitest';
import {
  HANDLEABLE_ERROR_KINDS,
  planWorkflow,
  runWorkflow,
  validateWorkflow,
  type Workflow,
} from '../src/index.js';

const post = (origin: string, id: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'customApi' as const,
  config: { url: `${origin}/${id}`, method: 'POST', allowedHosts: [origin], ...extra },
});

describe('handleable kinds', () => {
  it('are exactly the remote outcomes', () => {
    expect([...HANDLEABLE_ERROR_KINDS].sort()).toEqual(
      [
        'auth',
        'http',
        'invalid_response',
        'network',
        'rate_limited',
        'timeout',
        'too_large',
        'upstream',
      ].sort(),
    );
    expect(HANDLEABLE_ERROR_KINDS).not.toContain('blocked');
  });
});

describe('runWorkflow pre-flight', () => {
  it('sends nothing when a later branch lacks a secret, and names every missing one', async () => {
    const server = await startCaptureServer();
    try {
      const secret = { headers: { 'X-Key': '{{secrets.KEY_B}}' } };
      const workflow = {
        steps: [
          post(server.origin, 'a'),
          {
            type: 'condition',
            if: { ok: 'a' },
            then: [post(server.origin, 'b', secret)],
            else: [post(server.origin, 'c', { headers: { 'X-Key': '{{secrets.KEY_C}}' } })],
          },
        ],
      } as Workflow;
      const result = await runWorkflow(workflow, { secrets: {} });
      expect(server.requests.length).toBe(0);
      expect(result.ok).toBe(false);
      expect(result.error?.issues?.map((issue) => issue.message)).toEqual([
        'secret KEY_B is not set (step b)',
        'secret KEY_C is not set (step c)',
      ]);
    } finally {
      await server.close();
    }
  });

  it('returns a typed failure for a cyclic input and a cyclic workflow instead of throwing', async () => {
    const input: Record<string, unknown> = {};
    input.self = input;
    const run = await runWorkflow({ steps: [] }, { input });
    expect(run.error).toMatchObject({ kind: 'input', message: expect.stringContaining('contains itself') });
    const workflow: Record<string, unknown> = { steps: [] };
    (workflow.steps as unknown[]).push({ type: 'debug', value: workflow });
    expect(validateWorkflow(workflow)[0]?.message).toContain('contains itself');
  });
});

describe('planWorkflow', () => {
  it('plans every branch with placeholders for earlier outputs and secrets, reading no secret value', async () => {
    const workflow = {
      steps: [
        post('http://127.0.0.1:9', 'a'),
        {
          type: 'condition',
          if: { ok: 'a' },
          then: [
            post('http://127.0.0.1:9', 'b', {
              body: { id: '{{steps.a.body.id}}' },
              headers: { 'X-Key': '{{secrets.KEY}}' },
            }),
          ],
        },
      ],
    } as Workflow;
    const plan = await planWorkflow(workflow, { secrets: { KEY: 'value-never-shown' } });
    expect(plan.steps.map((step) => [step.id, step.branch])).toEqual([
      ['a', 'main'],
      ['b', 'then'],
    ]);
    expect(plan.steps[1]?.request).toMatchObject({
      body: '{"id":"<steps.a.body.id>"}',
      headers: { 'x-key': '<KEY>' },
    });
    expect(JSON.stringify(plan)).not.toContain('value-never-shown');
    expect(plan.secrets).toEqual([]);
  });

  it('shows a secret in the path (a connection parameter from a secret) as <NAME>, never its value', async () => {
    const workflow = {
      steps: [
        post('http://127.0.0.1:9', 'a', {
          url: 'http://127.0.0.1:9/Accounts/{{secrets.ACCOUNT_SID}}/Messages.json',
        }),
      ],
    } as Workflow;
    const plan = await planWorkflow(workflow, { secrets: { ACCOUNT_SID: 'AC_value-never-shown' } });
    expect(plan.steps[0]?.request).toMatchObject({
      url: 'http://127.0.0.1:9/Accounts/<ACCOUNT_SID>/Messages.json',
    });
    expect(JSON.stringify(plan)).not.toContain('value-never-shown');
  });
});
