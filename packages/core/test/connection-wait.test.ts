/**
 * Waiting for a pooled connection is not the request's own time: it has its own limit (connectionTimeoutMs), and a
 * timeout says which phase ran out (queue, connect, response, body).
 */
import { type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeNode, executeNodeOrThrow, undiciTransport } from '../src/index.js';
import { ConnectionWaits } from '../src/transports/connection-waits.js';
import type { ExchangePhase } from '../src/transports/transport.js';

let server: CaptureServer;
beforeAll(async () => {
  server = await startCaptureServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    if (path === '/stall-body') {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.write('part');
      setTimeout(() => response.end(), 600);
    } else setTimeout(() => response.end('done'), path === '/slow' ? 600 : 250);
  });
});
afterAll(() => server.close());

const noRetry = { retry: { limit: 0 } };

describe('the wait for a connection', () => {
  it('does not count against timeoutMs', async () => {
    const transport = undiciTransport({ connections: 1 });
    const calls = [1, 2, 3].map(() =>
      executeNode({ url: `${server.origin}/a`, timeoutMs: 400, ...noRetry }, { transport }),
    );
    const results = await Promise.all(calls);
    await transport.close?.();
    expect(results.map((result) => result.ok)).toEqual([true, true, true]);
  });

  it('has its own limit, and a timeout there says nothing was sent', async () => {
    const transport = undiciTransport({ connections: 1 });
    const before = server.requests.length;
    const [first, second] = await Promise.all([
      executeNode({ url: `${server.origin}/slow`, ...noRetry }, { transport }),
      executeNode({ url: `${server.origin}/a`, connectionTimeoutMs: 100, ...noRetry }, { transport }),
    ]);
    await transport.close?.();
    expect(first.ok).toBe(true);
    expect(second).toMatchObject({ ok: false, error: { kind: 'timeout', phase: 'queue' } });
    expect(second.error?.message).toMatch(/connectionTimeoutMs.*nothing was sent/);
    expect(server.requests.length - before).toBe(1);
  });
});

describe('timeouts name their phase', () => {
  const transport = undiciTransport();
  afterAll(() => transport.close?.());

  it('says it waited for the response', async () => {
    const result = await executeNode(
      { url: `${server.origin}/slow`, timeoutMs: 100, ...noRetry },
      { transport },
    );
    expect(result).toMatchObject({ ok: false, error: { kind: 'timeout', phase: 'response' } });
  });

  it('says it was reading the body, also in the thrown error', async () => {
    const config = { url: `${server.origin}/stall-body`, timeoutMs: 150, ...noRetry };
    const error = await executeNodeOrThrow(config, { transport }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'timeout', phase: 'body' });
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ phase: 'body' });
  });

  it('tells waiting exchanges when a connection to their origin is being opened', () => {
    const waits = new ConnectionWaits();
    const phases: ExchangePhase[] = [];
    const end = waits.wait('http://127.0.0.1:1', (phase) => phases.push(phase));
    let finish: () => void = () => {};
    const connect = waits.watch((_options: unknown, callback: () => void) => {
      finish = callback;
    });
    connect({ protocol: 'http:', host: '127.0.0.1:1' }, () => {});
    finish();
    end();
    expect(phases).toEqual(['queue', 'connect', 'queue']);
  });
});
