import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../src/index.js';
import { send } from './helpers.js';

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

/** Headers @slack/webhook (undici fetch) sends. */
const WEBHOOK_HEADERS = { 'Content-Type': 'application/json', accept: '*/*', 'accept-language': '*' };

function webhook(
  body: string,
  headers: Record<string, string> = WEBHOOK_HEADERS,
  url = sandbox.secrets['SLACK_WEBHOOK_URL']!,
) {
  return send(url, { method: 'POST', headers, body });
}

/** A Web API call the way @slack/web-api sends it (form-encoded, bot token in the header). */
function webApi(method: string, body: string, headers: Record<string, string> = {}) {
  return send(`${sandbox.baseUrls.slack}/${method}`, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      Authorization: `Bearer ${sandbox.secrets['SLACK_BOT_TOKEN']}`,
      'Content-Type': 'application/x-www-form-urlencoded',
      ...headers,
    },
    body,
  });
}

function postJson(method: string, args: unknown, contentType = 'application/json; charset=utf-8') {
  return webApi(method, JSON.stringify(args), { 'Content-Type': contentType });
}

describe('Slack incoming webhook', () => {
  it('accepts the exact @slack/webhook body, answers ok as text/html and stores it', async () => {
    const body =
      '{"text":"Hello é ✓","channel":"#general","username":"bot","icon_emoji":":tada:","blocks":[{"type":"section","text":{"type":"mrkdwn","text":"*hi*"}}]}';
    const res = await webhook(body);
    expect(res.status).toBe(200);
    expect(res.text).toBe('ok');
    expect(res.headers.get('content-type')).toBe('text/html');
    expect(res.headers.get('x-slack-req-id')).toMatch(/^[0-9a-f]{32}$/);
    expect(sandbox.state.slack.webhookMessages.at(-1)).toEqual(JSON.parse(body));
  });

  it('is served at the SLACK_WEBHOOK_URL secret, on the Slack server', () => {
    const url = new URL(sandbox.secrets['SLACK_WEBHOOK_URL']!);
    expect(url.origin).toBe(new URL(sandbox.baseUrls.slack).origin);
    expect(url.pathname).toBe('/services/TSANDBOX/BSANDBOX/sandboxsecret');
  });

  it('answers an unknown webhook path with 404 no_service', async () => {
    const res = await webhook(
      '{"text":"x"}',
      WEBHOOK_HEADERS,
      `${new URL(sandbox.baseUrls.slack).origin}/services/T000/B000/XXXX`,
    );
    expect(res.status).toBe(404);
    expect(res.text).toBe('no_service');
  });

  it('refuses invalid payloads with 400 and a plain-text code', async () => {
    const before = sandbox.state.slack.webhookMessages.length;
    expect(await webhook('{"text":')).toMatchObject({ status: 400, text: 'invalid_payload' });
    expect(await webhook('"just a string"')).toMatchObject({ status: 400, text: 'invalid_payload' });
    expect(await webhook('{"text":"x"}', { 'Content-Type': 'text/plain' })).toMatchObject({
      status: 400,
      text: 'invalid_payload',
    });
    expect(await webhook('{"username":"bot"}')).toMatchObject({ status: 400, text: 'no_text' });
    expect(await webhook('{"text":""}')).toMatchObject({ status: 400, text: 'no_text' });
    expect(await webhook('{"blocks":[{"text":"no type"}]}')).toMatchObject({
      status: 400,
      text: 'invalid_blocks',
    });
    expect(sandbox.state.slack.webhookMessages.length).toBe(before);
  });

  it('accepts blocks without text', async () => {
    const res = await webhook('{"blocks":[{"type":"divider"}]}');
    expect(res).toMatchObject({ status: 200, text: 'ok' });
  });
});

describe('Slack Web API: chat.postMessage', () => {
  it('posts the exact @slack/web-api form body and stores the message', async () => {
    const res = await webApi(
      'chat.postMessage',
      'channel=C123&text=hi&blocks=%5B%7B%22type%22%3A%22section%22%2C%22text%22%3A%7B%22type%22%3A%22mrkdwn%22%2C%22text%22%3A%22*hi*%20%C3%A9%20%E2%9C%93%22%7D%7D%5D',
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('x-slack-req-id')).toMatch(/^[0-9a-f]{32}$/);
    expect(res.body).toMatchObject({ ok: true, channel: 'C123' });
    expect(res.body.ts).toMatch(/^\d{10}\.\d{6}$/);
    expect(res.body.message).toMatchObject({ type: 'message', text: 'hi', ts: res.body.ts });
    expect(res.body.message.blocks[0]).toMatchObject({ type: 'section', text: { text: '*hi* é ✓' } });
    expect(res.body.warning).toBeUndefined();
    expect(sandbox.state.slack.messages.get('C123')?.at(-1)?.ts).toBe(res.body.ts);
  });

  it('accepts JSON with a charset, and warns (missing_charset) without one', async () => {
    const withCharset = await postJson('chat.postMessage', { channel: 'C123', text: 'json' });
    expect(withCharset.body).toMatchObject({ ok: true });
    expect(withCharset.body.response_metadata).toBeUndefined();
    const without = await postJson('chat.postMessage', { channel: 'C123', text: 'json' }, 'application/json');
    expect(without.body).toMatchObject({
      ok: true,
      warning: 'missing_charset',
      response_metadata: { warnings: ['missing_charset'] },
    });
  });

  it('resolves a #name to a stable channel id', async () => {
    const first = await postJson('chat.postMessage', { channel: '#general', text: 'one' });
    const second = await postJson('chat.postMessage', { channel: 'general', text: 'two' });
    expect(first.body.channel).toMatch(/^C[0-9A-F]{10}$/);
    expect(second.body.channel).toBe(first.body.channel);
    expect(sandbox.state.slack.channelIds.get('general')).toBe(first.body.channel);
    expect(sandbox.state.slack.messages.get(first.body.channel)?.map((m) => m.text)).toEqual(['one', 'two']);
  });

  it('gives increasing, unique ts values', async () => {
    const a = await postJson('chat.postMessage', { channel: 'C123', text: 'a' });
    const b = await postJson('chat.postMessage', { channel: 'C123', text: 'b' });
    expect(Number(b.body.ts)).toBeGreaterThan(Number(a.body.ts));
  });

  it('answers auth problems with HTTP 200 and ok:false', async () => {
    const none = await webApi('chat.postMessage', 'channel=C123&text=hi', { Authorization: '' });
    expect(none.status).toBe(200);
    expect(none.body).toEqual({ ok: false, error: 'not_authed' });
    const bad = await webApi('chat.postMessage', 'channel=C123&text=hi', { Authorization: 'Bearer nope' });
    expect(bad.body).toEqual({ ok: false, error: 'invalid_auth' });
    const inBody = await webApi(
      'chat.postMessage',
      `token=${sandbox.secrets['SLACK_BOT_TOKEN']}&channel=C123&text=hi`,
      {
        Authorization: '',
      },
    );
    expect(inBody.body.ok).toBe(true);
  });

  it('reports missing or unknown channels and missing text', async () => {
    expect((await postJson('chat.postMessage', { channel: '#missing', text: 'x' })).body).toEqual({
      ok: false,
      error: 'channel_not_found',
    });
    expect((await postJson('chat.postMessage', { channel: 'CMISSING42', text: 'x' })).body.error).toBe(
      'channel_not_found',
    );
    const noChannel = await postJson('chat.postMessage', { text: 'x' });
    expect(noChannel.body).toMatchObject({ ok: false, error: 'invalid_arguments' });
    expect((await postJson('chat.postMessage', { channel: 'C123' })).body).toEqual({
      ok: false,
      error: 'no_text',
    });
    expect((await webApi('chat.postMessage', 'channel=C123&blocks=%5Bnot-json')).body.error).toBe(
      'invalid_blocks_format',
    );
    expect(
      (await postJson('chat.postMessage', { channel: 'C123', text: 'x'.repeat(40001) })).body.error,
    ).toBe('msg_too_long');
  });

  it('answers an unknown method with unknown_method', async () => {
    const res = await postJson('chat.nope', { channel: 'C123', text: 'x' });
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ ok: false, error: 'unknown_method' });
  });
});

describe('Slack Web API: chat.update', () => {
  it('edits an existing message (the exact @slack/web-api body shape)', async () => {
    const posted = await postJson('chat.postMessage', { channel: 'C777', text: 'before' });
    const res = await webApi('chat.update', `channel=C777&ts=${posted.body.ts}&text=edited`);
    expect(res.body).toMatchObject({ ok: true, channel: 'C777', ts: posted.body.ts, text: 'edited' });
    expect(res.body.message.edited.user).toBe('U0SANDBOXBOT');
    expect(sandbox.state.slack.messages.get('C777')?.[0]?.text).toBe('edited');
  });

  it('needs an existing ts', async () => {
    const res = await webApi('chat.update', 'channel=C123&ts=1.2&text=edited');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: false, error: 'message_not_found' });
    const noTs = await webApi('chat.update', 'channel=C123&text=edited');
    expect(noTs.body.error).toBe('invalid_arguments');
  });
});

describe('Slack failNext', () => {
  it('answers the Web API with 429 ratelimited and Retry-After, then normally', async () => {
    sandbox.failNext('slack', { status: 429, retryAfterSeconds: 3 });
    const limited = await postJson('chat.postMessage', { channel: 'C123', text: 'x' });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3');
    expect(limited.body).toEqual({ ok: false, error: 'ratelimited' });
    expect((await postJson('chat.postMessage', { channel: 'C123', text: 'x' })).body.ok).toBe(true);
  });

  it('answers the webhook with a plain-text error', async () => {
    sandbox.failNext('slack', { status: 429, retryAfterSeconds: 1 });
    const limited = await webhook('{"text":"x"}');
    expect(limited).toMatchObject({ status: 429, text: 'rate_limited' });
    expect(limited.headers.get('retry-after')).toBe('1');
    sandbox.failNext('slack', { status: 500 });
    expect(await webhook('{"text":"x"}')).toMatchObject({ status: 500, text: 'rollup_error' });
  });
});
