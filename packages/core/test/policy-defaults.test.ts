/**
 * The defaults and boundaries of the sending policy, pinned: the 30 s attempt timeout, the retry defaults, the
 * Retry-After cap (a wait equal to maxRetryAfterMs is still honoured), and the Retry-After forms that are read.
 */
import { type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { backoffMs, mayRetry, retryPolicy } from '../src/execute/retry-policy.js';
import { DEFAULT_RETRY, executeNode, type NodeResult, parseRetryAfter } from '../src/index.js';

describe('the attempt timeout', () => {
  it('gives up on an attempt after 30 s by default, not a millisecond earlier', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      let settled: NodeResult | undefined;
      void executeNode(
        { url: 'https://api.example.com/v1/slow', retry: { limit: 0 } },
        {
          transport: {
            name: 'never-answers',
            send: (request) =>
              new Promise((_resolve, reject) =>
                request.signal.addEventListener('abort', () => reject(request.signal.reason)),
              ),
          },
        },
      ).then((result) => {
        settled = result;
      });
      await vi.advanceTimersByTimeAsync(29_990);
      expect(settled).toBeUndefined();
      await vi.advanceTimersByTimeAsync(10);
      expect(settled).toMatchObject({
        ok: false,
        attempts: 1,
        error: { kind: 'timeout', message: 'no response within 30000 ms' },
      });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('retry defaults', () => {
  it('retries twice, on 408, 429, 500, 502, 503 and 504, backing off from 300 ms to 10 s, waiting up to 60 s', () => {
    expect(DEFAULT_RETRY).toEqual({
      limit: 2,
      statuses: [408, 429, 500, 502, 503, 504],
      baseDelayMs: 300,
      maxDelayMs: 10_000,
      maxRetryAfterMs: 60_000,
      retryNonIdempotent: false,
    });
    expect(retryPolicy()).toEqual({ ...DEFAULT_RETRY, statuses: new Set(DEFAULT_RETRY.statuses) });
    expect(retryPolicy(undefined, undefined)).toEqual(retryPolicy());
  });

  it('merges option layers field by field, later layers winning', () => {
    expect(retryPolicy({ limit: 5, statuses: [500] }, undefined, { limit: 1, baseDelayMs: 1 })).toEqual({
      ...DEFAULT_RETRY,
      limit: 1,
      baseDelayMs: 1,
      statuses: new Set([500]),
    });
  });

  it('doubles the backoff ceiling per retry up to maxDelayMs, and floors the jittered wait', () => {
    const policy = retryPolicy({ baseDelayMs: 300, maxDelayMs: 1000 });
    expect([0, 1, 2].map((retry) => backoffMs(retry, policy, () => 0.5))).toEqual([150, 300, 500]);
    expect(backoffMs(1, policy, () => 0.0049)).toBe(2);
  });

  it('follows a connector verdict only where retrying is safe, except on 429', () => {
    const policy = retryPolicy();
    const verdict = (status: number, retryable: boolean, method: 'GET' | 'POST', key = false) =>
      mayRetry({ type: 'response', status, retryable }, method, key, policy);
    expect(verdict(500, true, 'POST')).toBe(false);
    expect(verdict(429, true, 'POST')).toBe(true);
    expect(verdict(500, true, 'GET')).toBe(true);
    expect(verdict(500, true, 'POST', true)).toBe(true);
    expect(verdict(503, false, 'GET')).toBe(false);
    expect(mayRetry({ type: 'failure', kind: 'timeout' }, 'GET', false, policy)).toBe(true);
  });
});

describe('Retry-After forms', () => {
  const now = Date.parse('Wed, 21 Oct 2026 07:28:00 GMT');

  it('reads delta-seconds with surrounding spaces, and all three HTTP-date forms', () => {
    expect(parseRetryAfter(' 7 ', now)).toBe(7000);
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:10 GMT', now)).toBe(10_000);
    expect(parseRetryAfter('Wednesday, 21-Oct-26 07:28:20 GMT', now)).toBe(20_000);
    expect(parseRetryAfter('Wed Oct 21 07:28:30 2026', now)).toBe(30_000);
  });

  it('refuses numbers that are not delta-seconds and dates that are not HTTP-dates', () => {
    for (const value of [
      '1.5',
      '-1',
      '+5',
      '12abc',
      '',
      '21 Oct 2026 07:28:10 GMT',
      'Wed, 21 Oct 2026 07:28:10 EST',
    ])
      expect(parseRetryAfter(value, now), value).toBeUndefined();
    expect(parseRetryAfter('Wed, 45 Foo 2026 99:99:99 GMT', now)).toBeUndefined();
  });
});

describe('the Retry-After cap', () => {
  let server: CaptureServer;
  /** Answers each path's first request with its status and Retry-After (from the path), then 200. */
  const seen = new Set<string>();
  beforeAll(async () => {
    server = await startCaptureServer((request, response) => {
      const [, status, wait] = request.url.split('/');
      if (seen.has(request.url)) {
        response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
        return;
      }
      seen.add(request.url);
      response.writeHead(Number(status), { 'retry-after': String(wait) }).end();
    });
  });
  afterAll(() => server.close());

  const call = (path: string, maxRetryAfterMs: number, method: 'GET' | 'POST' = 'GET') =>
    executeNode({
      url: `${server.origin}/${path}/${Math.random()}`,
      method,
      retry: { maxRetryAfterMs, baseDelayMs: 1 },
    });

  it('honours a Retry-After exactly equal to maxRetryAfterMs', async () => {
    expect(await call('429/0', 0)).toMatchObject({ ok: true, attempts: 2 });
    expect(await call('503/0', 0)).toMatchObject({ ok: true, attempts: 2 });
  });

  it('fails fast with rate_limited when Retry-After is one second above maxRetryAfterMs', async () => {
    expect(await call('429/1', 999)).toMatchObject({
      ok: false,
      attempts: 1,
      error: {
        kind: 'rate_limited',
        retryAfterMs: 1000,
        message: expect.stringMatching(/wait 1 s, more than/),
      },
    });
    expect(await call('503/1', 999)).toMatchObject({ ok: false, error: { kind: 'rate_limited' } });
  });

  it('reports a 429 over the cap as rate_limited even where no retry is allowed, but not a 503', async () => {
    expect(await call('429/1', 999, 'POST')).toMatchObject({ ok: false, error: { kind: 'rate_limited' } });
    expect(await call('503/1', 999, 'POST')).toMatchObject({
      ok: false,
      status: 503,
      error: { kind: 'http' },
    });
  });

  it('reads Retry-After only on 429 and 503', async () => {
    expect(await call('500/3600', 0)).toMatchObject({ ok: true, attempts: 2 });
  });
});
