import { inspect } from 'node:util';
import { type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  executeNode,
  executeNodeOrThrow,
  HttpError,
  isHttpError,
  isRateLimitedError,
  isUpstreamError,
  type NodeEvent,
  type ResponseRules,
  undiciTransport,
} from '../src/index.js';

const CANARY = 'sk_test_results_canary';
const transport = undiciTransport();
let server: CaptureServer;
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  [status, { 'content-type': 'application/json', ...headers }, JSON.stringify(body)] as const;

const routes: Record<string, readonly [number, Record<string, string>, string]> = {
  '/v1/payment_intents': json(
    402,
    {
      error: {
        type: 'card_error',
        code: 'card_declined',
        decline_code: 'generic_decline',
        message: 'Your card was declined.',
        param: 'payment_method',
      },
    },
    { 'request-id': 'req_123' },
  ),
  '/api/chat.postMessage': json(
    200,
    { ok: false, error: 'channel_not_found' },
    { 'x-slack-req-id': 'slack-1' },
  ),
  '/v3/mail/send': json(400, {
    errors: [{ message: 'The from address is invalid.', field: 'from' }, { message: 'Subject is required.' }],
  }),
  '/services/T0/B0/secret': [404, { 'content-type': 'text/plain' }, 'no_service'],
  '/not-json': [200, { 'content-type': 'application/json' }, '{"broken":'],
  '/user': json(200, { id: 7, name: 'Ada' }),
  '/stripe-500': json(500, { error: { message: 'oops' } }, { 'stripe-should-retry': 'false' }),
  '/slow-429': json(429, { error: { message: 'slow down' } }, { 'retry-after': '7200' }),
  '/empty': [202, { 'x-message-id': 'msg-1' }, ''],
};

beforeAll(async () => {
  server = await startCaptureServer((request, response) => {
    const [status, headers, body] =
      routes[new URL(request.url, 'http://x').pathname] ?? json(200, { ok: true });
    response.writeHead(status, headers);
    response.end(body);
  });
});
afterAll(async () => {
  await server.close();
  await transport.close?.();
});

const slackRules: ResponseRules = {
  isFailure: ({ body }) => (body as { ok?: boolean } | null)?.ok === false,
  errorDetails: ({ body }) => ({
    code: (body as { error: string }).error,
    message: (body as { error: string }).error,
  }),
  requestIdHeaders: ['x-slack-req-id'],
};

describe('results', () => {
  it('returns a non-2xx as ok:false kind http with the parsed body, provider message, code and request id', async () => {
    const result = await executeNode(
      {
        url: `${server.origin}/v1/payment_intents?expand[0]=customer`,
        method: 'POST',
        auth: { type: 'bearer', token: '{{secrets.K}}' },
        body: { amount: 1 },
      },
      { transport, secrets: { K: CANARY } },
    );
    expect(result).toMatchObject({
      ok: false,
      status: 402,
      statusText: 'Payment Required',
      requestId: 'req_123',
      attempts: 1,
      body: { error: { decline_code: 'generic_decline', param: 'payment_method' } },
      error: { kind: 'http', message: 'Your card was declined.', code: 'card_declined', type: 'card_error' },
      request: { method: 'POST', headers: { authorization: 'Bearer ***' } },
    });
    expect(result.durationMs).toBeGreaterThanOrEqual(0);
    expect(JSON.stringify(result)).not.toContain(CANARY);
  });

  it("maps a 2xx that the connector's rules call a failure to kind upstream", async () => {
    const result = await executeNode(
      { url: `${server.origin}/api/chat.postMessage`, method: 'POST', body: { channel: 'C1' } },
      { transport, rules: slackRules },
    );
    expect(result).toMatchObject({
      ok: false,
      status: 200,
      requestId: 'slack-1',
      error: { kind: 'upstream', code: 'channel_not_found' },
    });
  });

  it('surfaces every message of a SendGrid-style errors array', async () => {
    const result = await executeNode(
      { url: `${server.origin}/v3/mail/send`, method: 'POST', body: {} },
      { transport },
    );
    expect(result.error).toEqual({
      kind: 'http',
      message: 'The from address is invalid.; Subject is required.',
    });
  });

  it('reads an empty 202 as body null and X-Message-Id as the request id', async () => {
    const result = await executeNode(
      { url: `${server.origin}/empty`, method: 'POST', body: {} },
      { transport },
    );
    expect(result).toMatchObject({ ok: true, status: 202, body: null, requestId: 'msg-1' });
  });

  it('calls an unparseable 2xx JSON body invalid_response', async () => {
    const result = await executeNode({ url: `${server.origin}/not-json` }, { transport });
    expect(result).toMatchObject({ ok: false, status: 200, error: { kind: 'invalid_response' } });
  });

  it('checks a 2xx body against responseSchema and lists the failing pointers', async () => {
    const result = await executeNode(
      {
        url: `${server.origin}/user`,
        responseSchema: { type: 'object', required: ['email'], properties: { id: { type: 'string' } } },
      },
      { transport },
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        kind: 'invalid_response',
        issues: [
          { pointer: '/email', message: 'is required' },
          { pointer: '/id', message: 'must be a string' },
        ],
      },
    });
    const valid = await executeNode(
      { url: `${server.origin}/user` },
      { transport, responseValidator: () => true },
    );
    expect(valid.ok).toBe(true);
  });

  it("lets a connector's isRetryable hook veto a retry (Stripe-Should-Retry: false)", async () => {
    const rules: ResponseRules = {
      isRetryable: ({ headers }) =>
        headers['stripe-should-retry'] === undefined ? undefined : headers['stripe-should-retry'] === 'true',
    };
    const before = server.requests.length;
    const result = await executeNode(
      { url: `${server.origin}/stripe-500`, method: 'POST', body: {} },
      { transport, rules, idempotency: {} },
    );
    expect(result).toMatchObject({ ok: false, status: 500, attempts: 1 });
    expect(server.requests.length - before).toBe(1);
  });

  it('returns a config failure without sending, listing the issues', async () => {
    const before = server.requests.length;
    const result = await executeNode({ url: `${server.origin}/x`, method: 'FETCH' } as never, { transport });
    expect(result).toMatchObject({
      ok: false,
      attempts: 0,
      error: { kind: 'config', issues: [{ pointer: '/method' }] },
    });
    expect(server.requests.length).toBe(before);
  });

  it('emits request, response and error events that never hold the secret', async () => {
    const events: NodeEvent[] = [];
    await executeNode(
      {
        url: `${server.origin}/v1/payment_intents`,
        method: 'POST',
        auth: { type: 'bearer', token: '{{secrets.K}}' },
        body: { k: '{{secrets.K}}' },
      },
      { transport, secrets: { K: CANARY }, onEvent: (event) => events.push(event) },
    );
    expect(events.map((event) => event.type)).toEqual(['request', 'response', 'error']);
    expect(inspect(events, { depth: 10 })).not.toContain(CANARY);
    expect(JSON.stringify(events)).toContain('Bearer ***');
  });
});

describe('executeNodeOrThrow', () => {
  it('returns the success', async () => {
    const result = await executeNodeOrThrow({ url: `${server.origin}/user` }, { transport });
    expect(result.body).toEqual({ id: 7, name: 'Ada' });
  });

  it('throws HttpError with a one-line message that shows origin and path only', async () => {
    const error = await executeNodeOrThrow(
      {
        url: `${server.origin}/v1/payment_intents?expand[0]=customer&key={{secrets.K}}`,
        method: 'POST',
        headers: { Authorization: 'Bearer {{secrets.K}}' },
        body: { a: '{{secrets.K}}' },
      },
      { transport, secrets: { K: CANARY } },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(isHttpError(error)).toBe(true);
    const http = error as HttpError;
    expect(http.message).toBe(`POST ${server.origin}/v1/payment_intents failed with 402 (card_declined)`);
    expect([http.code, http.fault, http.status, http.requestId]).toEqual([
      'http',
      'upstream',
      402,
      'req_123',
    ]);
    for (const printed of [
      http.message,
      JSON.stringify(http),
      inspect(http, { depth: 10 }),
      String(http.stack),
    ]) {
      expect(printed).not.toContain(CANARY);
      expect(printed).not.toContain('expand');
    }
    // Even the hidden result (a redacted request) holds no secret.
    expect(inspect(http, { depth: 10, showHidden: true })).not.toContain(CANARY);
  });

  it('shows a webhook URL secret redacted in the message', async () => {
    const error = await executeNodeOrThrow(
      { url: '{{secrets.HOOK}}', method: 'POST', body: { text: 'hi' } },
      { transport, secrets: { HOOK: `${server.origin}/services/T0/B0/secret` } },
    ).catch((e: unknown) => e);
    expect((error as Error).message).toBe(`POST ${server.origin}/services/*** failed with 404 (no_service)`);
    expect(inspect(error, { depth: 10 })).not.toContain('T0/B0/secret');
  });

  it('throws UpstreamError and RateLimitedError by kind', async () => {
    const upstream = await executeNodeOrThrow(
      { url: `${server.origin}/api/chat.postMessage`, method: 'POST', body: {} },
      { transport, rules: slackRules },
    ).catch((e: unknown) => e);
    expect(isUpstreamError(upstream)).toBe(true);
    expect((upstream as Error).message).toBe(
      `POST ${server.origin}/api/chat.postMessage was refused by the provider (channel_not_found)`,
    );
    const limited = await executeNodeOrThrow({ url: `${server.origin}/slow-429` }, { transport }).catch(
      (e: unknown) => e,
    );
    expect(isRateLimitedError(limited)).toBe(true);
    expect((limited as Error).message).toBe(
      `GET ${server.origin}/slow-429 was rate limited (retry after 7200 s)`,
    );
  });
});
