/**
 * Type tests, checked by `tsc --noEmit`: each `@ts-expect-error` fails the typecheck if the line below it stops
 * being a type error. At run time the same inputs are refused by the generated validators.
 */
import type { CustomApiNodeConfig } from '@convoflow/core';
import { describe, expect, it } from 'vitest';
import {
  type ChatPostMessageInput,
  type ChatUpdateInput,
  chatPostMessage,
  chatUpdate,
  connector,
  type PostWebhookMessageInput,
  postWebhookMessage,
} from '../generated/index.js';

describe('preset types', () => {
  it('accepts correct calls', () => {
    const webhook: CustomApiNodeConfig = postWebhookMessage({
      text: 'Deploy finished',
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: '*done*' } }],
      unfurl_links: false,
    });
    const posted: CustomApiNodeConfig = chatPostMessage({
      channel: 'C0123456789',
      text: 'hi',
      thread_ts: '1700000000.000100',
      metadata: { event_type: 'task_created', event_payload: { id: 1 } },
    });
    const updated: CustomApiNodeConfig = chatUpdate({
      channel: 'C0123456789',
      ts: '1700000000.000100',
      text: 'x',
    });
    expect([webhook.url, posted.url, updated.url]).toEqual([
      '{{secrets.SLACK_WEBHOOK_URL}}',
      'https://slack.com/api/chat.postMessage',
      'https://slack.com/api/chat.update',
    ]);
  });

  it('rejects misspelt fields', () => {
    // @ts-expect-error `txt` is not a field (text is)
    expect(() => postWebhookMessage({ txt: 'hi' })).toThrow();
    // @ts-expect-error `chanel` is not a field (channel is)
    expect(() => chatPostMessage({ chanel: 'C0123456789', text: 'hi' })).toThrow();
    // @ts-expect-error `timestamp` is not a field (ts is)
    expect(() => chatUpdate({ channel: 'C0123456789', timestamp: '1.2' })).toThrow();
  });

  it('rejects wrongly typed fields', () => {
    // @ts-expect-error mrkdwn is a boolean
    expect(() => postWebhookMessage({ text: 'hi', mrkdwn: 'false' })).toThrow();
    // @ts-expect-error blocks is a list of blocks, not a string
    expect(() => chatPostMessage({ channel: 'C0123456789', blocks: '[{"type":"divider"}]' })).toThrow();
    // @ts-expect-error ts is a string such as "1700000000.000100", not a number
    expect(() => chatUpdate({ channel: 'C0123456789', ts: 1700000000.0001 })).toThrow();
  });

  it('requires the required fields', () => {
    // @ts-expect-error channel is required
    const noChannel: ChatPostMessageInput = { text: 'hi' };
    // @ts-expect-error ts is required
    const noTs: ChatUpdateInput = { channel: 'C0123456789' };
    expect(() => chatPostMessage(noChannel)).toThrow();
    expect(() => chatUpdate(noTs)).toThrow();
  });

  it('types connector.run inputs by operation', async () => {
    const input: PostWebhookMessageInput = { text: 'hi' };
    // @ts-expect-error chatPostMessage needs a channel
    const result = await connector.run('chatPostMessage', input);
    expect(result.ok).toBe(false);
    expect(result.error?.kind).toBe('input');
  });
});
