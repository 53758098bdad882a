import { describe, expect, it } from 'vitest';
import { decideRedirect } from '../src/execute/redirects.js';
import { backoffMs, mayRetry, retryPolicy } from '../src/execute/retry-policy.js';
import { DEFAULT_RETRY, MemoryRateLimitStore, parseRetryAfter, prepareRequest } from '../src/index.js';

describe('retry decisions', () => {
  const policy = retryPolicy();

  it('retries network failures and retry statuses on idempotent methods', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'] as const) {
      expect(mayRetry({ type: 'failure', kind: 'network' }, method, false, policy)).toBe(true);
      for (const status of DEFAULT_RETRY.statuses)
        expect(mayRetry({ type: 'response', status, retryable: undefined }, method, false, policy)).toBe(
          true,
        );
      expect(mayRetry({ type: 'response', status: 501, retryable: undefined }, method, false, policy)).toBe(
        false,
      );
    }
  });

  it('retries POST and PATCH without a key only on 429 and connect failures', () => {
    for (const method of ['POST', 'PATCH'] as const) {
      expect(mayRetry({ type: 'response', status: 429, retryable: undefined }, method, false, policy)).toBe(
        true,
      );
      expect(mayRetry({ type: 'failure', kind: 'connect' }, method, false, policy)).toBe(true);
      expect(mayRetry({ type: 'response', status: 503, retryable: undefined }, method, false, policy)).toBe(
        false,
      );
      expect(mayRetry({ type: 'failure', kind: 'network' }, method, false, policy)).toBe(false);
      expect(mayRetry({ type: 'failure', kind: 'timeout' }, method, false, policy)).toBe(false);
      expect(mayRetry({ type: 'response', status: 503, retryable: undefined }, method, true, policy)).toBe(
        true,
      );
      expect(
        mayRetry(
          { type: 'response', status: 503, retryable: undefined },
          method,
          false,
          retryPolicy({ retryNonIdempotent: true }),
        ),
      ).toBe(true);
    }
  });

  it('lets a connector verdict override the status list', () => {
    expect(mayRetry({ type: 'response', status: 500, retryable: false }, 'POST', true, policy)).toBe(false);
    expect(mayRetry({ type: 'response', status: 409, retryable: true }, 'POST', true, policy)).toBe(true);
  });

  it('backs off exponentially with full jitter, capped', () => {
    const p = retryPolicy({ baseDelayMs: 100, maxDelayMs: 1000 });
    expect([0, 1, 2, 3, 4].map((retry) => backoffMs(retry, p, () => 0.999999))).toEqual([
      99, 199, 399, 799, 999,
    ]);
    expect(backoffMs(3, p, () => 0)).toBe(0);
  });
});

describe('Retry-After', () => {
  it('reads delta-seconds and HTTP-dates', () => {
    const now = Date.parse('Wed, 21 Oct 2026 07:28:00 GMT');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:27:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});

describe('token bucket', () => {
  it('spaces reservations evenly once the bucket is empty', () => {
    const store = new MemoryRateLimitStore();
    const limit = { requests: 2, perMs: 200 };
    expect([0, 0, 0, 0, 0].map((now) => store.reserve('k', limit, now))).toEqual([0, 0, 100, 200, 300]);
  });

  it('refills with time and keeps keys apart', () => {
    const store = new MemoryRateLimitStore();
    const limit = { requests: 1, perMs: 100 };
    expect(store.reserve('a', limit, 0)).toBe(0);
    expect(store.reserve('b', limit, 0)).toBe(0);
    expect(store.reserve('a', limit, 100)).toBe(0);
    expect(store.reserve('a', limit, 150)).toBe(50);
  });

  it('holds a paused key until the pause ends', () => {
    const store = new MemoryRateLimitStore();
    store.pause('k', 1000);
    expect(store.reserve('k', { requests: 10, perMs: 1000 }, 200)).toBe(800);
    expect(store.reserve('k', undefined, 1200)).toBe(0);
  });
});

describe('redirect decisions', () => {
  const prepare = (url: string, extra: object = {}) =>
    prepareRequest(
      { url, auth: { type: 'bearer', token: '{{secrets.K}}' }, ...extra },
      { secrets: { K: 'sk_test_redirect' } },
    );

  it('refuses https → http while credentials are attached', async () => {
    const request = await prepare('https://api.example.com/a');
    expect(decideRedirect(request, 301, 'http://api.example.com/b', request.allowedHosts)).toEqual({
      type: 'refuse',
      reason: 'redirect from https to http refused while credentials are attached',
    });
  });

  it('allows https → http without credentials, and refuses non-http schemes', async () => {
    const plain = await prepareRequest({ url: 'https://example.com/a' });
    expect(decideRedirect(plain, 302, 'http://example.com/b', plain.allowedHosts)).toMatchObject({
      type: 'follow',
    });
    expect(decideRedirect(plain, 302, 'file:///etc/passwd', plain.allowedHosts)).toMatchObject({
      type: 'refuse',
    });
  });

  it('keeps 307 method and body, and strips Authorization across origins', async () => {
    const request = await prepare('https://api.example.com/a', { method: 'PUT', body: { a: 1 } });
    const decision = decideRedirect(request, 307, 'https://other.example.com/b', request.allowedHosts);
    expect(decision.type).toBe('follow');
    const next = (decision as { request: typeof request }).request;
    expect([next.method, next.body, next.headers.authorization]).toEqual(['PUT', '{"a":1}', undefined]);
  });

  it('ignores statuses that are not redirects, and a redirect without Location', async () => {
    const request = await prepare('https://api.example.com/a');
    expect(decideRedirect(request, 200, '/x', [])).toEqual({ type: 'stop' });
    expect(decideRedirect(request, 302, undefined, [])).toEqual({ type: 'stop' });
  });
});
