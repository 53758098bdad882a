import { fileURLToPath } from 'node:url';
import { inspect } from 'node:util';
import { executeNodeOrThrow, type NodeEvent, prepareRequest } from '@convoflow/core';
import {
  type CaptureHandler,
  type CaptureServer,
  describeConnectorFixtures,
  startCaptureServer,
} from '@convoflow/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { connector } from '../generated/index.js';

/** An obviously fake webhook path; `{{origin}}` is the fixture's origin (hooks.slack.com) or the local server's. */
const WEBHOOK_PATH = '/services/T0FAKE/B0FAKE/fixture';
const BOT_TOKEN = 'xoxb-fixture';

const API_PREFIX = new URL(connector.baseUrl ?? '').pathname; // '/api'

describe('slack connector', () => {
  it('keeps the Web API base path', () => {
    expect(connector.baseUrl).toBe('https://slack.com/api');
    expect(API_PREFIX).toBe('/api');
  });

  describeConnectorFixtures({
    connector,
    dir: fileURLToPath(new URL('..', import.meta.url)),
    prepareRequest,
    secrets: { SLACK_WEBHOOK_URL: `{{origin}}${WEBHOOK_PATH}`, SLACK_BOT_TOKEN: BOT_TOKEN },
  });
});

let server: CaptureServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(handler: CaptureHandler): Promise<CaptureServer> {
  server = await startCaptureServer(handler);
  return server;
}

/** Answers like a Slack incoming webhook: a status and a short text body. */
function webhookAnswer(status: number, text: string): CaptureHandler {
  return (_request, response) => {
    response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
    response.end(text);
  };
}

describe('postWebhookMessage: responses and redaction', () => {
  it('reads the 200 text body ok as a success', async () => {
    const local = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('ok');
    });
    const result = await connector.run(
      'postWebhookMessage',
      { text: 'hi' },
      { secrets: { SLACK_WEBHOOK_URL: `${local.origin}${WEBHOOK_PATH}` }, baseUrl: local.origin },
    );
    expect(result.ok).toBe(true);
    expect(result.status).toBe(200);
    expect(result.body).toBe('ok');
  });

  it('surfaces a 400 invalid_payload text body as error.code and error.message', async () => {
    const local = await serve(webhookAnswer(400, 'invalid_payload'));
    const result = await connector.run(
      'postWebhookMessage',
      { text: 'hi' },
      { secrets: { SLACK_WEBHOOK_URL: `${local.origin}${WEBHOOK_PATH}` }, baseUrl: local.origin },
    );
    expect(result.ok).toBe(false);
    expect(result.status).toBe(400);
    expect(result.error).toEqual({ kind: 'http', code: 'invalid_payload', message: 'invalid_payload' });
    expect(result.attempts).toBe(1);
  });

  it.each([
    [400, 'no_text'],
    [403, 'action_prohibited'],
    [404, 'channel_not_found'],
    [410, 'channel_is_archived'],
  ])('surfaces %i %s the same way', async (status, code) => {
    const local = await serve(webhookAnswer(status, code));
    const result = await connector.run(
      'postWebhookMessage',
      { text: 'hi' },
      { secrets: { SLACK_WEBHOOK_URL: `${local.origin}${WEBHOOK_PATH}` }, baseUrl: local.origin },
    );
    expect(result).toMatchObject({ ok: false, status, error: { kind: 'http', code, message: code } });
  });

  it('never shows the webhook URL unredacted in the result, the events or a thrown error', async () => {
    const local = await serve(webhookAnswer(400, 'invalid_payload'));
    const secretUrl = `${local.origin}${WEBHOOK_PATH}`;
    const secrets = { SLACK_WEBHOOK_URL: secretUrl };
    const redactedUrl = `${local.origin}/services/***`;
    const leaks = (text: string) =>
      text.includes('T0FAKE') || text.includes('B0FAKE') || text.includes('fixture');

    const events: NodeEvent[] = [];
    const result = await connector.run(
      'postWebhookMessage',
      { text: 'hi' },
      { secrets, baseUrl: local.origin, onEvent: (event) => events.push(event) },
    );
    expect(local.requests[0]?.url).toBe(WEBHOOK_PATH); // the real URL was used on the wire
    expect(result.request.url).toBe(redactedUrl);
    expect(leaks(JSON.stringify(result))).toBe(false);
    expect(events.map((event) => event.type)).toEqual(['request', 'response', 'error']);
    expect(events[0]).toMatchObject({ type: 'request', request: { url: redactedUrl } });
    expect(leaks(JSON.stringify(events))).toBe(false);

    const config = connector.preset('postWebhookMessage', { text: 'hi' }, { baseUrl: local.origin });
    expect(JSON.stringify(config)).not.toContain('T0FAKE'); // the config holds only {{secrets.SLACK_WEBHOOK_URL}}
    const thrown = await executeNodeOrThrow(config, {
      secrets,
      rules: connector.rules('postWebhookMessage'),
    }).catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(Error);
    const error = thrown as Error & { result: { request: { url: string }; error: { code?: string } } };
    expect(error.message).toBe(`POST ${redactedUrl} failed with 400 (invalid_payload)`);
    expect(error.result.request.url).toBe(redactedUrl);
    expect(error.result.error.code).toBe('invalid_payload');
    for (const text of [error.message, String(error.stack), JSON.stringify(error), inspect(error)]) {
      expect(leaks(text), text).toBe(false);
    }
  });
});

/** Answers like the Slack Web API: HTTP 200 with a JSON body and a request id. */
function webApiAnswer(body: unknown): CaptureHandler {
  return (_request, response) => {
    response.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'x-slack-req-id': 'req-fixture-1',
    });
    response.end(JSON.stringify(body));
  };
}

describe('Web API: ok:false, request ids and rate limits', () => {
  it('chatPostMessage: 200 with ok:true is a success', async () => {
    const local = await serve(webApiAnswer({ ok: true, channel: 'C0123456789', ts: '1700000000.000200' }));
    const result = await connector.run(
      'chatPostMessage',
      { channel: 'C0123456789', text: 'hi' },
      { secrets: { SLACK_BOT_TOKEN: BOT_TOKEN }, baseUrl: `${local.origin}/api` },
    );
    expect(result).toMatchObject({ ok: true, status: 200, requestId: 'req-fixture-1' });
    expect(result.body).toEqual({ ok: true, channel: 'C0123456789', ts: '1700000000.000200' });
    expect(local.requests[0]?.url).toBe('/api/chat.postMessage');
  });

  it('chatPostMessage: 200 with ok:false is an upstream failure carrying Slack’s error code', async () => {
    const local = await serve(webApiAnswer({ ok: false, error: 'channel_not_found' }));
    const result = await connector.run(
      'chatPostMessage',
      { channel: 'C0123456789', text: 'hi' },
      { secrets: { SLACK_BOT_TOKEN: BOT_TOKEN }, baseUrl: `${local.origin}/api` },
    );
    expect(result.ok).toBe(false);
    expect(result.status).toBe(200);
    expect(result.requestId).toBe('req-fixture-1');
    expect(result.error).toEqual({
      kind: 'upstream',
      code: 'channel_not_found',
      message: 'channel_not_found',
    });
    expect(result.attempts).toBe(1); // an ok:false answer is final: it is not retried
  });

  it('chatUpdate: the same rules apply (message_not_found)', async () => {
    const local = await serve(webApiAnswer({ ok: false, error: 'message_not_found' }));
    const result = await connector.run(
      'chatUpdate',
      { channel: 'C0123456789', ts: '1700000000.000100', text: 'edited' },
      { secrets: { SLACK_BOT_TOKEN: BOT_TOKEN }, baseUrl: `${local.origin}/api` },
    );
    expect(result).toMatchObject({
      ok: false,
      status: 200,
      error: { kind: 'upstream', code: 'message_not_found', message: 'message_not_found' },
    });
  });

  it('honours 429 Retry-After: 1 (two attempts, about a second apart, the second succeeds)', async () => {
    let calls = 0;
    const local = await serve((_request, response) => {
      calls++;
      if (calls === 1) {
        response.writeHead(429, { 'content-type': 'application/json', 'retry-after': '1' });
        response.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ ok: true, channel: 'C0123456789', ts: '1700000000.000200' }));
    });
    const events: NodeEvent[] = [];
    const result = await connector.run(
      'chatPostMessage',
      { channel: 'C0123456789', text: 'hi' },
      {
        secrets: { SLACK_BOT_TOKEN: BOT_TOKEN },
        baseUrl: `${local.origin}/api`,
        onEvent: (event) => events.push(event),
      },
    );
    expect(result.ok).toBe(true);
    expect(result.attempts).toBe(2);
    expect(local.requests).toHaveLength(2);
    const retries = events.filter((event) => event.type === 'retry');
    expect(retries).toEqual([{ type: 'retry', attempt: 1, reason: 'status 429', waitMs: 1000 }]);
    const [first, second] = local.requests;
    expect((second?.arrivedAt ?? 0) - (first?.arrivedAt ?? 0)).toBeGreaterThanOrEqual(950);
    // The same message both times (no idempotency key: Slack has none, and only a 429 is retried for POST).
    expect(second?.body.equals(first?.body ?? Buffer.alloc(0))).toBe(true);
    expect(second?.headers['idempotency-key']).toBeUndefined();
  });

  it('does not retry a POST that failed with a 500 (the message may already be posted)', async () => {
    const local = await serve((_request, response) => {
      response.writeHead(500, { 'content-type': 'text/plain' });
      response.end('internal_error');
    });
    const result = await connector.run(
      'chatPostMessage',
      { channel: 'C0123456789', text: 'hi' },
      { secrets: { SLACK_BOT_TOKEN: BOT_TOKEN }, baseUrl: `${local.origin}/api` },
    );
    expect(result).toMatchObject({ ok: false, status: 500, attempts: 1, error: { kind: 'http' } });
  });
});
