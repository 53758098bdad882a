/**
 * Slack's directory methods, `conversations.list` and `users.list`: cursor-paged lists (`limit`, opaque base64
 * `cursor`, `response_metadata.next_cursor` empty on the last page) over a few seeded channels and users plus
 * every channel the sandbox has resolved by name.
 */
import type { JsonObject, SandboxState } from '../types.js';

/** A Web API failure: `{ok: false, error}` with HTTP 200. */
export type FailWith = (code: string, details?: string[]) => never;

const SEEDED_CHANNELS: Array<[string, string]> = [
  ['general', 'C0SANDBOXGEN'],
  ['random', 'C0SANDBOXRND'],
  ['deploys', 'C0SANDBOXDEP'],
];
const SEEDED_USERS: JsonObject[] = [
  { id: 'U0SANDBOXBOT', name: 'sandbox-bot', real_name: 'Sandbox Bot', is_bot: true, deleted: false },
  {
    id: 'U0SANDBOXADA',
    name: 'ada',
    real_name: 'Ada Lovelace',
    is_bot: false,
    deleted: false,
    tz: 'Europe/London',
  },
  {
    id: 'U0SANDBOXGRC',
    name: 'grace',
    real_name: 'Grace Hopper',
    is_bot: false,
    deleted: false,
    tz: 'America/New_York',
  },
];

function limitOf(args: JsonObject, fail: FailWith): number {
  if (args['limit'] === undefined) return 100;
  const limit = Number(args['limit']);
  if (!Number.isInteger(limit) || limit < 1) fail('invalid_limit');
  return Math.min(limit, 1000);
}

/** One page of `items` from the `cursor` argument on; cursors are base64 of `<kind>:<id of the first item>`. */
function page<T extends JsonObject>(items: T[], args: JsonObject, kind: string, fail: FailWith) {
  const limit = limitOf(args, fail);
  let start = 0;
  if (typeof args['cursor'] === 'string' && args['cursor'] !== '') {
    const [prefix, id] = Buffer.from(args['cursor'], 'base64').toString('utf8').split(':');
    start = items.findIndex((item) => item['id'] === id);
    if (prefix !== kind || start < 0) fail('invalid_cursor');
  }
  const next = items[start + limit];
  const cursor = next ? Buffer.from(`${kind}:${String(next['id'])}`).toString('base64') : '';
  return { items: items.slice(start, start + limit), response_metadata: { next_cursor: cursor } };
}

/** `conversations.list`: public channels unless `types` asks for others (the sandbox has public channels only). */
export function listConversations(
  state: SandboxState['slack'],
  args: JsonObject,
  fail: FailWith,
): JsonObject {
  const types = String(args['types'] ?? 'public_channel').split(',');
  const known = ['public_channel', 'private_channel', 'mpim', 'im'];
  if (types.some((type) => !known.includes(type))) fail('invalid_types');
  const named = new Map<string, string>([...SEEDED_CHANNELS, ...state.channelIds]);
  const channels = types.includes('public_channel')
    ? [...named].map(
        ([name, id]): JsonObject => ({ id, name, is_channel: true, is_private: false, is_archived: false }),
      )
    : [];
  const { items, response_metadata } = page(channels, args, 'channel', fail);
  return { ok: true, channels: items, response_metadata };
}

/** `users.list`: the seeded members (with `locale` when `include_locale` is true). */
export function listUsers(args: JsonObject, fail: FailWith): JsonObject {
  const withLocale = args['include_locale'] === true || args['include_locale'] === 'true';
  const users = SEEDED_USERS.map((user) => (withLocale ? { ...user, locale: 'en-US' } : user));
  const { items, response_metadata } = page(users, args, 'user', fail);
  return { ok: true, members: items, cache_ts: 1700000000, response_metadata };
}
