/**
 * undiciTransport through a proxy, against a local proxy (forwarding and CONNECT) and local targets: plain http, and
 * https with a private CA made for the run.
 */
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { gzipSync } from 'node:zlib';
import { type CaptureServer, closedPort, startCaptureServer } from '@convoflow/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { executeNode, undiciTransport } from '../src/index.js';
import { madeTransports } from './made-transports.js';
import { type ProxyServer, startProxyServer } from './proxy-server.js';
import { makeTlsFixtures } from './tls-fixtures.js';

const tls = makeTlsFixtures();
let proxy: ProxyServer;
let target: CaptureServer;
let secure: Server;
let secureOrigin: string;
const { make, closeAll } = madeTransports();

beforeAll(async () => {
  proxy = await startProxyServer();
  target = await startCaptureServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    response.end(gzipSync('{"via":"target"}'));
  });
  secure = createServer({ key: tls.serverKey, cert: tls.serverCert }, (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end('{"secure":true}');
  });
  await new Promise<void>((resolve) => secure.listen(0, '127.0.0.1', resolve));
  secureOrigin = `https://127.0.0.1:${(secure.address() as AddressInfo).port}`;
});
afterEach(() => {
  proxy.seen.length = 0;
});
afterAll(async () => {
  await closeAll();
  secure.closeAllConnections();
  await new Promise((resolve) => secure.close(resolve));
  await proxy.close();
  await target.close();
});

describe('undiciTransport({ proxy })', () => {
  it('forwards an http request in absolute form, with the URL credentials as Proxy-Authorization', async () => {
    const transport = make({ proxy: `http://user:pr0xy-CANARY@127.0.0.1:${proxy.port}` });
    const result = await executeNode({ url: `${target.origin}/v1/x?a=1` }, { transport });
    expect(result).toMatchObject({ ok: true, body: { via: 'target' } });
    expect(proxy.seen).toEqual([
      { method: 'GET', target: `${target.origin}/v1/x?a=1`, auth: `Basic ${btoa('user:pr0xy-CANARY')}` },
    ]);
  });

  it('tunnels https through CONNECT and verifies the target with the CA given in connect', async () => {
    const transport = make({ proxy: proxy.origin, connect: { ca: tls.ca } });
    expect(await executeNode({ url: `${secureOrigin}/` }, { transport })).toMatchObject({
      ok: true,
      body: { secure: true },
    });
    expect(proxy.seen).toEqual([{ method: 'CONNECT', target: new URL(secureOrigin).host, auth: undefined }]);
  });

  it('reads HTTP_PROXY and NO_PROXY with "env"', async () => {
    const saved = { HTTP_PROXY: process.env.HTTP_PROXY, NO_PROXY: process.env.NO_PROXY };
    try {
      process.env.HTTP_PROXY = proxy.origin;
      delete process.env.NO_PROXY;
      expect(
        await executeNode({ url: `${target.origin}/` }, { transport: make({ proxy: 'env' }) }),
      ).toMatchObject({
        ok: true,
      });
      expect(proxy.seen).toHaveLength(1);
      process.env.NO_PROXY = '127.0.0.1';
      expect(
        await executeNode({ url: `${target.origin}/` }, { transport: make({ proxy: 'env' }) }),
      ).toMatchObject({
        ok: true,
      });
      expect(proxy.seen).toHaveLength(1);
    } finally {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });

  it('never shows the proxy credentials', async () => {
    const port = await closedPort();
    const transport = make({ proxy: `http://user:pr0xy-CANARY@127.0.0.1:${port}` });
    const result = await executeNode({ url: `${target.origin}/`, retry: { limit: 0 } }, { transport });
    expect(result).toMatchObject({ ok: false, error: { kind: 'network' } });
    for (const text of [
      JSON.stringify(result),
      inspect(transport, { depth: 9 }),
      JSON.stringify(transport),
    ]) {
      expect(text).not.toContain('pr0xy-CANARY');
    }
  });

  it('refuses an invalid proxy URL when the transport is made', () => {
    expect(() => undiciTransport({ proxy: 'not a url' })).toThrow(
      'undiciTransport: proxy must be "env" or a URL',
    );
  });

  it('is refused by the private-network guard, which cannot check what the proxy connects to', async () => {
    const transport = make({ proxy: proxy.origin });
    const result = await executeNode(
      { url: `${target.origin}/` },
      { transport, network: { denyPrivate: true } },
    );
    expect(result).toMatchObject({ ok: false, error: { kind: 'blocked' } });
    expect(proxy.seen).toHaveLength(0);
  });
});
