/**
 * One call's attempts against a real local server, event by event: a 503 with `Retry-After: 0` is retried at once
 * with the status as the reason; a 429 asking for longer than maxRetryAfterMs ends the call as rate_limited even
 * where no retry would follow; a call aborted before it starts sends nothing.
 */
import { type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeNode, type NodeEvent, undiciTransport } from '../src/index.js';

const transport = undiciTransport();
let server: CaptureServer;
let calls = 0;

beforeAll(async () => {
  server = await startCaptureServer((request, response) => {
    if (request.url === '/flaky') {
      calls += 1;
      if (calls === 1) {
        response.writeHead(503, { 'retry-after': '0', 'x-request-id': 'req_first' });
        response.end('busy');
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"ok":true}');
      return;
    }
    if (request.url === '/limited') {
      response.writeHead(429, { 'retry-after': '3600' });
      response.end('slow down');
      return;
    }
    response.writeHead(200);
    response.end();
  });
});

afterAll(() => server.close());

describe('deciding after an attempt', () => {
  it('retries a 503 that asks for no wait at once, with the status as the reason', async () => {
    const events: NodeEvent[] = [];
    const started = Date.now();
    const result = await executeNode(
      { url: `${server.origin}/flaky`, allowedHosts: [server.origin] },
      { transport, onEvent: (event) => events.push(event) },
    );
    expect(result).toMatchObject({ ok: true, status: 200, attempts: 2, body: { ok: true } });
    expect(result.durationMs).toBeGreaterThanOrEqual(0);
    expect(result.durationMs).toBeLessThanOrEqual(Date.now() - started);
    expect(events.map((event) => event.type)).toEqual([
      'request',
      'response',
      'retry',
      'request',
      'response',
    ]);
    expect(events[2]).toEqual({ type: 'retry', attempt: 1, reason: 'status 503', waitMs: 0 });
    const [first, second] = events.filter((event) => event.type === 'response');
    expect(first).toMatchObject({ attempt: 1, status: 503, requestId: 'req_first' });
    expect(second).toMatchObject({ attempt: 2, status: 200 });
    expect(second !== undefined && 'requestId' in second).toBe(false);
    for (const event of [first, second]) {
      expect(event?.durationMs).toBeGreaterThanOrEqual(0);
      expect(event?.durationMs).toBeLessThanOrEqual(Date.now() - started);
    }
  });

  it('ends a call as rate_limited when a 429 asks for longer than maxRetryAfterMs, even without a retry to come', async () => {
    const events: NodeEvent[] = [];
    const result = await executeNode(
      { url: `${server.origin}/limited`, method: 'POST', body: { a: 1 }, allowedHosts: [server.origin] },
      { transport, onEvent: (event) => events.push(event) },
    );
    expect(result).toMatchObject({
      ok: false,
      status: 429,
      attempts: 1,
      error: {
        kind: 'rate_limited',
        retryAfterMs: 3_600_000,
        message: expect.stringMatching(/the provider asks to wait 3600 s, more than maxRetryAfterMs$/),
      },
    });
    expect(events.map((event) => event.type)).toEqual(['request', 'response', 'error']);
  });

  it('sends nothing when the call was aborted before it started', async () => {
    const before = server.requests.length;
    const result = await executeNode(
      { url: `${server.origin}/other`, allowedHosts: [server.origin] },
      { transport, signal: AbortSignal.abort() },
    );
    expect(result).toMatchObject({ ok: false, attempts: 0 });
    expect(server.requests.length).toBe(before);
  });
});
