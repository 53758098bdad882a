/**
 * A redirect core refuses ends the call with the redirect response and the reason, sending nothing more.
 */
import { type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeNode, undiciTransport } from '../src/index.js';

const transport = undiciTransport();
let server: CaptureServer;

beforeAll(async () => {
  server = await startCaptureServer((request, response) => {
    if (request.url === '/to-ftp') response.writeHead(302, { location: 'ftp://127.0.0.1/file' });
    else response.writeHead(302, { location: '/to-ftp' });
    response.end();
  });
});
afterAll(async () => {
  await server.close();
  await transport.close?.();
});

describe('a refused redirect on a real server', () => {
  it('returns the redirect response with the reason after following the hops before it', async () => {
    const before = server.requests.length;
    const result = await executeNode({ url: `${server.origin}/start` }, { transport });
    expect(result).toMatchObject({
      ok: false,
      status: 302,
      attempts: 1,
      headers: { location: 'ftp://127.0.0.1/file' },
      error: { kind: 'http', message: 'redirect to ftp: refused' },
    });
    expect(server.requests.slice(before).map((request) => request.url)).toEqual(['/start', '/to-ftp']);
  });
});
