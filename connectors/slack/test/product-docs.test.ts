/**
 * The product docs (connect-external-services.txt, "Common Integration Examples" → "Slack Notifications") post
 * `{text, channel, username}` as JSON to the incoming-webhook URL with a generic Custom API node config. The same
 * config, with the URL as a secret reference, is examples/custom-api-node/slack-webhook.json in this repository.
 *
 * Our postWebhookMessage preset sends exactly the same request for the same fields. Note on the fields themselves:
 * `channel` and `username` are legacy overrides. Only legacy custom-integration webhooks honour them; webhooks
 * created by Slack apps (the only kind that can be created today) ignore them and post to the channel chosen when
 * the webhook was added, under the app's name. To choose the channel and name per message, use chatPostMessage.
 */
import { readFileSync } from 'node:fs';
import {
  type CustomApiNodeConfig,
  executeNode,
  type NodeResult,
  type PreparedRequest,
  prepareRequest,
} from '@convoflow/core';
import { type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { chatPostMessage, connector, postWebhookMessage } from '../generated/index.js';

/** The docs' example, as written there, with its placeholder URL replaced by a secret reference. */
const docsConfig: CustomApiNodeConfig = {
  url: '{{secrets.SLACK_WEBHOOK_URL}}',
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: {
    text: 'New customer inquiry received!',
    channel: '#notifications',
    username: 'ConvoFlow Bot',
  },
};
const intent = {
  text: 'New customer inquiry received!',
  channel: '#notifications',
  username: 'ConvoFlow Bot',
};
const WEBHOOK_URL = 'https://hooks.slack.com/services/T0FAKE/B0FAKE/fixture';

function wire(prepared: PreparedRequest) {
  return {
    method: prepared.method,
    url: prepared.url,
    headers: { ...prepared.headers },
    body: typeof prepared.body === 'string' ? prepared.body : undefined,
  };
}

let server: CaptureServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('product docs: Slack notification through an incoming webhook', () => {
  it('the repository example is the docs example', () => {
    const example = JSON.parse(
      readFileSync(new URL('../../../examples/custom-api-node/slack-webhook.json', import.meta.url), 'utf8'),
    ) as CustomApiNodeConfig & { $schema?: string };
    const { $schema: _schema, ...config } = example;
    expect(config).toEqual(docsConfig);
  });

  it('postWebhookMessage with the same fields prepares the identical request', async () => {
    const secrets = { SLACK_WEBHOOK_URL: WEBHOOK_URL };
    const generic = wire(await prepareRequest(docsConfig, { secrets }));
    const preset = wire(await prepareRequest(postWebhookMessage(intent), { secrets }));
    expect(preset).toEqual(generic);
    expect(preset).toEqual({
      method: 'POST',
      url: WEBHOOK_URL,
      headers: { 'content-type': 'application/json' },
      body: '{"text":"New customer inquiry received!","channel":"#notifications","username":"ConvoFlow Bot"}',
    });
  });

  it('the configs differ only in the hosts allowed to receive the secret', () => {
    const { allowedHosts, ...rest } = postWebhookMessage(intent);
    expect(rest).toEqual(docsConfig);
    // The generic config lets the secret go to whatever host the URL names; the preset pins Slack's hosts.
    expect(allowedHosts).toEqual(['hooks.slack.com', 'slack.com']);
    expect(docsConfig.allowedHosts).toBeUndefined();
  });

  it('both deliver the same bytes and content type to a server', async () => {
    server = await startCaptureServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('ok');
    });
    const secrets = { SLACK_WEBHOOK_URL: `${server.origin}/services/T0FAKE/B0FAKE/fixture` };
    const genericResult = await executeNode(docsConfig, { secrets });
    const presetResult = await connector.run('postWebhookMessage', intent, {
      secrets,
      baseUrl: server.origin,
    });
    expect(genericResult.ok).toBe(true);
    expect(presetResult.ok).toBe(true);
    const [generic, preset] = server.requests;
    expect(preset?.url).toBe(generic?.url);
    expect(preset?.headers['content-type']).toBe(generic?.headers['content-type']);
    expect(preset?.headers['content-type']).toBe('application/json');
    expect(preset?.body.equals(generic?.body ?? Buffer.alloc(0))).toBe(true);
  });

  it('what the preset adds: input checked before sending, and Slack’s text error read as a code', async () => {
    // A misspelt field: the generic node would send {"txt": …} and Slack would answer 400; the preset refuses it.
    expect(() => postWebhookMessage({ txt: 'hi' } as never)).toThrow(/txt/);

    server = await startCaptureServer((_request, response) => {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('channel_not_found');
    });
    const secrets = { SLACK_WEBHOOK_URL: `${server.origin}/services/T0FAKE/B0FAKE/fixture` };
    const generic: NodeResult = await executeNode(docsConfig, { secrets });
    const preset = await connector.run('postWebhookMessage', intent, { secrets, baseUrl: server.origin });
    // Both read the short text body (the generic rules guess that a snake_case word is a code; the preset says so).
    expect(preset.error).toEqual({ kind: 'http', code: 'channel_not_found', message: 'channel_not_found' });
    expect(generic.error).toEqual(preset.error);
  });

  it('to really choose the channel and sender name, chatPostMessage sends them to the Web API', async () => {
    const prepared = wire(
      await prepareRequest(chatPostMessage(intent), { secrets: { SLACK_BOT_TOKEN: 'xoxb-fixture' } }),
    );
    expect(prepared).toEqual({
      method: 'POST',
      url: 'https://slack.com/api/chat.postMessage',
      headers: {
        accept: 'application/json',
        authorization: 'Bearer xoxb-fixture',
        'content-type': 'application/json; charset=utf-8',
      },
      // Field order follows the method's arguments (channel first); username needs the chat:write.customize scope.
      body: '{"channel":"#notifications","text":"New customer inquiry received!","username":"ConvoFlow Bot"}',
    });
  });
});
