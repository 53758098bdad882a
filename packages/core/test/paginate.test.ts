/** Pagination, all four styles, against real servers on 127.0.0.1. */
import { type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { type CustomApiNodeConfig, type PaginationSpec, paginate } from '../src/index.js';

const servers: CaptureServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

type Reply = { body: unknown; headers?: Record<string, string>; status?: number };

/** A server answering each request with `reply(url)`. */
async function serve(reply: (url: URL) => Reply): Promise<CaptureServer> {
  const server = await startCaptureServer((request, response) => {
    const { body, headers, status } = reply(new URL(request.url, 'http://localhost'));
    response.writeHead(status ?? 200, { 'content-type': 'application/json', ...headers });
    response.end(JSON.stringify(body));
  });
  servers.push(server);
  return server;
}

const config = (server: CaptureServer, path: string): CustomApiNodeConfig => ({
  url: `${server.origin}${path}`,
  method: 'GET',
  allowedHosts: [server.origin],
});

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

const LETTERS = ['a', 'b', 'c', 'd', 'e'];

describe('paginate', () => {
  it('follows a cursor from the last item until has_more is false (Stripe)', async () => {
    const server = await serve((url) => {
      const after = url.searchParams.get('starting_after');
      const start = after ? LETTERS.indexOf(after) + 1 : 0;
      const data = LETTERS.slice(start, start + 2).map((id) => ({ id }));
      return { body: { data, has_more: start + 2 < LETTERS.length } };
    });
    const spec: PaginationSpec = {
      style: 'cursor',
      items: 'data',
      next: '$last.id',
      param: 'starting_after',
      hasMore: 'has_more',
    };
    const items = await collect(paginate(config(server, '/v1/customers?limit=2'), spec, {}).items());
    expect(items).toEqual(LETTERS.map((id) => ({ id })));
    expect(server.requests.map((request) => request.url)).toEqual([
      '/v1/customers?limit=2',
      '/v1/customers?limit=2&starting_after=b',
      '/v1/customers?limit=2&starting_after=d',
    ]);
  });

  it('sends a cursor in a form body and stops at an empty next_cursor (Slack)', async () => {
    const cursors = ['', 'dXNlcjpV', ''];
    let call = 0;
    const slack = await serve(() => {
      const next = cursors[++call] ?? '';
      return { body: { ok: true, channels: [{ id: `C${call}` }], response_metadata: { next_cursor: next } } };
    });
    const spec: PaginationSpec = {
      style: 'cursor',
      items: 'channels',
      next: 'response_metadata.next_cursor',
      param: 'cursor',
      in: 'body',
    };
    const first = {
      ...config(slack, '/api/conversations.list'),
      method: 'POST' as const,
      body: { limit: 1 },
    };
    const pages = await collect(paginate(first, spec, {}));
    expect(pages.map((page) => page.body)).toHaveLength(2);
    expect(slack.requests.map((request) => request.body.toString())).toEqual([
      '{"limit":1}',
      '{"limit":1,"cursor":"dXNlcjpV"}',
    ]);
  });

  it('follows relative and absolute next URLs on allowed hosts', async () => {
    let origin = '';
    const server = await serve((url) => {
      const page = Number(url.searchParams.get('page') ?? '1');
      const next = page === 1 ? '/items?page=2' : page === 2 ? `${origin}/items?page=3` : null;
      return { body: { results: [page], next } };
    });
    origin = server.origin;
    const spec: PaginationSpec = { style: 'nextUrl', items: 'results', next: 'next' };
    expect(await collect(paginate(config(server, '/items'), spec, {}).items())).toEqual([1, 2, 3]);
  });

  it('refuses a next URL whose host is not allowed, before requesting it', async () => {
    const server = await serve(() => ({ body: { results: [1], next: 'http://evil.example/steal' } }));
    const spec: PaginationSpec = { style: 'nextUrl', items: 'results', next: 'next' };
    const pages = paginate(config(server, '/items'), spec, {});
    await expect(collect(pages)).rejects.toThrow(/evil\.example is not in allowedHosts/);
    expect(server.requests).toHaveLength(1);
  });

  it('follows the Link header rel="next" (RFC 8288) with commas inside targets', async () => {
    const server = await serve((url) => {
      const page = Number(url.searchParams.get('page') ?? '1');
      const link =
        page < 3
          ? `<${url.pathname}?page=${page + 1}&ids=1,2>; rel="next last", </items?page=1>; rel=first`
          : '</items?page=1>; rel="first"';
      return { body: [page], headers: { link } };
    });
    const items = await collect(paginate(config(server, '/items'), { style: 'linkHeader' }, {}).items());
    expect(items).toEqual([1, 2, 3]);
  });

  it('counts pages or offsets and stops at a short or empty page', async () => {
    const rows = Array.from({ length: 5 }, (_, index) => index);
    const server = await serve((url) => {
      const offset = Number(url.searchParams.get('offset') ?? '0');
      const page = Number(url.searchParams.get('page') ?? '1');
      const size = Number(url.searchParams.get('limit'));
      const start = url.pathname === '/offset' ? offset : (page - 1) * size;
      return { body: { rows: rows.slice(start, start + size) } };
    });
    const byOffset: PaginationSpec = { style: 'page', items: 'rows', param: 'offset', counts: 'items' };
    const byPage: PaginationSpec = { style: 'page', items: 'rows', param: 'page', sizeParam: 'limit' };
    const offsets = paginate({ ...config(server, '/offset'), query: { limit: 2 } }, byOffset, {});
    expect(await collect(offsets.items())).toEqual(rows);
    const numbered = paginate({ ...config(server, '/page'), query: { limit: 2 } }, byPage, {});
    expect(await collect(numbered.items())).toEqual(rows);
    expect(server.requests.map((request) => request.url)).toEqual([
      '/offset?limit=2',
      '/offset?limit=2&offset=2',
      '/offset?limit=2&offset=4',
      '/offset?limit=2&offset=5',
      '/page?limit=2',
      '/page?limit=2&page=2',
      '/page?limit=2&page=3',
    ]);
  });

  it('stops with an upstream error when the provider repeats a page', async () => {
    const server = await serve(() => ({ body: { data: [{ id: 'same' }], has_more: true, next: 'x' } }));
    const spec: PaginationSpec = { style: 'cursor', items: 'data', next: 'next', param: 'cursor' };
    await expect(collect(paginate(config(server, '/loop'), spec, {}))).rejects.toMatchObject({
      name: 'UpstreamError',
    });
    expect(server.requests).toHaveLength(2);
  });

  it('stops at maxPages and maxItems, and throws AbortedError once aborted', async () => {
    const server = await serve((url) => {
      const page = Number(url.searchParams.get('page') ?? '1');
      return { body: [page * 10, page * 10 + 1] };
    });
    const spec: PaginationSpec = { style: 'page', param: 'page' };
    expect(await collect(paginate(config(server, '/n'), spec, { maxPages: 2 }).items())).toEqual([
      10, 11, 20, 21,
    ]);
    expect(await collect(paginate(config(server, '/n'), spec, { maxItems: 3 }).items())).toEqual([
      10, 11, 20,
    ]);
    const controller = new AbortController();
    const seen: unknown[] = [];
    const aborted = (async () => {
      for await (const item of paginate(config(server, '/n'), spec, { signal: controller.signal }).items()) {
        seen.push(item);
        controller.abort();
      }
    })();
    await expect(aborted).rejects.toMatchObject({ name: 'AbortedError' });
    expect(seen).toEqual([10, 11]);
  });

  it('waits out Retry-After and retries a 429 between pages, then continues', async () => {
    let calls = 0;
    const server = await serve((url) => {
      calls++;
      if (calls === 2) return { status: 429, body: { error: 'slow down' }, headers: { 'retry-after': '1' } };
      const page = Number(url.searchParams.get('page') ?? '1');
      return { body: page < 3 ? [page] : [] };
    });
    const started = Date.now();
    const items = await collect(paginate(config(server, '/r'), { style: 'page', param: 'page' }, {}).items());
    expect(items).toEqual([1, 2]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(server.requests.map((request) => request.url)).toEqual([
      '/r',
      '/r?page=2',
      '/r?page=2',
      '/r?page=3',
    ]);
  });

  it('spaces pages by the rate limit', async () => {
    const server = await serve((url) => {
      const page = Number(url.searchParams.get('page') ?? '1');
      return { body: page < 3 ? [page] : [] };
    });
    const spec: PaginationSpec = { style: 'page', param: 'page' };
    const started = Date.now();
    await collect(
      paginate(config(server, '/s'), spec, { rateLimit: { requests: 1, perMs: 150, key: 'spaced' } }),
    );
    // The third request leaves no sooner than two intervals after the first reservation (made after `started`); the
    // first request's own arrival can lag under load, so the bound counts from the start.
    expect((server.requests[2]?.arrivedAt ?? 0) - started).toBeGreaterThanOrEqual(290);
  });
});
