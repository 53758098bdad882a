/**
 * Issue 11, items 2 and 11 (and 12.11): everything that can be known before the first request is checked first —
 * every secret of every branch, every host, connector inputs, the whole file — all problems at once, exit 2, and
 * the server receives nothing. Only remote outcomes can be handled by a condition.
 */
import { type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY, convoflow, postStep, scratch } from './support/convoflow.js';

let server: CaptureServer;
beforeAll(async () => {
  server = await startCaptureServer((request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(request.url === '/a' ? '{"next":"not a url"}' : '{}');
  });
});
afterAll(() => server.close());

const withSecret = (origin: string, id: string, name: string) =>
  postStep(origin, id, { headers: { Authorization: `Bearer {{secrets.${name}}}` } });

describe('pre-flight', () => {
  it('refuses a workflow whose second step lacks its secret before sending the first (exit 2, zero requests)', async () => {
    const before = server.requests.length;
    const file = scratch('w.json', {
      steps: [postStep(server.origin, 'a'), withSecret(server.origin, 'b', 'MISSING_TOKEN')],
    });
    const { code, stderr } = await convoflow(['run', file, '--allow-secret', 'MISSING_TOKEN']);
    expect(server.requests.length - before).toBe(0);
    expect(code).toBe(2);
    expect(stderr).toContain(
      '/steps/1/config/headers/Authorization: secret MISSING_TOKEN is not set (step b)',
    );
  });

  it('checks the secrets of both branches and lists every problem at once', async () => {
    // A step whose host is not among the hosts that may receive its secret.
    const elsewhere = withSecret('https://elsewhere.example', 'd', 'SET_TOKEN');
    elsewhere.config.allowedHosts = [server.origin];
    const before = server.requests.length;
    const file = scratch('w.json', {
      steps: [
        postStep(server.origin, 'a'),
        {
          type: 'condition',
          if: { ok: 'a' },
          then: [withSecret(server.origin, 'b', 'THEN_TOKEN')],
          else: [withSecret(server.origin, 'c', 'ELSE_TOKEN'), elsewhere],
        },
      ],
    });
    const { code, stdout } = await convoflow(
      [
        'run',
        file,
        '--json',
        '--allow-secret',
        'THEN_TOKEN',
        '--allow-secret',
        'ELSE_TOKEN',
        '--allow-secret',
        'SET_TOKEN',
      ],
      { env: { SET_TOKEN: CANARY } },
    );
    expect(server.requests.length - before).toBe(0);
    expect(code).toBe(2);
    const messages = (
      JSON.parse(stdout) as { error: { issues: Array<{ message: string }> } }
    ).error.issues.map((issue) => issue.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        'secret THEN_TOKEN is not set (step b)',
        'secret ELSE_TOKEN is not set (step c)',
        "elsewhere.example is not in allowedHosts, so it may not receive this request's secrets",
      ]),
    );
    expect(stdout).not.toContain(CANARY);
  });

  it('refuses a secret the CLI may not read, naming --allow-secret', async () => {
    const file = scratch('w.json', { steps: [withSecret(server.origin, 'a', 'NOT_ALLOWED')] });
    const before = server.requests.length;
    const { code, stderr } = await convoflow(['run', file], { env: { NOT_ALLOWED: CANARY } });
    expect(server.requests.length - before).toBe(0);
    expect(code).toBe(2);
    expect(stderr).toContain('pass --allow-secret NOT_ALLOWED');
  });

  it('checks connector inputs that do not depend on step outputs before anything is sent', async () => {
    const before = server.requests.length;
    const file = scratch('w.json', {
      input: { type: 'object', properties: { amount: {} } },
      steps: [
        postStep(server.origin, 'a'),
        {
          type: 'connector',
          id: 'charge',
          operation: 'stripe.createPaymentIntent',
          input: { amount: '{{input.amount}}', currency: 'usd' },
        },
      ],
    });
    const { code, stderr } = await convoflow(['run', file, '--input', '{"amount":"twenty"}']);
    expect(server.requests.length - before).toBe(0);
    expect(code).toBe(2);
    expect(stderr).toContain('/steps/1/input/amount: must be an integer');
    expect(stderr).toContain('/steps/1: secret STRIPE_SECRET_KEY is not set (step charge)');
  });
});

describe('only remote outcomes are handled', () => {
  it('fails the run (exit 1) when a step fails for its config at run time, though the next condition tests it', async () => {
    const before = server.requests.length;
    const file = scratch('w.json', {
      steps: [
        postStep(server.origin, 'a'),
        { id: 'b', type: 'customApi', config: { url: '{{steps.a.body.next}}', method: 'GET' } },
        { type: 'condition', if: { failed: 'b' }, then: [{ type: 'debug', value: 'b failed' }] },
      ],
    });
    const { code, stdout } = await convoflow(['run', file]);
    expect(server.requests.length - before).toBe(1);
    expect(code).toBe(1);
    expect(stdout).toMatch(/✗ b {2}custom API .*config: /);
    expect(stdout).not.toContain('(handled)');
    expect(stdout).toContain('failed at step b');
  });

  it('still handles an HTTP failure that the next condition tests (exit 0)', async () => {
    const file = scratch('w.json', {
      steps: [
        postStep('http://127.0.0.1:9', 'down', { retry: { limit: 0 } }),
        { type: 'condition', if: { failed: 'down' }, then: [{ type: 'debug', value: 'handled' }] },
      ],
    });
    const { code, stdout } = await convoflow(['run', file]);
    expect(stdout).toContain('network: ');
    expect(stdout).toContain('(handled)');
    expect(code).toBe(0);
  });
});

describe('the whole file is checked, every problem listed (item 11, 12.11)', () => {
  it('lists a schema problem and a step problem of the same file together', async () => {
    const file = scratch('w.json', {
      steps: [
        { type: 'delay', ms: 'soon' },
        { id: 'x', type: 'customApi', config: { url: 'https://api.example.com/', method: 'FETCH' } },
        { type: 'debug', step: 'nowhere' },
      ],
    });
    const { code, stderr } = await convoflow(['run', file]);
    expect(code).toBe(2);
    expect(stderr).toContain('/steps/0/ms: must be an integer');
    expect(stderr).toContain('/steps/1/config/method');
    expect(stderr).toContain('/steps/2/step: "nowhere" is not an earlier step');
  });

  it('refuses conditions nested 5,000 deep with a typed error naming the limit, not a crash', async () => {
    // Written as text: JSON.stringify itself cannot nest this deep.
    const predicate = `${'{"not":'.repeat(5000)}{"ok":"a"}${'}'.repeat(5000)}`;
    const step = JSON.stringify(postStep(server.origin, 'a'));
    const file = scratch('deep.json', `{"steps":[${step},{"type":"condition","if":${predicate},"then":[]}]}`);
    const before = server.requests.length;
    const { code, stderr } = await convoflow(['run', file]);
    expect(server.requests.length - before).toBe(0);
    expect(code).toBe(2);
    expect(stderr).toContain('nests deeper than 200 levels (the limit)');
  });
});
