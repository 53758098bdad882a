/**
 * Redirects, decision by decision: which statuses redirect, how the method and body change, what is stripped on a
 * hop to another origin, what is refused; then the hop limit and the redacted redirect event on a real server.
 */
import { type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { carriesSecret, decideRedirect, isRedirect } from '../src/execute/redirects.js';
import {
  type CustomApiNodeConfig,
  executeNode,
  type NodeEvent,
  type PreparedRequest,
  prepareRequest,
} from '../src/index.js';

const SECRET = 'sk_test_redirect_rules';
const FROM = 'https://api.example.com/v1/start?page=2';

const prepare = (config: Partial<CustomApiNodeConfig>, url = FROM) =>
  prepareRequest({ url, ...config }, { secrets: { K: SECRET } });
const bearer = { auth: { type: 'bearer', token: '{{secrets.K}}' } } as const;
const followed = (decision: ReturnType<typeof decideRedirect>): PreparedRequest => {
  if (decision.type !== 'follow') throw new Error(`expected to follow, got ${JSON.stringify(decision)}`);
  return decision.request;
};

describe('which responses redirect', () => {
  it('treats exactly 301, 302, 303, 307 and 308 as redirects', () => {
    const redirects = Array.from({ length: 200 }, (_, i) => 200 + i).filter(isRedirect);
    expect(redirects).toEqual([301, 302, 303, 307, 308]);
  });

  it('stops on an empty Location and refuses one that is not a URL or not http(s)', async () => {
    const request = await prepare({});
    expect(decideRedirect(request, 302, '', [])).toEqual({ type: 'stop' });
    expect(decideRedirect(request, 302, 'http://[::1', [])).toEqual({
      type: 'refuse',
      reason: 'the Location header is not a valid URL',
    });
    expect(decideRedirect(request, 302, 'ftp://api.example.com/x', [])).toEqual({
      type: 'refuse',
      reason: 'redirect to ftp: refused',
    });
  });

  it('resolves a relative Location against the request URL', async () => {
    const request = await prepare({});
    expect(followed(decideRedirect(request, 302, 'next?x=1', request.allowedHosts)).url).toBe(
      'https://api.example.com/v1/next?x=1',
    );
  });
});

describe('method and body on a redirect', () => {
  const body = { body: { a: 1 } };

  it('turns a 303 into a GET without body or Content-Type, for any method but HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE'] as const) {
      const next = followed(decideRedirect(await prepare({ method, ...body }), 303, '/b', []));
      expect([next.method, next.body, next.headers['content-type']], method).toEqual([
        'GET',
        undefined,
        undefined,
      ]);
    }
    expect(followed(decideRedirect(await prepare({ method: 'HEAD' }), 303, '/b', [])).method).toBe('HEAD');
  });

  it('turns a 301 or 302 into a GET only after a POST', async () => {
    for (const status of [301, 302]) {
      const post = followed(decideRedirect(await prepare({ method: 'POST', ...body }), status, '/b', []));
      expect([post.method, post.body]).toEqual(['GET', undefined]);
      const put = followed(decideRedirect(await prepare({ method: 'PUT', ...body }), status, '/b', []));
      expect([put.method, put.body, put.headers['content-type']]).toEqual([
        'PUT',
        '{"a":1}',
        'application/json',
      ]);
    }
  });

  it('keeps method, body and Content-Type on 307 and 308', async () => {
    for (const status of [307, 308]) {
      const next = followed(decideRedirect(await prepare({ method: 'POST', ...body }), status, '/b', []));
      expect([next.method, next.body, next.headers['content-type']]).toEqual([
        'POST',
        '{"a":1}',
        'application/json',
      ]);
    }
  });
});

describe('credentials on a redirect', () => {
  it('strips credential headers and secret-bearing headers and parameters on a hop to another origin only', async () => {
    const request = await prepare({
      headers: {
        Cookie: 'a=b',
        'Proxy-Authorization': 'Basic eA==',
        'X-Key': '{{secrets.K}}',
        'X-Trace': 't',
      },
      ...bearer,
    });
    const location = `https://other.example.com/b?keep=1&k=${SECRET}&${SECRET}=v`;
    const away = followed(decideRedirect(request, 302, location, ['other.example.com']));
    expect(away.url).toBe('https://other.example.com/b?keep=1');
    expect(Object.keys(away.headers).sort()).toEqual(['x-trace']);
    const home = followed(decideRedirect(request, 302, '/b', request.allowedHosts));
    expect(Object.keys(home.headers).sort()).toEqual([
      'authorization',
      'cookie',
      'proxy-authorization',
      'x-key',
      'x-trace',
    ]);
  });

  it('counts a change of scheme or port as another origin', async () => {
    const request = await prepare(bearer, 'http://api.example.com/a');
    expect(
      followed(decideRedirect(request, 302, 'https://api.example.com/b', [])).headers.authorization,
    ).toBeUndefined();
    expect(
      followed(decideRedirect(request, 302, 'http://api.example.com:8080/b', [])).headers.authorization,
    ).toBeUndefined();
  });

  it('refuses https → http with credentials, but follows http → https and https → http without', async () => {
    expect(decideRedirect(await prepare(bearer), 302, 'http://api.example.com/b', [])).toMatchObject({
      type: 'refuse',
    });
    expect(decideRedirect(await prepare({}), 302, 'http://api.example.com/b', [])).toMatchObject({
      type: 'follow',
    });
  });

  it('refuses a hop that would still carry a secret to a host outside allowedHosts, even on the same origin', async () => {
    const request = await prepare(bearer);
    expect(decideRedirect(request, 302, '/b', [])).toEqual({
      type: 'refuse',
      reason: "redirect refused: https://api.example.com may not receive this request's secrets",
    });
    expect(decideRedirect(request, 302, '/b', ['api.example.com'])).toMatchObject({ type: 'follow' });
  });

  it('finds a secret in the URL, a header or a text or byte body, and none in a request without secrets', async () => {
    expect(carriesSecret(await prepare({}, `https://api.example.com/a?k={{secrets.K}}`))).toBe(true);
    expect(carriesSecret(await prepare({ headers: { 'X-Key': '{{secrets.K}}' } }))).toBe(true);
    const withBody = await prepare({ method: 'POST', body: { token: '{{secrets.K}}' } });
    expect(carriesSecret(withBody)).toBe(true);
    expect(carriesSecret(withBody.with({ body: new TextEncoder().encode(`x${SECRET}x`) }))).toBe(true);
    expect(carriesSecret(withBody.with({ body: new TextEncoder().encode('nothing') }))).toBe(false);
    expect(carriesSecret(withBody.with({ body: 'nothing' }))).toBe(false);
    expect(carriesSecret(await prepare({ headers: { 'X-Key': SECRET } }))).toBe(false);
  });
});

describe('following redirects on a real server', () => {
  let server: CaptureServer;
  beforeAll(async () => {
    // /hop/N redirects to /hop/N-1 (with the same query), and /hop/0 answers 200.
    server = await startCaptureServer((request, response) => {
      const url = new URL(request.url, 'http://127.0.0.1');
      const left = Number(url.pathname.split('/')[2]);
      if (left > 0) response.writeHead(302, { location: `/hop/${left - 1}${url.search}` }).end();
      else response.writeHead(200, { 'content-type': 'application/json' }).end('{"done":true}');
    });
  });
  afterAll(() => server.close());

  it('follows 5 redirects by default and returns the 6th as it is', async () => {
    expect(await executeNode({ url: `${server.origin}/hop/5` })).toMatchObject({
      ok: true,
      body: { done: true },
    });
    expect(await executeNode({ url: `${server.origin}/hop/6` })).toMatchObject({ ok: false, status: 302 });
  });

  it('follows exactly as many redirects as followRedirects says', async () => {
    expect(await executeNode({ url: `${server.origin}/hop/2`, followRedirects: 2 })).toMatchObject({
      ok: true,
    });
    expect(await executeNode({ url: `${server.origin}/hop/3`, followRedirects: 2 })).toMatchObject({
      status: 302,
    });
  });

  it('reports each hop as a redirect event whose URL is redacted', async () => {
    const events: NodeEvent[] = [];
    const result = await executeNode(
      {
        url: `${server.origin}/hop/2`,
        auth: { type: 'apiKey', in: 'query', name: 'key', value: '{{secrets.K}}' },
      },
      { secrets: { K: SECRET }, onEvent: (event) => events.push(event) },
    );
    expect(result).toMatchObject({ ok: true });
    expect(events.filter((event) => event.type === 'redirect')).toEqual([
      { type: 'redirect', attempt: 1, status: 302, to: `${server.origin}/hop/1?key=***` },
      { type: 'redirect', attempt: 1, status: 302, to: `${server.origin}/hop/0?key=***` },
    ]);
  });
});
