import { defineConnector, type InputValidator } from '@convoflow/core';
import { type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  evaluatePredicate,
  runWorkflow,
  validateWorkflow,
  type Workflow,
  type WorkflowEvent,
} from '../src/index.js';

let server: CaptureServer;
beforeAll(async () => {
  server = await startCaptureServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    const status = path === '/charges' && request.body.toString().includes('declined') ? 402 : 200;
    response.writeHead(status, {
      'content-type': 'application/json',
      'request-id': `req_${server.requests.length}`,
    });
    response.end(
      status === 402
        ? '{"error":{"code":"card_declined","message":"Your card was declined."}}'
        : JSON.stringify({ id: `obj_${server.requests.length}`, path }),
    );
  });
});
afterAll(() => server.close());

/** A tiny connector built directly from a spec (what the compiler would emit), with idempotency like Stripe's. */
const validate = ((data: unknown) =>
  typeof (data as { amount?: unknown }).amount === 'number') as InputValidator;
validate.errors = null;
const pay = () =>
  defineConnector({
    id: 'pay',
    packageName: '@convoflow/connector-pay',
    title: 'Pay',
    description: 'A test payment API.',
    docsUrl: 'https://pay.example.com',
    baseUrl: 'https://api.pay.example.com',
    allowedHosts: ['api.pay.example.com'],
    auth: { key: { type: 'bearer', secret: 'PAY_KEY', description: 'A test key.' } },
    idempotency: { methods: ['POST'] },
    operations: {
      charge: {
        title: 'Charge',
        description: 'Charges.',
        method: 'POST',
        auth: 'key',
        path: { literal: '/charges' },
        body: { expr: { path: [] } },
        bodyEncoding: 'json',
        inputSchema: {
          type: 'object',
          required: ['amount'],
          properties: { amount: { type: 'integer' }, note: { type: 'string' } },
        },
        validate: Object.assign(
          (data: unknown) => {
            validate.errors =
              typeof (data as { amount?: unknown }).amount === 'number'
                ? null
                : [
                    {
                      instancePath: '/amount',
                      keyword: 'type',
                      params: { type: 'integer' },
                      message: 'must be integer',
                    },
                  ];
            return validate.errors === null;
          },
          { errors: null },
        ) as InputValidator,
      },
    },
  });

const options = () => ({
  connectors: { pay: pay() },
  secrets: { PAY_KEY: 'pay_test_key' },
  baseUrls: { pay: server.origin },
});

const workflow: Workflow = {
  name: 'order',
  input: {
    type: 'object',
    required: ['amount'],
    properties: { amount: { type: 'integer' }, note: { type: 'string' }, hook: { type: 'string' } },
  },
  steps: [
    {
      type: 'connector',
      id: 'charge',
      operation: 'pay.charge',
      input: { amount: '{{input.amount}}', note: '{{input.note}}' },
    },
    {
      type: 'condition',
      if: { ok: 'charge' },
      then: [
        {
          type: 'customApi',
          id: 'notify',
          config: {
            url: `${'{{input.hook}}'}`,
            method: 'POST',
            body: { text: 'paid {{steps.charge.body.id}}' },
          },
        },
      ],
      else: [
        {
          type: 'customApi',
          id: 'alert',
          config: {
            url: 'http://127.0.0.1:1/never',
            method: 'POST',
            body: { status: '{{steps.charge.status}}' },
          },
        },
      ],
    },
  ],
};

describe('validateWorkflow', () => {
  it('accepts a good workflow', () => {
    const good: Workflow = {
      steps: [
        { type: 'connector', id: 'charge', operation: 'pay.charge', input: { amount: '{{input.amount}}' } },
      ],
    };
    expect(validateWorkflow(good, { connectors: { pay: pay() } })).toEqual([]);
  });

  it('lists every problem before anything runs', () => {
    const bad = {
      input: { type: 'object', properties: { amount: { type: 'integer' } } },
      steps: [
        { type: 'connector', id: 'charge', operation: 'pay.refund', input: {} },
        { type: 'connector', id: 'charge', operation: 'ship.send', input: {} },
        { type: 'customApi', id: 'c', config: { url: 'https://x.example/{{input.amont}}', method: 'FETCH' } },
        { type: 'debug', step: 'later' },
        { type: 'condition', if: { ok: 'nope' }, then: [] },
        {
          type: 'connector',
          id: 'd',
          operation: 'pay.charge',
          input: { amount: 'x', note: '{{secrets.PAY_KEY}}' },
        },
      ],
    };
    expect(validateWorkflow(bad, { connectors: { pay: pay() } })).toEqual([
      { pointer: '/steps/0/operation', message: 'pay has no operation "refund" (known: charge)' },
      { pointer: '/steps/1/operation', message: 'no installed connector "ship" (installed: pay)' },
      { pointer: '/steps/1/id', message: 'repeats the step id "charge"' },
      {
        pointer: '/steps/2/config/method',
        message: 'must be one of GET, POST, PUT, PATCH, DELETE, HEAD or OPTIONS',
      },
      {
        pointer: '/steps/2/config/url',
        message: '{{input.amont}}: the workflow\'s input schema has no field "amont"',
      },
      { pointer: '/steps/3/step', message: '"later" is not an earlier step' },
      { pointer: '/steps/4/if', message: 'tests step "nope", which is not an earlier step' },
      { pointer: '/steps/5/input/amount', message: 'must be an integer' },
      {
        pointer: '/steps/5/input/note',
        message:
          "{{secrets.PAY_KEY}}: secrets go only into a Custom API step's config; connectors apply their own auth",
      },
    ]);
  });

  it('treats references as placeholders when checking connector input', () => {
    const steps = [
      { type: 'connector', id: 'charge', operation: 'pay.charge', input: { amount: '{{input.amount}}' } },
    ];
    expect(validateWorkflow({ steps }, { connectors: { pay: pay() } })).toEqual([]);
  });
});

describe('runWorkflow', () => {
  it('runs steps in order, passing results along, with a stable idempotency key per run and step', async () => {
    const events: WorkflowEvent[] = [];
    const run = (runId: string) =>
      runWorkflow(workflow, {
        ...options(),
        runId,
        allowHosts: [server.origin],
        input: { amount: 2000, hook: `${server.origin}/hook` },
        onEvent: (event) => events.push(event),
      });
    const before = server.requests.length;
    const result = await run('run-1');
    expect(result, JSON.stringify(result.error)).toMatchObject({ runId: 'run-1', ok: true });
    expect(result.steps.map((step) => [step.id ?? step.type, step.ok])).toEqual([
      ['charge', true],
      ['condition', true],
      ['notify', true],
    ]);
    const [charge, notify] = server.requests.slice(before);
    expect(charge?.headers['idempotency-key']).toBe('run-1:charge');
    expect(JSON.parse(charge?.body.toString() ?? '')).toEqual({ amount: 2000 });
    expect(JSON.parse(notify?.body.toString() ?? '')).toEqual({ text: `paid obj_${before + 1}` });
    expect(notify?.headers['idempotency-key']).toBeUndefined();
    await run('run-1');
    expect(server.requests.at(-2)?.headers['idempotency-key']).toBe('run-1:charge');
    expect(events.filter((event) => event.type === 'step-end')).toHaveLength(6);
    expect(result.steps[0]).toMatchObject({
      status: 200,
      attempts: 1,
      request: { headers: { authorization: 'Bearer ***' } },
    });
  });

  it('a failure handled by the next condition is a successful run; an unhandled one stops it', async () => {
    const handled = await runWorkflow(
      {
        steps: [
          {
            type: 'connector',
            id: 'charge',
            operation: 'pay.charge',
            input: { amount: 1, note: 'declined' },
          },
          {
            type: 'condition',
            if: { status: { step: 'charge', equals: 402 } },
            then: [{ type: 'debug', id: 'why', value: '{{steps.charge.body.error.message}}' }],
          },
        ],
      },
      options(),
    );
    expect(handled.ok).toBe(true);
    expect(handled.steps[0]).toMatchObject({
      ok: false,
      handled: true,
      status: 402,
      error: { kind: 'http', code: 'card_declined' },
    });
    expect(handled.steps.at(-1)).toMatchObject({ debug: { value: 'Your card was declined.' } });
    const stopped = await runWorkflow(
      {
        steps: [
          {
            type: 'connector',
            id: 'charge',
            operation: 'pay.charge',
            input: { amount: 1, note: 'declined' },
          },
          { type: 'delay', ms: 1 },
        ],
      },
      options(),
    );
    expect(stopped).toMatchObject({ ok: false, error: { stepId: 'charge', kind: 'http' } });
    expect(stopped.steps).toHaveLength(1);
  });

  it('refuses a run input that breaks the input schema, before any request', async () => {
    const before = server.requests.length;
    const result = await runWorkflow(workflow, { ...options(), input: { amount: 'lots' } });
    expect(result).toMatchObject({
      ok: false,
      steps: [],
      error: { kind: 'input', issues: [{ pointer: 'input/amount', message: 'must be an integer' }] },
    });
    expect(server.requests.length).toBe(before);
  });

  it('never re-resolves input data as references', async () => {
    const before = server.requests.length;
    await runWorkflow(
      {
        steps: [
          {
            type: 'connector',
            id: 'charge',
            operation: 'pay.charge',
            input: { amount: 1, note: '{{input.note}}' },
          },
        ],
      },
      { ...options(), input: { note: '{{secrets.PAY_KEY}}' } },
    );
    expect(server.requests[before]?.body.toString()).toBe('{"amount":1,"note":"{{secrets.PAY_KEY}}"}');
  });
});

describe('predicates', () => {
  const steps = { a: { ok: true, status: 200 }, b: { ok: false, status: 429, error: { kind: 'http' } } };
  const context = { steps: { a: { body: { status: 'succeeded' } } } };
  it('tests ok, failed, status, error kind, equality and combinations', () => {
    expect(evaluatePredicate({ ok: 'a' }, steps, context)).toBe(true);
    expect(evaluatePredicate({ failed: 'b' }, steps, context)).toBe(true);
    expect(evaluatePredicate({ ok: 'never-ran' }, steps, context)).toBe(false);
    expect(evaluatePredicate({ failed: 'never-ran' }, steps, context)).toBe(false);
    expect(evaluatePredicate({ status: { step: 'b', between: [400, 499] } }, steps, context)).toBe(true);
    expect(evaluatePredicate({ status: { step: 'a', equals: 201 } }, steps, context)).toBe(false);
    expect(evaluatePredicate({ errorKind: { step: 'b', equals: 'http' } }, steps, context)).toBe(true);
    expect(evaluatePredicate({ equals: ['{{steps.a.body.status}}', 'succeeded'] }, steps, context)).toBe(
      true,
    );
    expect(evaluatePredicate({ all: [{ ok: 'a' }, { not: { ok: 'b' } }] }, steps, context)).toBe(true);
    expect(evaluatePredicate({ any: [{ ok: 'b' }, { failed: 'a' }] }, steps, context)).toBe(false);
  });
});

describe('review fixes', () => {
  it('reports an unusable input schema instead of crashing', () => {
    expect(validateWorkflow({ input: { type: 'foo' }, steps: [] })).toEqual([
      { pointer: '/input', message: expect.stringMatching(/^is not a usable JSON Schema: /) },
    ]);
  });

  it('resolves and checks references in connector step headers', async () => {
    expect(
      validateWorkflow(
        {
          steps: [
            {
              type: 'connector',
              id: 'c',
              operation: 'pay.charge',
              input: { amount: 1 },
              headers: { 'X-Account': '{{nope.x}}' },
            },
          ],
        },
        { connectors: { pay: pay() } },
      ),
    ).toEqual([
      {
        pointer: '/steps/0/headers/X-Account',
        message: '{{nope.x}} refers to "nope" (use input, steps or run)',
      },
    ]);
    const before = server.requests.length;
    await runWorkflow(
      {
        steps: [
          {
            type: 'connector',
            id: 'c',
            operation: 'pay.charge',
            input: { amount: 1 },
            headers: { 'X-Account': 'acct_{{input.acct}}' },
          },
        ],
      },
      { ...options(), input: { acct: '42' } },
    );
    expect(server.requests[before]?.headers['x-account']).toBe('acct_42');
  });

  it('never calls two unresolved references equal', () => {
    expect(
      evaluatePredicate(
        { equals: ['{{steps.a.body.stauts}}', '{{steps.a.body.missing}}'] },
        {},
        { steps: { a: { body: {} } } },
      ),
    ).toBe(false);
  });
});
