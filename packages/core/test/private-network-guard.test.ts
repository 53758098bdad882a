/**
 * The private-network guard against a real server on 127.0.0.1. Names resolve through an injected lookup, and every
 * connection goes through a connector that dials loopback only: asked for any other address, it records it and fails,
 * so a broken guard can never send traffic off this machine (each test asserts nothing was asked).
 */
import { gzipSync } from 'node:zlib';
import { type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import { Agent, buildConnector } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type CustomApiNodeConfig,
  executeNode,
  kyTransport,
  type LookupAll,
  type NetworkOptions,
  type Transport,
  undiciTransport,
} from '../src/index.js';

const NAMES: Record<string, string[]> = {
  'api.test': ['127.0.0.1'],
  'metadata.test': ['169.254.169.254'],
  'ten.test': ['10.0.0.1'],
  'home.test': ['192.168.1.1'],
  'cgnat.test': ['100.64.0.1'],
  'ula.test': ['fd00::1'],
  'mapped.test': ['::ffff:10.0.0.1'],
  'mixed.test': ['93.184.216.34', '10.0.0.1'],
  'nat64.test': ['64:ff9b::a9fe:a9fe'],
  'sixtofour.test': ['2002:a00:1::1'],
};
const lookup: LookupAll = (hostname, _options, callback) => {
  const addresses = NAMES[hostname];
  setImmediate(() =>
    addresses
      ? callback(
          null,
          addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
        )
      : callback(Object.assign(new Error(`test lookup has no ${hostname}`), { code: 'ENOTFOUND' }), []),
  );
};

/** Addresses the connector was asked to dial off loopback: must stay empty. */
const offMachine: string[] = [];
const dial = buildConnector({});
const loopbackOnly: buildConnector.connector = (options, callback) => {
  if (options.hostname !== '127.0.0.1' && options.hostname !== '::1') {
    offMachine.push(options.hostname);
    callback(new Error(`the test refused to dial ${options.hostname}`), null);
    return;
  }
  dial(options, callback);
};

let server: CaptureServer;
let port: string;
const transport = undiciTransport({ lookup, connect: loopbackOnly });
const deny: NetworkOptions = { denyPrivate: true };

beforeAll(async () => {
  server = await startCaptureServer((request, response) => {
    if (request.url.startsWith('/to/')) {
      response.writeHead(302, { location: decodeURIComponent(request.url.slice(4)) });
      response.end();
    } else if (request.url === '/gzip') {
      response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      response.end(gzipSync('{"decoded":true}'));
    } else {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"ok":true}');
    }
  });
  port = new URL(server.origin).port;
});
afterEach(() => {
  server.requests.length = 0;
  expect(offMachine.splice(0)).toEqual([]);
});
afterAll(async () => {
  await transport.close?.();
  await server.close();
});

const call = (url: string, network: NetworkOptions = deny, extra: Partial<CustomApiNodeConfig> = {}) =>
  executeNode({ url, retry: { limit: 0 }, ...extra }, { transport, network });

describe('the private-network guard', () => {
  it.each([
    '127.0.0.1',
    '2130706433',
    '0x7f000001',
    '0177.0.0.1',
    '127.1',
    '0x7f.1',
    '[::1]',
    '[::ffff:127.0.0.1]',
    '[0:0:0:0:0:0:0:1]',
  ])('refuses loopback written as %s and sends nothing', async (host) => {
    const result = await call(`http://${host}:${port}/`);
    expect(result).toMatchObject({ ok: false, error: { kind: 'blocked' } });
    expect(result.error?.message).toMatch(/refused by the private-network guard/);
    expect(server.requests).toHaveLength(0);
  });

  it('lets loopback through when allow names its CIDR, its address or the host name', async () => {
    for (const allow of [['127.0.0.0/8'], ['127.0.0.1'], ['API.test']]) {
      const result = await call(`http://api.test:${port}/`, { denyPrivate: true, allow });
      expect(result).toMatchObject({ ok: true, body: { ok: true } });
    }
    expect(server.requests).toHaveLength(3);
  });

  it.each([
    ['metadata.test', '169.254.169.254'],
    ['ten.test', '10.0.0.1'],
    ['home.test', '192.168.1.1'],
    ['cgnat.test', '100.64.0.1'],
    ['ula.test', 'fd00::1'],
    ['mapped.test', '::ffff:10.0.0.1'],
    ['mixed.test', '10.0.0.1'],
    ['nat64.test', '64:ff9b::a9fe:a9fe'],
    ['sixtofour.test', '2002:a00:1::1'],
  ])('refuses %s, which resolves to %s, before any connect', async (host, address) => {
    const result = await call(`http://${host}/latest/meta-data`);
    expect(result).toMatchObject({ ok: false, error: { kind: 'blocked', host, address } });
  });

  it.each([
    '169.254.169.254',
    '10.0.0.1',
    '172.16.5.4',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '[fe80::1]',
    '[::ffff:a9fe:a9fe]',
    '[64:ff9b::10.0.0.1]',
    '[2002:7f00:1::]',
    '[2001::1]',
  ])('refuses the address literal %s before any connect', async (host) => {
    expect(await call(`http://${host}/`)).toMatchObject({ ok: false, error: { kind: 'blocked' } });
  });

  it('checks every redirect hop: an allowed host cannot redirect to a private one', async () => {
    const allow = { denyPrivate: true, allow: ['api.test'] };
    for (const target of ['http://metadata.test/', `http://127.0.0.1:${port}/`]) {
      const result = await call(`http://api.test:${port}/to/${encodeURIComponent(target)}`, allow);
      expect(result).toMatchObject({ ok: false, error: { kind: 'blocked' } });
    }
    expect(server.requests.map((request) => request.url)).toHaveLength(2);
  });

  it('never reuses a connection made without the guard for a call with it', async () => {
    expect(await call(`${server.origin}/`, {})).toMatchObject({ ok: true });
    expect(await call(`${server.origin}/`)).toMatchObject({ ok: false, error: { kind: 'blocked' } });
    expect(server.requests).toHaveLength(1);
  });

  it('keeps decoding response bodies with the guard on', async () => {
    const result = await call(`${server.origin}/gzip`, { denyPrivate: true, allow: ['127.0.0.1/32'] });
    expect(result).toMatchObject({ ok: true, body: { decoded: true } });
  });

  it('refuses an allow entry that is neither an address, a CIDR nor a host name', async () => {
    const result = await call(`${server.origin}/`, { denyPrivate: true, allow: ['10.0.0.0/33'] });
    expect(result).toMatchObject({ ok: false, error: { kind: 'config' } });
    expect(server.requests).toHaveLength(0);
  });
});

describe('when the guard cannot check the addresses', () => {
  let customCalls = 0;
  const custom: Transport = {
    name: 'custom',
    send: async () => {
      customCalls++;
      return { status: 200, statusText: 'OK', headers: {}, body: new Uint8Array() };
    },
  };
  const dispatcherTransport = undiciTransport({ dispatcher: new Agent() });

  it.each([
    ['kyTransport', kyTransport()],
    ['a custom transport', custom],
    ['undiciTransport with a dispatcher of its own', dispatcherTransport],
  ])('refuses to send through %s', async (_name, unguarded) => {
    const result = await executeNode({ url: `${server.origin}/` }, { transport: unguarded, network: deny });
    expect(result).toMatchObject({ ok: false, attempts: 0, error: { kind: 'blocked', host: '127.0.0.1' } });
    expect(result.error?.message).toMatch(/cannot check addresses through this transport/);
    expect(server.requests).toHaveLength(0);
    expect(customCalls).toBe(0);
  });
});
