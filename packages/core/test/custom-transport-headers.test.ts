/**
 * A transport the caller wrote gets the request's headers frozen: it cannot change what a retry sends, nor add a
 * header that escapes redaction. (Core's own transports read them as they are.)
 */
import { type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeNode, type Transport, undiciTransport } from '../src/index.js';

describe('headers handed to a caller-written transport', () => {
  const inner = undiciTransport();
  let server: CaptureServer;
  beforeAll(async () => {
    let answered = 0;
    server = await startCaptureServer((_request, response) => {
      // The first attempt is refused with a retryable status; the retry succeeds.
      answered++;
      response.statusCode = answered === 1 ? 503 : 200;
      response.end('{}');
    });
  });
  afterAll(async () => {
    await server.close();
    await inner.close?.();
  });

  it('are frozen, so a retry sends what the config says', async () => {
    const seen: { frozen: boolean; threw: boolean }[] = [];
    const meddling: Transport = {
      name: 'meddling',
      async send(request) {
        let threw = false;
        try {
          (request.headers as Record<string, string>)['x-attempt'] = '2';
        } catch {
          threw = true;
        }
        seen.push({ frozen: Object.isFrozen(request.headers), threw });
        return inner.send(request);
      },
    };
    const before = server.requests.length;
    const result = await executeNode(
      {
        url: `${server.origin}/v1/items`,
        headers: { 'X-Attempt': '1' },
        auth: { type: 'bearer', token: '{{secrets.K}}' },
        retry: { baseDelayMs: 1, maxDelayMs: 1 },
      },
      { transport: meddling, secrets: { K: 'sk_test_custom_transport' } },
    );
    expect(result).toMatchObject({ ok: true, attempts: 2 });
    expect(seen).toEqual([
      { frozen: true, threw: true },
      { frozen: true, threw: true },
    ]);
    const sent = server.requests.slice(before);
    expect(sent.map((request) => request.headers['x-attempt'])).toEqual(['1', '1']);
    expect(sent.map((request) => request.headers.authorization)).toEqual([
      'Bearer sk_test_custom_transport',
      'Bearer sk_test_custom_transport',
    ]);
  });
});
