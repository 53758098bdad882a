/**
 * Attacks and edge cases found in review: each test names the hole it keeps closed.
 */
import { gzipSync } from 'node:zlib';
import { type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  executeNode,
  executeNodeOrThrow,
  type NodeEvent,
  parseRetryAfter,
  parseTemplate,
  prepareRequest,
  redactRequest,
  toCurl,
  undiciTransport,
  validateConfig,
} from '../src/index.js';

const SECRET = 'sk_test_hardening_canary';
const transport = undiciTransport();
let server: CaptureServer;

beforeAll(async () => {
  server = await startCaptureServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    if (path === '/echo-401') {
      response.writeHead(401, { 'content-type': 'text/plain' });
      response.end(request.headers.authorization?.replace('Bearer ', '') ?? '');
    } else if (path === '/echo-json') {
      response.writeHead(403, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          error: { message: `Invalid API key: ${request.headers.authorization}`, code: 'bad_key' },
        }),
      );
    } else if (path === '/gzip-204') {
      response.writeHead(204, { 'content-encoding': 'gzip' });
      response.end();
    } else if (path === '/broken-gzip') {
      response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      response.end(Buffer.concat([gzipSync('{"a":1}').subarray(0, 8), Buffer.from('not gzip at all')]));
    } else if (path === '/busy') {
      response.writeHead(503, { 'retry-after': request.url.includes('odd') ? '1.5' : '120' });
      response.end();
    } else {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"ok":true}');
    }
  });
});
afterAll(async () => {
  await server.close();
  await transport.close?.();
});

describe('where secrets may go', () => {
  it('does not send secrets to a host chosen by input, unless the config allows that host', async () => {
    const config = {
      url: '{{input.base}}/v1/items',
      auth: { type: 'bearer', token: '{{secrets.K}}' },
    } as const;
    const before = server.requests.length;
    const refused = await executeNode(config, {
      transport,
      secrets: { K: SECRET },
      context: { input: { base: server.origin } },
    });
    expect(refused).toMatchObject({ ok: false, attempts: 0, error: { kind: 'config' } });
    expect(refused.error?.message).toMatch(/host came from input or a step/);
    expect(server.requests.length).toBe(before);
    const allowed = await executeNode(
      { ...config, allowedHosts: [server.origin] },
      { transport, secrets: { K: SECRET }, context: { input: { base: server.origin } } },
    );
    expect(allowed.ok).toBe(true);
  });

  it('still lets a secret URL (a webhook) choose its own host', async () => {
    const result = await executeNode(
      { url: '{{secrets.HOOK}}', method: 'POST', body: { text: 'hi' } },
      { transport, secrets: { HOOK: `${server.origin}/services/T1/B1/secret-part` } },
    );
    expect(result.ok).toBe(true);
  });
});

describe('provider text that echoes a secret', () => {
  it('is redacted in the result, the thrown error and the events', async () => {
    const events: NodeEvent[] = [];
    const config = {
      url: `${server.origin}/echo-401`,
      auth: { type: 'bearer', token: '{{secrets.K}}' },
    } as const;
    const result = await executeNode(config, {
      transport,
      secrets: { K: SECRET },
      onEvent: (event) => events.push(event),
    });
    expect(result).toMatchObject({ ok: false, status: 401, error: { kind: 'http', message: '***' } });
    expect(JSON.stringify(result.error)).not.toContain(SECRET);
    expect(JSON.stringify(events)).not.toContain(SECRET);
    const json = await executeNode(
      { ...config, url: `${server.origin}/echo-json` },
      { transport, secrets: { K: SECRET } },
    );
    expect(json.error?.message).toBe('Invalid API key: Bearer ***');
    const thrown = await executeNodeOrThrow(config, { transport, secrets: { K: SECRET } }).catch(
      (error: Error) => error,
    );
    expect(`${(thrown as Error).message} ${JSON.stringify(thrown)}`).not.toContain(SECRET);
  });
});

describe('secret URLs in every form', () => {
  it('redacts a secret URL that URL parsing normalises (case, default port, missing slash)', async () => {
    const prepared = await prepareRequest(
      { url: '{{secrets.HOOK}}' },
      { secrets: { HOOK: 'https://HOOKS.Example.com:443?token=abc123secret' } },
    );
    expect(prepared.url).toBe('https://hooks.example.com/?token=abc123secret');
    expect(redactRequest(prepared).url).not.toContain('abc123secret');
    expect(toCurl(prepared)).not.toContain('abc123secret');
  });

  it('shows only the origin of a single-segment webhook and hides token-like host labels', async () => {
    const single = await prepareRequest(
      { url: '{{secrets.HOOK}}' },
      { secrets: { HOOK: 'https://hook.eu1.example.com/a1b2c3d4e5f6g7h8' } },
    );
    expect(redactRequest(single).url).toBe('https://hook.eu1.example.com/***');
    const hostToken = await prepareRequest(
      { url: '{{secrets.HOOK}}' },
      { secrets: { HOOK: 'https://e0f1a2b3c4d5e6f7a8.m.example.net/' } },
    );
    expect(redactRequest(hostToken).url).not.toContain('e0f1a2b3c4d5e6f7a8');
  });

  it('redacts a secret inserted into the path with allowSlashInPathValues', async () => {
    const prepared = await prepareRequest(
      { url: 'https://api.example.com/files/{{secrets.PATH}}', allowSlashInPathValues: true },
      { secrets: { PATH: 'ab/cd+ef=' } },
    );
    expect(prepared.url).toBe('https://api.example.com/files/ab/cd%2Bef%3D');
    expect(redactRequest(prepared).url).toBe('https://api.example.com/files/***');
  });
});

describe('header injection through auth and client-managed headers', () => {
  it('refuses CR/LF in a bearer token or API key taken from input', async () => {
    await expect(
      prepareRequest(
        { url: 'https://a.example', auth: { type: 'bearer', token: '{{input.t}}' } },
        { context: { input: { t: 'a\r\nX-Evil: 1' } } },
      ),
    ).rejects.toThrow(/\/auth: resolves to a header value that must not contain CR or LF/);
    await expect(
      prepareRequest(
        {
          url: 'https://a.example',
          auth: { type: 'apiKey', in: 'header', name: 'X-Key', value: '{{input.t}}' },
        },
        { context: { input: { t: 'a\nb' } } },
      ),
    ).rejects.toThrow(/CR or LF/);
  });

  it('refuses headers the HTTP client manages', () => {
    expect(
      validateConfig({
        url: 'https://a.example',
        headers: { 'Transfer-Encoding': 'chunked', Host: 'evil.example' },
      }),
    ).toEqual([
      { pointer: '/headers/Transfer-Encoding', message: 'is managed by the HTTP client and cannot be set' },
      { pointer: '/headers/Host', message: 'is managed by the HTTP client and cannot be set' },
    ]);
  });
});

describe('path values', () => {
  for (const value of ['..', '.', '', '%2e%2E']) {
    it(`refuses ${JSON.stringify(value)} as a path value`, async () => {
      await expect(
        prepareRequest(
          { url: 'https://a.example/v1/users/{{input.id}}/profile' },
          { context: { input: { id: value } } },
        ),
      ).rejects.toThrow(/\{\{input\.id\}\} in the path (is empty|contains the path segment)/);
    });
  }

  it('refuses dot segments and empty segments with allowSlashInPathValues', async () => {
    for (const value of ['../../admin/x', 'a//b', 'a/./b']) {
      await expect(
        prepareRequest(
          { url: 'https://a.example/files/{{input.p}}', allowSlashInPathValues: true },
          { context: { input: { p: value } } },
        ),
      ).rejects.toThrow(/in the path contains/);
    }
  });
});

describe('robustness', () => {
  it('shares parsed templates read-only', () => {
    const parsed = parseTemplate('Hello {{input.name}}');
    expect(() => {
      (parsed.parts[1] as { ref: { root: string } }).ref.root = 'secrets';
    }).toThrow(TypeError);
    expect(parseTemplate('Hello {{input.name}}').parts[1]).toMatchObject({ ref: { root: 'input' } });
  });

  it('encodes a lone surrogate (a cut emoji) as U+FFFD instead of throwing', async () => {
    const prepared = await prepareRequest(
      { url: 'https://a.example/s?q={{input.q}}' },
      { context: { input: { q: '\ud83d' } } },
    );
    expect(prepared.url).toBe('https://a.example/s?q=%EF%BF%BD');
  });

  it('returns a config result, never a thrown error quoting the URL, when a resolved URL is unusable', async () => {
    const result = await executeNode(
      { url: '{{input.u}}' },
      { transport, context: { input: { u: `{{:/x?k=${SECRET}` } } },
    );
    expect(result).toMatchObject({ ok: false, error: { kind: 'config' } });
    expect(JSON.stringify(result)).not.toContain(SECRET);
  });

  it('returns at once for a signal aborted before the call, without waiting for the rate limiter', async () => {
    const controller = new AbortController();
    controller.abort();
    const started = Date.now();
    const result = await executeNode(
      { url: `${server.origin}/x`, rateLimit: { requests: 1, perMs: 60_000, key: 'pre-aborted' } },
      { transport, signal: controller.signal },
    );
    expect(result).toMatchObject({ ok: false, error: { kind: 'aborted' } });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('counts a slow secret provider against the deadline', async () => {
    const result = await executeNode(
      { url: `${server.origin}/x`, headers: { 'X-K': '{{secrets.K}}' }, deadlineMs: 100 },
      { transport, secrets: () => new Promise((resolve) => setTimeout(() => resolve('slow'), 400)) },
    );
    expect(result).toMatchObject({ ok: false, attempts: 0, error: { kind: 'timeout' } });
  });

  it('refuses timeouts setTimeout cannot hold', () => {
    expect(validateConfig({ url: 'https://a.example', timeoutMs: 3e9 })).toEqual([
      { pointer: '/timeoutMs', message: 'must be <= 2147483647' },
    ]);
  });

  it('does not decode the empty body of a 204 that claims gzip', async () => {
    expect(await executeNode({ url: `${server.origin}/gzip-204` }, { transport })).toMatchObject({
      ok: true,
      status: 204,
      body: null,
    });
  });

  it('reports a body that does not decode as invalid_response with its status, not as a network error', async () => {
    const result = await executeNode(
      { url: `${server.origin}/broken-gzip`, retry: { limit: 3 } },
      { transport },
    );
    expect(result).toMatchObject({
      ok: false,
      status: 200,
      attempts: 1,
      error: { kind: 'invalid_response' },
    });
  });

  it('refuses an unusable responseSchema before sending', async () => {
    const before = server.requests.length;
    const result = await executeNode(
      { url: `${server.origin}/x`, method: 'POST', body: {}, responseSchema: { type: 'nope' } },
      { transport },
    );
    expect(result).toMatchObject({ ok: false, attempts: 0, error: { kind: 'config' } });
    expect(server.requests.length).toBe(before);
  });

  it('reads only real HTTP-dates in Retry-After', () => {
    expect(parseRetryAfter('1.5')).toBeUndefined();
    expect(parseRetryAfter('-1')).toBeUndefined();
  });

  it('does not call a POST 503 it will not retry rate_limited', async () => {
    const result = await executeNode(
      { url: `${server.origin}/busy`, method: 'POST', body: {} },
      { transport },
    );
    expect(result).toMatchObject({ ok: false, status: 503, error: { kind: 'http' } });
  });

  it('puts a caller idempotency key on POST but not on GET', async () => {
    const before = server.requests.length;
    await executeNode({ url: `${server.origin}/x` }, { transport, idempotencyKey: 'k1' });
    await executeNode(
      { url: `${server.origin}/x`, method: 'POST', body: {} },
      { transport, idempotencyKey: 'k1' },
    );
    const [get, post] = server.requests.slice(before);
    expect(get?.headers['idempotency-key']).toBeUndefined();
    expect(post?.headers['idempotency-key']).toBe('k1');
  });
});

describe('a response that echoes a secret', () => {
  it('is redacted in the result body and headers', async () => {
    const echo = await startCaptureServer((request, response) => {
      response.writeHead(200, {
        'content-type': 'application/json',
        'x-echo': request.headers.authorization ?? '',
      });
      response.end(JSON.stringify({ seen: { auth: request.headers.authorization }, [`k-${SECRET}`]: 1 }));
    });
    try {
      const result = await executeNode(
        { url: `${echo.origin}/echo`, auth: { type: 'bearer', token: '{{secrets.K}}' } },
        { transport, secrets: { K: SECRET } },
      );
      expect(result).toMatchObject({
        ok: true,
        body: { seen: { auth: 'Bearer ***' }, 'k-***': 1 },
        headers: { 'x-echo': 'Bearer ***' },
      });
      expect(JSON.stringify(result)).not.toContain(SECRET);
    } finally {
      await echo.close();
    }
  });
});
