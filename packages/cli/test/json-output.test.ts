/** Issue 11, item 8: `--json` everywhere, errors included, in the documented shapes. */
import { describe, expect, it } from 'vitest';
import { convoflow, scratch } from './support/convoflow.js';

describe('--json', () => {
  it('lists connectors with package, version, secrets and operations (id, title, method, path)', async () => {
    const { code, stdout } = await convoflow(['connectors', '--json']);
    expect(code).toBe(0);
    const list = JSON.parse(stdout) as Array<{
      id: string;
      package: string;
      version: string;
      secrets: string[];
      operations: Array<{ id: string; title: string; method: string; path: string }>;
    }>;
    const stripe = list.find((connector) => connector.id === 'stripe');
    expect(stripe).toMatchObject({ package: '@convoflow/connector-stripe', secrets: ['STRIPE_SECRET_KEY'] });
    expect(stripe?.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(stripe?.operations).toContainEqual({
      id: 'retrieveCustomer',
      title: expect.any(String),
      method: 'GET',
      path: '/v1/customers/{id}',
    });
  });

  it('describes an operation with its schema, secrets and an example', async () => {
    const { code, stdout } = await convoflow(['describe', 'stripe.createPaymentIntent', '--json']);
    expect(code).toBe(0);
    const described = JSON.parse(stdout);
    expect(described).toMatchObject({
      connector: 'stripe',
      operation: 'createPaymentIntent',
      title: expect.any(String),
    });
    expect(described.input.required).toEqual(['amount', 'currency']);
    expect(described.secrets[0].name).toBe('STRIPE_SECRET_KEY');
    expect(described.example).toMatchObject({ amount: expect.any(Number), currency: expect.any(String) });
  });

  it('prints validation errors of call as JSON on stdout (exit 2)', async () => {
    const { code, stdout } = await convoflow([
      'call',
      'stripe.createPaymentIntent',
      '--input',
      '{"amount":"x"}',
      '--json',
    ]);
    expect(code).toBe(2);
    const { error } = JSON.parse(stdout) as { error: { kind: string; issues: Array<{ pointer: string }> } };
    expect(error.kind).toBe('input');
    expect(error.issues.map((issue) => issue.pointer)).toContain('/amount');
  });

  it('prints usage errors and workflow problems as JSON', async () => {
    const usage = await convoflow(['describe', '--json']);
    expect(usage.code).toBe(2);
    expect(JSON.parse(usage.stdout).error.kind).toBe('usage');
    const broken = await convoflow(['run', scratch('w.json', '{"steps": [}'), '--json']);
    expect(broken.code).toBe(2);
    expect(JSON.parse(broken.stdout).error).toMatchObject({
      kind: 'input',
      message: expect.stringContaining('line 1'),
    });
  });

  it('prints both the request and the curl command with --curl --json', async () => {
    const { code, stdout } = await convoflow([
      'call',
      'stripe.createCustomer',
      '--input',
      '{"name":"Ada"}',
      '--curl',
      '--json',
    ]);
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as { request: { url: string }; curl: string };
    expect(printed.request.url).toBe('https://api.stripe.com/v1/customers');
    expect(printed.curl).toContain("curl -X POST 'https://api.stripe.com/v1/customers'");
  });
});
