/**
 * A JSON body that is a bare string (not an object) and spells the request's secret with escapes
 * (`"sk\u005ftest…"`) is redacted like one inside an object.
 */
import { type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeNode, undiciTransport } from '../src/index.js';

const SECRET = 'sk_test_STRING_echo';
const transport = undiciTransport();
let server: CaptureServer;

beforeAll(async () => {
  server = await startCaptureServer((request, response) => {
    const token = (request.headers.authorization ?? '').replace('Bearer ', '');
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(`you sent ${token}`).replace(/_/g, '\\u005f'));
  });
});
afterAll(async () => {
  await server.close();
  await transport.close?.();
});

describe('a bare JSON string body that echoes a secret', () => {
  it('is redacted in the result', async () => {
    const result = await executeNode(
      { url: `${server.origin}/echo`, auth: { type: 'bearer', token: '{{secrets.K}}' } },
      { transport, secrets: { K: SECRET } },
    );
    expect(result).toMatchObject({ ok: true, body: 'you sent ***' });
    expect(JSON.stringify(result)).not.toContain(SECRET);
  });
});
