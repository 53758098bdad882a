/** Issue 11, items 1 and 13: `run --dry-run` and `run --curl` are plans: they print every request and send nothing. */
import { type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY, convoflow, postStep, scratch } from './support/convoflow.js';

let server: CaptureServer;
beforeAll(async () => {
  server = await startCaptureServer();
});
afterAll(() => server.close());

/** Two steps, a condition with both branches, a secret, references to input and to an earlier step's output. */
function workflow(origin: string) {
  return scratch('plan.workflow.json', {
    name: 'plan',
    input: { type: 'object', properties: { amount: { type: 'integer' } } },
    steps: [
      postStep(origin, 'a', { body: { amount: '{{input.amount}}' } }),
      {
        type: 'condition',
        if: { ok: 'a' },
        then: [
          postStep(origin, 'b', {
            headers: { Authorization: 'Bearer {{secrets.PLAN_TOKEN}}' },
            body: { id: '{{steps.a.body.id}}' },
          }),
        ],
        else: [postStep(origin, 'c')],
      },
    ],
  });
}

describe('run --dry-run sends nothing', () => {
  it('prints every step of every branch as JSON, with placeholders, and the server receives no request', async () => {
    const before = server.requests.length;
    const { code, stdout } = await convoflow(
      [
        'run',
        workflow(server.origin),
        '--dry-run',
        '--json',
        '--input',
        '{"amount":2000}',
        '--allow-secret',
        'PLAN_TOKEN',
      ],
      { env: { PLAN_TOKEN: CANARY } },
    );
    expect(server.requests.length - before).toBe(0);
    expect(code).toBe(0);
    const plan = JSON.parse(stdout) as {
      runId: string | null;
      steps: Array<{
        id: string;
        branch: string;
        request: { method: string; url: string; headers: Record<string, string>; body?: string };
      }>;
      warnings: string[];
    };
    expect(plan.steps.map((step) => [step.id, step.branch])).toEqual([
      ['a', 'main'],
      ['b', 'then'],
      ['c', 'else'],
    ]);
    expect(plan.steps[0]?.request).toMatchObject({
      method: 'POST',
      url: `${server.origin}/a`,
      body: '{"amount":2000}',
    });
    expect(plan.steps[1]?.request.body).toBe('{"id":"<steps.a.body.id>"}');
    expect(plan.steps[1]?.request.headers.authorization).toBe('Bearer <PLAN_TOKEN>');
    expect(stdout).not.toContain(CANARY);
    expect(plan.warnings).toEqual([]);
  });

  it('shows a missing secret as <NAME>, lists it as a warning and exits 0, sending nothing', async () => {
    const before = server.requests.length;
    const { code, stdout, stderr } = await convoflow([
      'run',
      workflow(server.origin),
      '--dry-run',
      '--input',
      '{"amount":1}',
      '--allow-secret',
      'PLAN_TOKEN',
    ]);
    expect(server.requests.length - before).toBe(0);
    expect(code).toBe(0);
    expect(stdout).toContain('"authorization": "Bearer <PLAN_TOKEN>"');
    expect(stderr).toMatch(/warning: secret PLAN_TOKEN is not set \(step b\)/);
    expect(stderr).toContain('Dry run: nothing was sent.');
  });

  it('prints curl commands for every step with --curl alone, sending nothing', async () => {
    const before = server.requests.length;
    const { code, stdout } = await convoflow([
      'run',
      workflow(server.origin),
      '--curl',
      '--input',
      '{"amount":1}',
      '--allow-secret',
      'PLAN_TOKEN',
    ]);
    expect(server.requests.length - before).toBe(0);
    expect(code).toBe(0);
    for (const id of ['a', 'b', 'c']) expect(stdout).toContain(`curl -X POST '${server.origin}/${id}'`);
  });

  it('sends nothing for the two-step workflow of the before-stop check', async () => {
    const before = server.requests.length;
    const file = scratch('w.json', {
      name: 'dry',
      // Exactly the hook's steps: the old host-only allowedHosts entry.
      steps: ['a', 'b'].map((id) => postStep(server.origin, id, { allowedHosts: ['127.0.0.1'] })),
    });
    const { code } = await convoflow(['run', file, '--dry-run']);
    expect(code).toBe(0);
    expect(server.requests.length - before).toBe(0);
  });

  it('gives curl and request together with --curl --json', async () => {
    const { code, stdout } = await convoflow([
      'run',
      workflow(server.origin),
      '--curl',
      '--json',
      '--input',
      '{"amount":1}',
      '--allow-secret',
      'PLAN_TOKEN',
    ]);
    expect(code).toBe(0);
    const plan = JSON.parse(stdout) as { steps: Array<{ curl: string; request: { url: string } }> };
    expect(plan.steps[0]?.curl).toContain(`curl -X POST '${server.origin}/a'`);
    expect(plan.steps[0]?.request.url).toBe(`${server.origin}/a`);
  });
});

describe('dry runs show the idempotency keys a real run sends (item 13)', () => {
  it('shows <run id>:<step> without --run-id, and the exact key with it', async () => {
    const file = scratch('charge.workflow.json', {
      steps: [
        {
          type: 'connector',
          id: 'charge',
          operation: 'stripe.createPaymentIntent',
          input: { amount: 100, currency: 'usd' },
        },
      ],
    });
    const planned = await convoflow(['run', file, '--dry-run', '--json']);
    expect(JSON.parse(planned.stdout).steps[0].request.headers['idempotency-key']).toBe('<run id>:charge');
    const fixed = await convoflow(['run', file, '--dry-run', '--json', '--run-id', 'order-6735.retry_1']);
    expect(JSON.parse(fixed.stdout).runId).toBe('order-6735.retry_1');
    expect(JSON.parse(fixed.stdout).steps[0].request.headers['idempotency-key']).toBe(
      'order-6735.retry_1:charge',
    );
  });

  it('shows that call makes its key when it sends', async () => {
    const { code, stdout } = await convoflow([
      'call',
      'stripe.createPaymentIntent',
      '--input',
      '{"amount":100,"currency":"usd"}',
      '--dry-run',
      '--json',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).headers['idempotency-key']).toBe('<made when sent; the same on every retry>');
  });

  it('refuses a --run-id outside 1–128 of A-Z a-z 0-9 . _ -', async () => {
    const { code, stderr } = await convoflow([
      'run',
      scratch('w.json', { steps: [] }),
      '--dry-run',
      '--run-id',
      'a b',
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('1–128 characters');
  });
});

describe('run --dry-run --sandbox', () => {
  it('shows the sandbox URLs, not the real hosts', async () => {
    const { code, stdout } = await convoflow([
      'run',
      'examples/new-order.workflow.json',
      '--sandbox',
      '--dry-run',
      '--json',
      '--input',
      '@examples/new-order.accepted.json',
    ]);
    expect(code).toBe(0);
    const urls = (JSON.parse(stdout) as { steps: Array<{ request: { url: string } }> }).steps.map(
      (step) => step.request.url,
    );
    expect(urls.filter((url) => url.startsWith('http://127.0.0.1:')).length).toBeGreaterThanOrEqual(3);
    expect(
      urls.some(
        (url) => url.includes('stripe.com') || url.includes('googleapis') || url.includes('sendgrid.com'),
      ),
    ).toBe(false);
  });
});
