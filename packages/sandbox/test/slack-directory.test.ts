import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../src/index.js';
import { send } from './helpers.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

/** A Web API call as @slack/web-api sends it (form-encoded, bot token in the header). */
function webApi(method: string, args: Record<string, string>) {
  return send(`${sandbox.baseUrls.slack}/${method}`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${sandbox.secrets['SLACK_BOT_TOKEN']}`,
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams(args).toString(),
  });
}

/** Every page of a list, following next_cursor. */
async function walk(method: string, key: string, args: Record<string, string>): Promise<string[]> {
  const ids: string[] = [];
  let cursor = '';
  do {
    const answer = await webApi(method, cursor ? { ...args, cursor } : args);
    expect(answer.body.ok).toBe(true);
    ids.push(...answer.body[key].map((item: { id: string }) => item.id));
    cursor = answer.body.response_metadata.next_cursor;
  } while (cursor);
  return ids;
}

describe('sandbox Slack directory lists', () => {
  it('pages conversations.list by cursor, channels resolved by name included', async () => {
    await webApi('chat.postMessage', { channel: '#alerts', text: 'hi' });
    const ids = await walk('conversations.list', 'channels', { limit: '2' });
    expect(ids.slice(0, 3)).toEqual(['C0SANDBOXGEN', 'C0SANDBOXRND', 'C0SANDBOXDEP']);
    expect(ids).toContain(sandbox.state.slack.channelIds.get('alerts'));
  });

  it('pages users.list and adds locales on request', async () => {
    expect(await walk('users.list', 'members', { limit: '1' })).toEqual([
      'U0SANDBOXBOT',
      'U0SANDBOXADA',
      'U0SANDBOXGRC',
    ]);
    const answer = await webApi('users.list', { include_locale: 'true' });
    expect(answer.body.members[1]).toMatchObject({ id: 'U0SANDBOXADA', locale: 'en-US' });
  });

  it('answers ok:false for a foreign cursor, a bad limit or an unknown type', async () => {
    const foreign = Buffer.from('user:U0SANDBOXADA').toString('base64');
    expect((await webApi('conversations.list', { cursor: foreign })).body).toMatchObject({
      ok: false,
      error: 'invalid_cursor',
    });
    expect((await webApi('users.list', { limit: '0' })).body.error).toBe('invalid_limit');
    expect((await webApi('conversations.list', { types: 'channel' })).body.error).toBe('invalid_types');
  });
});
