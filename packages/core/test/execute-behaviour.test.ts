/**
 * The sending half, against real HTTP servers on 127.0.0.1, for both transports: the same policy (retries,
 * Retry-After, timeouts, caps, redirects, allowed hosts, rate limits) must hold whichever one sends.
 */
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { type CaptureHandler, type CaptureServer, closedPort, startCaptureServer } from '@convoflow/testkit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  type CustomApiNodeConfig,
  type ExecuteOptions,
  executeNode,
  kyTransport,
  type NodeEvent,
  type Transport,
  undiciTransport,
} from '../src/index.js';

const transports: Array<[string, () => Transport]> = [
  ['undici', () => undiciTransport()],
  ['ky', () => kyTransport()],
];

const SECRET = 'sk_test_behaviour_canary';

describe.each(transports)('executeNode over the %s transport', (_name, makeTransport) => {
  const transport = makeTransport();
  const servers: CaptureServer[] = [];
  const serve = async (handler: CaptureHandler) => {
    const server = await startCaptureServer(handler);
    servers.push(server);
    return server;
  };
  const fast: ExecuteOptions = {
    transport,
    retry: { baseDelayMs: 5, maxDelayMs: 20 },
    secrets: { KEY: SECRET },
  };

  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });
  afterAll(() => transport.close?.());

  /** Answers the scripted statuses in order, then 200 {"ok":true}. */
  const sequence =
    (...steps: Array<[number, Record<string, string>?]>): CaptureHandler =>
    (_request, response) => {
      const [status, headers] = steps.shift() ?? [200, {}];
      response.writeHead(status, { 'content-type': 'application/json', ...headers });
      response.end(status === 200 ? '{"ok":true}' : `{"error":{"message":"status ${status}"}}`);
    };

  it('retries a 503 on GET, then succeeds (attempts = 2)', async () => {
    const server = await serve(sequence([503]));
    const result = await executeNode({ url: `${server.origin}/items` }, fast);
    expect(result).toMatchObject({ ok: true, status: 200, attempts: 2, body: { ok: true } });
    expect(server.requests).toHaveLength(2);
  });

  it('does not retry a 503 on POST without an Idempotency-Key', async () => {
    const server = await serve(sequence([503]));
    const result = await executeNode(
      { url: `${server.origin}/charges`, method: 'POST', body: { a: 1 } },
      fast,
    );
    expect(result).toMatchObject({
      ok: false,
      status: 503,
      attempts: 1,
      error: { kind: 'http', message: 'status 503' },
    });
  });

  it('retries a 429 on POST without a key (it was not processed)', async () => {
    const server = await serve(sequence([429, { 'retry-after': '0' }]));
    const result = await executeNode(
      { url: `${server.origin}/charges`, method: 'POST', body: { a: 1 } },
      fast,
    );
    expect(result).toMatchObject({ ok: true, attempts: 2 });
  });

  it('retries a refused connection on POST (no byte was sent) and reports a network error', async () => {
    const port = await closedPort();
    const events: NodeEvent[] = [];
    const result = await executeNode(
      { url: `http://127.0.0.1:${port}/charges`, method: 'POST', body: { a: 1 } },
      { ...fast, onEvent: (event) => events.push(event) },
    );
    expect(result).toMatchObject({ ok: false, attempts: 3, error: { kind: 'network' } });
    expect(result.status).toBeUndefined();
    expect(events.filter((event) => event.type === 'request')).toHaveLength(3);
  });

  it('retries a POST with an Idempotency-Key, sending the same key every time', async () => {
    const server = await serve(sequence([503], [500]));
    const result = await executeNode(
      { url: `${server.origin}/charges`, method: 'POST', body: { a: 1 } },
      { ...fast, idempotency: {} },
    );
    expect(result).toMatchObject({ ok: true, attempts: 3 });
    const keys = server.requests.map((request) => request.headers['idempotency-key']);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(keys)).toEqual(new Set([keys[0]]));
  });

  it('keeps a caller-given idempotency key', async () => {
    const server = await serve(sequence());
    await executeNode(
      { url: `${server.origin}/c`, method: 'POST', body: {} },
      { ...fast, idempotency: {}, idempotencyKey: 'run-1:charge' },
    );
    expect(server.requests[0]?.headers['idempotency-key']).toBe('run-1:charge');
  });

  it('waits for Retry-After in seconds', async () => {
    const server = await serve(sequence([503, { 'retry-after': '1' }]));
    const events: NodeEvent[] = [];
    const result = await executeNode(
      { url: `${server.origin}/x` },
      { ...fast, onEvent: (event) => events.push(event) },
    );
    expect(result).toMatchObject({ ok: true, attempts: 2 });
    expect(events.find((event) => event.type === 'retry')).toMatchObject({ waitMs: 1000 });
    const [first, second] = server.requests;
    expect((second?.arrivedAt ?? 0) - (first?.arrivedAt ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it('waits for Retry-After as an HTTP-date', async () => {
    const server = await serve((_request, response) => {
      const first = server.requests.length === 1;
      response.writeHead(
        first ? 429 : 200,
        first ? { 'retry-after': new Date(Date.now() + 1500).toUTCString() } : {},
      );
      response.end();
    });
    const events: NodeEvent[] = [];
    const result = await executeNode(
      { url: `${server.origin}/x` },
      { ...fast, onEvent: (event) => events.push(event) },
    );
    expect(result).toMatchObject({ ok: true, attempts: 2 });
    const wait = (events.find((event) => event.type === 'retry') as { waitMs: number }).waitMs;
    // An HTTP-date has one-second resolution: 1.5 s ahead is between 0.5 s and 1.5 s away.
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(1500);
  });

  it('fails fast with rate_limited when Retry-After is above maxRetryAfterMs', async () => {
    const server = await serve(sequence([429, { 'retry-after': '3600' }]));
    const started = Date.now();
    const result = await executeNode({ url: `${server.origin}/x` }, fast);
    expect(result).toMatchObject({
      ok: false,
      status: 429,
      attempts: 1,
      error: { kind: 'rate_limited', retryAfterMs: 3_600_000 },
    });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('times out an attempt and retries it (GET), then reports timeout', async () => {
    const server = await serve((_request, response) => {
      setTimeout(() => response.end('late'), 1000);
    });
    // 200 ms, not less: on a loaded machine a shorter attempt can end before the server has read the retry.
    const result = await executeNode(
      { url: `${server.origin}/slow`, timeoutMs: 200, retry: { limit: 1, baseDelayMs: 1 } },
      fast,
    );
    expect(result).toMatchObject({ ok: false, attempts: 2, error: { kind: 'timeout' } });
    expect(server.requests).toHaveLength(2);
  });

  it('stops at the overall deadline across retries', async () => {
    const server = await serve((_request, response) => {
      setTimeout(() => response.end('late'), 400);
    });
    const result = await executeNode(
      { url: `${server.origin}/slow`, timeoutMs: 1000, deadlineMs: 100 },
      fast,
    );
    expect(result).toMatchObject({
      ok: false,
      attempts: 1,
      error: { kind: 'timeout', message: 'the overall deadline (deadlineMs) passed' },
    });
  });

  it("cancels everything on the caller's AbortSignal", async () => {
    const server = await serve((_request, response) => {
      setTimeout(() => response.end('late'), 400);
    });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const result = await executeNode(
      { url: `${server.origin}/slow` },
      { ...fast, signal: controller.signal },
    );
    expect(result).toMatchObject({ ok: false, error: { kind: 'aborted' } });
  });

  it('caps the response body and releases the connection', async () => {
    const server = await serve((request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end(request.url === '/big' ? 'x'.repeat(2 * 1024 * 1024) : 'small');
    });
    const big = await executeNode({ url: `${server.origin}/big`, maxResponseBytes: 1024 * 1024 }, fast);
    expect(big).toMatchObject({ ok: false, error: { kind: 'too_large' } });
    expect(big.status).toBeUndefined();
    const next = await executeNode({ url: `${server.origin}/small` }, fast);
    expect(next).toMatchObject({ ok: true, body: 'small' });
  });

  it('asks for and decodes gzip and br', async () => {
    const server = await serve((request, response) => {
      const json = JSON.stringify({ acceptEncoding: request.headers['accept-encoding'] });
      const br = request.url === '/br';
      response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': br ? 'br' : 'gzip' });
      response.end(br ? brotliCompressSync(json) : gzipSync(json));
    });
    const gzip = await executeNode({ url: `${server.origin}/gzip` }, fast);
    expect(gzip.ok && (gzip.body as { acceptEncoding: string }).acceptEncoding).toMatch(/gzip/);
    const brotli = await executeNode(
      { url: `${server.origin}/br`, headers: { 'Accept-Encoding': 'br' } },
      fast,
    );
    expect(brotli).toMatchObject({ ok: true, body: { acceptEncoding: 'br' } });
  });

  it('on a cross-origin redirect, strips exactly the secret-bearing headers and query parameters', async () => {
    const target = await serve(sequence());
    const origin = await serve((request, response) => {
      const key = new URL(request.url, 'http://x').searchParams.get('key');
      response.writeHead(302, { location: `${target.origin}/landing?key=${key}&keep=1` });
      response.end();
    });
    const result = await executeNode(
      {
        url: `${origin.origin}/start`,
        headers: { 'X-Api-Key': '{{secrets.KEY}}', 'X-Trace': 'trace-1', Cookie: 'session=abc' },
        auth: { type: 'apiKey', in: 'query', name: 'key', value: '{{secrets.KEY}}' },
      },
      fast,
    );
    expect(result).toMatchObject({ ok: true, status: 200 });
    expect(origin.requests[0]?.headers['x-api-key']).toBe(SECRET);
    const landed = target.requests[0];
    expect(landed?.url).toBe('/landing?keep=1');
    expect(landed?.headers['x-trace']).toBe('trace-1');
    expect(landed?.headers['x-api-key']).toBeUndefined();
    expect(landed?.headers.cookie).toBeUndefined();
    expect(JSON.stringify(landed?.headers)).not.toContain(SECRET);
  });

  it('keeps credentials on a same-origin redirect and turns 303 into GET', async () => {
    const server = await serve((request, response) => {
      if (request.url === '/start') {
        response.writeHead(303, { location: '/next' });
        response.end();
      } else sequence()(request, response);
    });
    const result = await executeNode(
      {
        url: `${server.origin}/start`,
        method: 'POST',
        auth: { type: 'bearer', token: '{{secrets.KEY}}' },
        body: { a: 1 },
      },
      fast,
    );
    expect(result).toMatchObject({ ok: true });
    expect(server.requests[1]).toMatchObject({
      method: 'GET',
      url: '/next',
      headers: { authorization: `Bearer ${SECRET}` },
    });
    expect(server.requests[1]?.body.length).toBe(0);
  });

  it('refuses a cross-origin 307 whose body holds a secret', async () => {
    const target = await serve(sequence());
    const origin = await serve((_request, response) => {
      response.writeHead(307, { location: `${target.origin}/elsewhere` });
      response.end();
    });
    const result = await executeNode(
      { url: `${origin.origin}/start`, method: 'POST', body: { token: '{{secrets.KEY}}' } },
      fast,
    );
    expect(result).toMatchObject({ ok: false, status: 307, error: { kind: 'http' } });
    expect(result.error?.message).toMatch(/body carries a secret/);
    expect(target.requests).toHaveLength(0);
  });

  it('does not follow redirects when followRedirects is false', async () => {
    const server = await serve((_request, response) => {
      response.writeHead(302, { location: '/next' });
      response.end();
    });
    const result = await executeNode({ url: `${server.origin}/start`, followRedirects: false }, fast);
    expect(result).toMatchObject({ ok: false, status: 302 });
    expect(server.requests).toHaveLength(1);
  });

  it('never sends secrets to a host outside allowedHosts, unless the caller adds it for the call', async () => {
    const server = await serve(sequence());
    const config = {
      url: `${server.origin}/x`,
      auth: { type: 'bearer', token: '{{secrets.KEY}}' },
      allowedHosts: ['api.example.com'],
    } satisfies CustomApiNodeConfig;
    const refused = await executeNode(config, fast);
    expect(refused).toMatchObject({ ok: false, attempts: 0, error: { kind: 'config' } });
    expect(server.requests).toHaveLength(0);
    const allowed = await executeNode(config, { ...fast, allowHosts: [server.origin] });
    expect(allowed).toMatchObject({ ok: true });
  });

  it('spaces calls with the rate limiter, in order', async () => {
    const server = await serve(sequence());
    const config = {
      url: `${server.origin}/limited`,
      rateLimit: { requests: 1, perMs: 100, key: `spacing-${_name}` },
    };
    const started = Date.now();
    const results = await Promise.all(
      [0, 1, 2, 3].map((i) => executeNode({ ...config, query: { i } }, fast)),
    );
    expect(results.every((result) => result.ok)).toBe(true);
    expect(server.requests.map((request) => request.url)).toEqual([
      '/limited?i=0',
      '/limited?i=1',
      '/limited?i=2',
      '/limited?i=3',
    ]);
    // Four calls at one per 100 ms: the last one cannot start before 300 ms.
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('pauses the key after a 429 with Retry-After', async () => {
    const server = await serve(sequence([429, { 'retry-after': '1' }]));
    const config = {
      url: `${server.origin}/paused`,
      rateLimit: { requests: 100, perMs: 1000, key: `pause-${_name}` },
      retry: { limit: 0 },
    };
    const first = await executeNode(config, fast);
    expect(first).toMatchObject({ ok: false, status: 429 });
    const second = await executeNode(config, fast);
    expect(second).toMatchObject({ ok: true });
    const [a, b] = server.requests;
    expect((b?.arrivedAt ?? 0) - (a?.arrivedAt ?? 0)).toBeGreaterThanOrEqual(950);
  });
});
