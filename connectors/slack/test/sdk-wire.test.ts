/**
 * What the official SDKs send versus what our presets send, both captured on a real local server.
 *
 * - @slack/webhook `IncomingWebhook.send` and our postWebhookMessage send the same bytes.
 * - @slack/web-api `chat.postMessage` / `chat.update` send a form body; our presets send JSON (Slack accepts both
 *   for these methods and recommends JSON for rich arguments such as blocks). We assert the two bodies carry the
 *   same fields with the same values, in the same order, and that everything else matches.
 *
 * Headers are compared after dropping those the HTTP client adds on its own rather than the SDK or the preset:
 * User-Agent, Accept-Encoding (each client asks for what it can decompress), and the defaults of Node's fetch
 * (`accept: *\/*` when the SDK sets no Accept, `accept-language: *`, `sec-fetch-mode: cors`). Host, Connection
 * and Content-Length are compared (one server for both, so the Host is the same).
 */
import { type CapturedRequest, type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import { LogLevel, WebClient } from '@slack/web-api';
import { IncomingWebhook, type IncomingWebhookSendArguments } from '@slack/webhook';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChatPostMessageInput, ChatUpdateInput, PostWebhookMessageInput } from '../generated/index.js';
import { connector } from '../generated/index.js';
import { chosenHeaders } from './wire-headers.js';

const WEBHOOK_PATH = '/services/T0FAKE/B0FAKE/fixture';
const BOT_TOKEN = 'xoxb-fixture';

let server: CaptureServer;
beforeAll(async () => {
  // Answers both clients the way Slack does: `ok` for the webhook, `{"ok":true,…}` for the Web API.
  server = await startCaptureServer((request, response) => {
    if (request.url.startsWith('/services/')) {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('ok');
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify({ ok: true, channel: 'C0123456789', ts: '1700000000.000200' }));
  });
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.requests.length = 0;
});

function only(requests: CapturedRequest[]): CapturedRequest {
  expect(requests).toHaveLength(1);
  return requests[0] as CapturedRequest;
}

async function captureSdk(send: () => Promise<unknown>): Promise<CapturedRequest> {
  server.requests.length = 0;
  await send();
  return only(server.requests);
}

async function captureOurs(send: () => Promise<{ ok: boolean; error?: unknown }>): Promise<CapturedRequest> {
  server.requests.length = 0;
  const result = await send();
  expect(result.ok, JSON.stringify(result.error)).toBe(true);
  return only(server.requests);
}

describe('@slack/webhook IncomingWebhook.send vs postWebhookMessage', () => {
  const cases: Array<[string, PostWebhookMessageInput]> = [
    ['plain text', { text: 'Deploy finished' }],
    [
      'every field, special characters and raw UTF-8',
      {
        text: 'Zoë\'s café + 50% off! (today only) *bold* ✓ 🎉 <https://example.com/a?b=1&c=2|link> "q"\n2',
        blocks: [
          { type: 'section', block_id: 'b1', text: { type: 'mrkdwn', text: '*hi* é ✓' } },
          { type: 'divider' },
        ],
        attachments: [
          {
            fallback: 'Total: 42 EUR',
            color: '#36a64f',
            fields: [{ title: 'Total', value: '42', short: true }],
          },
        ],
        thread_ts: '1700000000.000100',
        mrkdwn: false,
        unfurl_links: false,
        unfurl_media: true,
        channel: '#general',
        username: 'Order Bot',
        icon_emoji: ':tada:',
        icon_url: 'https://example.com/icon.png',
      },
    ],
  ];

  it.each(cases)('%s: identical method, path, headers and body bytes', async (_name, input) => {
    const url = `${server.origin}${WEBHOOK_PATH}`;
    // The SDK's argument type does not list thread_ts and mrkdwn, which Slack accepts; it forwards them unchanged.
    const sdk = await captureSdk(() => new IncomingWebhook(url).send(input as IncomingWebhookSendArguments));
    const ours = await captureOurs(() =>
      connector.run('postWebhookMessage', input, {
        secrets: { SLACK_WEBHOOK_URL: url },
        baseUrl: server.origin,
        retry: { limit: 0 },
      }),
    );
    expect(ours.method).toBe(sdk.method);
    expect(ours.url).toBe(sdk.url);
    expect(ours.url).toBe(WEBHOOK_PATH);
    expect(chosenHeaders(ours.headers)).toEqual(chosenHeaders(sdk.headers));
    expect(Object.keys(chosenHeaders(ours.headers)).sort()).toEqual([
      'connection',
      'content-length',
      'content-type',
      'host',
    ]);
    expect(ours.headers['content-type']).toBe('application/json');
    expect(ours.body.equals(sdk.body)).toBe(true);
    expect(ours.body.toString('utf8')).toBe(JSON.stringify(input)); // compact JSON, UTF-8 not \u-escaped
  });
});

/** Reads the SDK's form body back into the values it was built from (objects and arrays were JSON strings). */
function fromSdkForm(body: Buffer): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body.toString('utf8'))) {
    if (value === 'true' || value === 'false') out[key] = value === 'true';
    else if (value.startsWith('[') || value.startsWith('{')) out[key] = JSON.parse(value);
    else out[key] = value;
  }
  return out;
}

function webClient(): WebClient {
  return new WebClient(BOT_TOKEN, {
    slackApiUrl: `${server.origin}/api/`,
    retryConfig: { retries: 0 },
    logLevel: LogLevel.ERROR,
  });
}

/**
 * Everything but the Content-Type and the body (with its Content-Length) is identical; the content types are the
 * two Slack documents for these methods, and the bodies carry the same fields and values in the same order.
 */
function expectSameCall(ours: CapturedRequest, sdk: CapturedRequest): void {
  expect(ours.method).toBe(sdk.method);
  expect(ours.url).toBe(sdk.url);
  const { 'content-type': ourType, 'content-length': _ourLength, ...ourRest } = chosenHeaders(ours.headers);
  const { 'content-type': sdkType, 'content-length': _sdkLength, ...sdkRest } = chosenHeaders(sdk.headers);
  expect(ourRest).toEqual(sdkRest);
  expect(Object.keys(ourRest).sort()).toEqual(['accept', 'authorization', 'connection', 'host']);
  expect(ourRest.authorization).toBe(`Bearer ${BOT_TOKEN}`);
  expect(ourRest.accept).toBe('application/json');
  expect(sdkType).toBe('application/x-www-form-urlencoded');
  // JSON needs the charset: without it Slack adds a missing_charset warning to the response.
  expect(ourType).toBe('application/json; charset=utf-8');
  const ourFields = JSON.parse(ours.body.toString('utf8')) as Record<string, unknown>;
  const sdkFields = fromSdkForm(sdk.body);
  expect(ourFields).toEqual(sdkFields);
  expect(Object.keys(ourFields)).toEqual(Object.keys(sdkFields));
}

describe('@slack/web-api chat.postMessage vs chatPostMessage', () => {
  const cases: Array<[string, ChatPostMessageInput]> = [
    ['text only', { channel: 'C0123456789', text: 'Hello from ConvoFlow' }],
    [
      'every field, special characters and raw UTF-8',
      {
        channel: 'C0123456789',
        text: 'Zoë\'s café + 50% off! (today only) *bold* ✓ 🎉 a=b&c=d "q"\n2',
        blocks: [{ type: 'section', text: { type: 'mrkdwn', text: '*hi* é ✓' } }],
        attachments: [{ color: 'warning', text: 'Due Friday', footer: 'Tasks' }],
        thread_ts: '1700000000.000100',
        reply_broadcast: true,
        mrkdwn: true,
        unfurl_links: false,
        unfurl_media: true,
        username: 'Task Bot',
        icon_emoji: ':memo:',
        icon_url: 'https://example.com/task.png',
        metadata: { event_type: 'task_created', event_payload: { id: 'TK-1', points: 3 } },
      },
    ],
  ];

  it.each(cases)('%s: same call, JSON body instead of the SDK form body', async (_name, input) => {
    const sdk = await captureSdk(() =>
      webClient().chat.postMessage(input as Parameters<WebClient['chat']['postMessage']>[0]),
    );
    const ours = await captureOurs(() =>
      connector.run('chatPostMessage', input, {
        secrets: { SLACK_BOT_TOKEN: BOT_TOKEN },
        baseUrl: `${server.origin}/api`,
        retry: { limit: 0 },
      }),
    );
    expect(ours.url).toBe('/api/chat.postMessage');
    expectSameCall(ours, sdk);
  });

  it('shows the two encodings side by side for a small message', async () => {
    const input = { channel: 'C0123456789', text: 'hi é', blocks: [{ type: 'divider' }] };
    const sdk = await captureSdk(() => webClient().chat.postMessage(input));
    const ours = await captureOurs(() =>
      connector.run('chatPostMessage', input, {
        secrets: { SLACK_BOT_TOKEN: BOT_TOKEN },
        baseUrl: `${server.origin}/api`,
      }),
    );
    expect(sdk.body.toString('utf8')).toBe(
      'channel=C0123456789&text=hi%20%C3%A9&blocks=%5B%7B%22type%22%3A%22divider%22%7D%5D',
    );
    expect(ours.body.toString('utf8')).toBe(
      '{"channel":"C0123456789","text":"hi é","blocks":[{"type":"divider"}]}',
    );
  });
});

describe('@slack/web-api chat.update vs chatUpdate', () => {
  const cases: Array<[string, ChatUpdateInput]> = [
    ['text', { channel: 'C0123456789', ts: '1700000000.000100', text: 'Edited: build 43 ✓' }],
    [
      'blocks and attachments',
      {
        channel: 'C0123456789',
        ts: '1700000000.000100',
        text: 'Order #1001 shipped',
        blocks: [{ type: 'header', text: { type: 'plain_text', text: 'Shipped 📦 (123+456)' } }],
        attachments: [{ color: 'good', title: 'Tracking', title_link: 'https://example.com/t?id=1&x=2' }],
      },
    ],
    [
      'removing blocks and attachments',
      { channel: 'C0123456789', ts: '1.2', text: 'x', blocks: [], attachments: [] },
    ],
  ];

  it.each(cases)('%s: same call, JSON body instead of the SDK form body', async (_name, input) => {
    const sdk = await captureSdk(() =>
      webClient().chat.update(input as Parameters<WebClient['chat']['update']>[0]),
    );
    const ours = await captureOurs(() =>
      connector.run('chatUpdate', input, {
        secrets: { SLACK_BOT_TOKEN: BOT_TOKEN },
        baseUrl: `${server.origin}/api`,
        retry: { limit: 0 },
      }),
    );
    expect(ours.url).toBe('/api/chat.update');
    expectSameCall(ours, sdk);
  });
});
