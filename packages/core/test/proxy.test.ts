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
import { executeNode, type LookupAll, type UndiciTransportOptions, undiciTransport } from '../src/index.js';
import { madeTransports } from './made-transports.js';
import { type ProxyServer, startProxyServer } from './proxy-server.js';
import { makeTlsFixtures } from './tls-fixtures.js';

const tls = makeTlsFixtures();
let proxy: ProxyServer;
let target: CaptureServer;
let secure: Server;
let secureOrigin: string;
/** When set, the target answers with a redirect there. */
let redirectTo: string | undefined;
const { make, closeAll } = madeTransports();

beforeAll(async () => {
  proxy = await startProxyServer();
  target = await startCaptureServer((_request, response) => {
    if (redirectTo) return void response.writeHead(302, { location: redirectTo }).end();
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
});

/**
 * The guard through a proxy: the transport resolves the target (an injected lookup), checks every address and only
 * then hands the request to the proxy. The proxy dials 127.0.0.1 only (public.test is an alias it maps there), so a
 * broken guard can never send traffic off this machine.
 */
describe('the private-network guard through a proxy', () => {
  const NAMES: Record<string, string[]> = {
    'public.test': ['93.184.216.34'],
    'metadata.test': ['169.254.169.254'],
    'mixed.test': ['93.184.216.34', '10.0.0.1'],
    'nat64.test': ['64:ff9b::a00:1'],
  };
  const asked: string[] = [];
  const lookup: LookupAll = (hostname, _options, callback) => {
    asked.push(hostname);
    const addresses = NAMES[hostname] ?? [];
    setImmediate(() =>
      callback(
        addresses.length > 0 ? null : Object.assign(new Error('not found'), { code: 'ENOTFOUND' }),
        addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
      ),
    );
  };
  let aliased: ProxyServer;
  beforeAll(async () => {
    aliased = await startProxyServer(['public.test']);
  });
  afterEach(() => {
    aliased.seen.length = 0;
    asked.length = 0;
  });
  afterAll(() => aliased.close());
  const guarded = (url: string, allow?: string[], extra: Partial<UndiciTransportOptions> = {}) =>
    executeNode(
      { url, retry: { limit: 0 } },
      {
        transport: make({ proxy: aliased.origin, lookup, ...extra }),
        network: { denyPrivate: true, ...(allow && { allow }) },
      },
    );

  it.each([
    ['metadata.test', '169.254.169.254'],
    ['mixed.test', '10.0.0.1'],
    ['nat64.test', '64:ff9b::a00:1'],
  ])('refuses %s, which resolves to %s, before the proxy sees anything', async (host, address) => {
    const result = await guarded(`http://${host}/latest/meta-data`);
    expect(result).toMatchObject({ ok: false, attempts: 1, error: { kind: 'blocked', host, address } });
    expect(asked).toEqual([host]);
    expect(aliased.seen).toEqual([]);
  });

  it('refuses a private address literal without resolving anything', async () => {
    const before = target.requests.length;
    const result = await guarded(`${target.origin}/`);
    expect(result).toMatchObject({ ok: false, error: { kind: 'blocked', address: '127.0.0.1' } });
    expect(asked).toEqual([]);
    expect(aliased.seen).toEqual([]);
    expect(target.requests).toHaveLength(before);
  });

  it('hands a target whose addresses are all public to the proxy, by name', async () => {
    const port = new URL(target.origin).port;
    const result = await guarded(`http://public.test:${port}/v1/x`);
    expect(result).toMatchObject({ ok: true, body: { via: 'target' } });
    expect(asked).toEqual(['public.test']);
    expect(aliased.seen).toEqual([
      { method: 'GET', target: `http://public.test:${port}/v1/x`, auth: undefined },
    ]);
  });

  it('tunnels https to a checked target through CONNECT', async () => {
    const port = new URL(secureOrigin).port;
    // The CA fixture's certificate names 127.0.0.1 and localhost, not public.test: check the tunnel, not the name.
    const result = await guarded(`https://public.test:${port}/`, undefined, {
      connect: { ca: tls.ca, rejectUnauthorized: false },
    });
    expect(result).toMatchObject({ ok: true, body: { secure: true } });
    expect(aliased.seen).toEqual([{ method: 'CONNECT', target: `public.test:${port}`, auth: undefined }]);
  });

  it('lets an address through when allow names it', async () => {
    const result = await guarded(`${target.origin}/`, ['127.0.0.1']);
    expect(result).toMatchObject({ ok: true, body: { via: 'target' } });
    expect(aliased.seen).toHaveLength(1);
  });

  it('checks every redirect hop before it reaches the proxy', async () => {
    redirectTo = 'http://metadata.test/';
    try {
      const result = await guarded(`${target.origin}/`, ['127.0.0.1']);
      expect(result).toMatchObject({ ok: false, error: { kind: 'blocked', address: '169.254.169.254' } });
      expect(aliased.seen).toHaveLength(1);
    } finally {
      redirectTo = undefined;
    }
  });
});
