/**
 * conversations.list and users.list, page by page: @slack/web-api's `paginate` and our `connector.paginate` walk
 * the same cursor-paged list on one local server, and every request must match (method, path, form body bytes,
 * and the headers both chose; see wire-headers.ts).
 */
import { type CapturedRequest, type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import { LogLevel, WebClient } from '@slack/web-api';
import { afterAll, beforeAll, beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import { type ConversationsListInput, connector, type UsersListInput } from '../generated/index.js';
import { chosenHeaders } from './wire-headers.js';

const TOKEN = 'xoxb-fixture';
const IDS = ['1', '2', '3', '4', '5'];

let server: CaptureServer;
beforeAll(async () => {
  // Pages of `limit` items; the cursor is base64 of the next item's id, as Slack's cursors are opaque base64.
  server = await startCaptureServer((request, response) => {
    const args = new URLSearchParams(request.body.toString('utf8'));
    const limit = Number(args.get('limit') ?? '100');
    const cursor = args.get('cursor');
    const start = cursor
      ? IDS.indexOf(Buffer.from(cursor, 'base64').toString('utf8').split(':')[1] ?? '')
      : 0;
    const users = request.url.endsWith('/users.list');
    const page = IDS.slice(start, start + limit).map((id) =>
      users ? { id: `U${id}`, name: `user${id}` } : { id: `C${id}`, name: `channel-${id}` },
    );
    const following = IDS[start + limit];
    const next = following
      ? Buffer.from(`${users ? 'user' : 'channel'}:${following}`).toString('base64')
      : '';
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    response.end(
      JSON.stringify({
        ok: true,
        [users ? 'members' : 'channels']: page,
        response_metadata: { next_cursor: next },
      }),
    );
  });
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

const web = () => new WebClient(TOKEN, { slackApiUrl: `${server.origin}/api/`, logLevel: LogLevel.ERROR });
const options = () => ({
  secrets: { SLACK_BOT_TOKEN: TOKEN },
  baseUrl: `${server.origin}/api`,
  retry: { limit: 0 },
});
const wire = (request: CapturedRequest) => ({
  method: request.method,
  url: request.url,
  body: request.body.toString('utf8'),
  headers: chosenHeaders(request.headers),
});

/** Every page request the SDK sends (it gets a copy of the arguments: it writes the cursor into them). */
async function sdkPages(method: string, args: Record<string, unknown>): Promise<CapturedRequest[]> {
  for await (const _page of web().paginate(method, { ...args })) {
    // every page is fetched
  }
  return server.requests.splice(0);
}

describe('conversations.list pages, as @slack/web-api paginate sends them', () => {
  it('follows response_metadata.next_cursor in the form body, with typed channels', async () => {
    const input = {
      exclude_archived: true,
      limit: 2,
      types: ['public_channel', 'private_channel'],
    } satisfies ConversationsListInput;
    const theirs = await sdkPages('conversations.list', { ...input, types: input.types.join(',') });
    const ids: string[] = [];
    for await (const channel of connector.paginate('conversationsList', input, options()).items()) {
      expectTypeOf(channel.id).toEqualTypeOf<string>();
      ids.push(channel.id);
    }
    expect(ids).toEqual(['C1', 'C2', 'C3', 'C4', 'C5']);
    const ours = server.requests.splice(0);
    expect(ours.map(wire)).toEqual(theirs.map(wire));
    expect(ours.map((request) => request.body.toString('utf8'))).toEqual([
      'exclude_archived=true&limit=2&types=public_channel%2Cprivate_channel',
      `exclude_archived=true&limit=2&types=public_channel%2Cprivate_channel&cursor=${encodeURIComponent(Buffer.from('channel:3').toString('base64'))}`,
      `exclude_archived=true&limit=2&types=public_channel%2Cprivate_channel&cursor=${encodeURIComponent(Buffer.from('channel:5').toString('base64'))}`,
    ]);
  });
});

// @slack/web-api sends team_id first, then the arguments in the caller's order; the templates list team_id first.
describe('users.list pages, as @slack/web-api paginate sends them', () => {
  it('sends the same pages and stops at maxPages', async () => {
    const input = { include_locale: true, limit: 2 } satisfies UsersListInput;
    const theirs = await sdkPages('users.list', input);
    const pages = [];
    for await (const page of connector.paginate('usersList', input, { ...options(), maxPages: 2 })) {
      pages.push(page.body.members.map((member) => member.id));
    }
    expect(pages).toEqual([
      ['U1', 'U2'],
      ['U3', 'U4'],
    ]);
    expect(server.requests.splice(0).map(wire)).toEqual(theirs.slice(0, 2).map(wire));
  });

  it('sends a single call like web.users.list', async () => {
    const input = { cursor: 'dXNlcjpVMDYxTkZUVDI=', limit: 1, team_id: 'T0123' } satisfies UsersListInput;
    await web().users.list(input);
    const result = await connector.run('usersList', input, options());
    expect(result.ok).toBe(true);
    const [theirs, ours] = server.requests.splice(0);
    if (!theirs || !ours) throw new Error('expected two requests');
    expect(wire(ours)).toEqual(wire(theirs));
  });
});
