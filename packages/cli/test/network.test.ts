/**
 * The CLI on real networks: --deny-private-networks (and CONVOFLOW_DENY_PRIVATE_NETWORKS=1) refuses private
 * addresses, --allow-network exempts some, --sandbox is exempt; HTTP_PROXY / HTTPS_PROXY / NO_PROXY send through a
 * proxy (plain forwarding and CONNECT). Every server is a local one started here, on 127.0.0.1: the guard refuses
 * loopback, so a loopback server that counts its requests shows both the refusal and the exemption.
 */
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { type CaptureServer, closedPort, startCaptureServer } from '@convoflow/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The proxy and the TLS fixtures of core's own proxy tests: one local proxy, one way to make a CA.
import { type ProxyServer, startProxyServer } from '../../core/test/proxy-server.js';
import { makeTlsFixtures } from '../../core/test/tls-fixtures.js';
import { convoflow, postStep, scratch } from './support/convoflow.js';

let server: CaptureServer;
let proxy: ProxyServer;
let secure: Server;
let secureOrigin: string;
let caFile: string;
beforeAll(async () => {
  server = await startCaptureServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end('{"reached":true}');
  });
  proxy = await startProxyServer();
  const tls = makeTlsFixtures();
  caFile = scratch('ca.pem', tls.ca);
  secure = createServer({ key: tls.serverKey, cert: tls.serverCert }, (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end('{"secure":true}');
  });
  await new Promise<void>((resolve) => secure.listen(0, '127.0.0.1', resolve));
  secureOrigin = `https://127.0.0.1:${(secure.address() as AddressInfo).port}`;
});
afterAll(async () => {
  secure.closeAllConnections();
  await new Promise((resolve) => secure.close(resolve));
  await proxy.close();
  await server.close();
});

/** No proxy from the machine's own environment (undefined leaves a variable out of the child's environment). */
const NO_PROXY_ENV = {
  HTTP_PROXY: undefined,
  HTTPS_PROXY: undefined,
  http_proxy: undefined,
  https_proxy: undefined,
  NO_PROXY: undefined,
  no_proxy: undefined,
};
const node = (url = `${server.origin}/v1/things`) => scratch('node.json', { url, method: 'GET' });

async function request(args: string[], env: NodeJS.ProcessEnv = {}) {
  const before = server.requests.length;
  const outcome = await convoflow(['request', ...args, '--json'], { env: { ...NO_PROXY_ENV, ...env } });
  return { ...outcome, sent: server.requests.length - before };
}

describe('--deny-private-networks', () => {
  it('refuses a loopback target: exit 1, kind blocked, nothing sent', async () => {
    const { code, stdout, sent } = await request([node(), '--deny-private-networks']);
    expect(sent).toBe(0);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).error).toMatchObject({ kind: 'blocked', address: '127.0.0.1' });
  });

  it('is turned on by CONVOFLOW_DENY_PRIVATE_NETWORKS=1 as well', async () => {
    const { code, stdout, sent } = await request([node()], { CONVOFLOW_DENY_PRIVATE_NETWORKS: '1' });
    expect(sent).toBe(0);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).error.kind).toBe('blocked');
  });

  it('lets an address through that --allow-network names (CIDR or address)', async () => {
    for (const allowed of ['127.0.0.0/8', '127.0.0.1']) {
      const { code, stdout, sent } = await request([
        node(),
        '--deny-private-networks',
        '--allow-network',
        '10.0.0.0/8',
        '--allow-network',
        allowed,
      ]);
      expect(sent).toBe(1);
      expect(code).toBe(0);
      expect(JSON.parse(stdout).body).toEqual({ reached: true });
    }
  });

  it('guards connector calls and workflow runs too', async () => {
    const call = await convoflow(
      ['call', 'stripe.listCustomers', '--base-url', server.origin, '--deny-private-networks', '--json'],
      { env: { ...NO_PROXY_ENV, STRIPE_SECRET_KEY: 'sk_test_guarded' } },
    );
    expect(call.code).toBe(1);
    expect(JSON.parse(call.stdout).error.kind).toBe('blocked');
    const before = server.requests.length;
    const workflow = scratch('guarded.workflow.json', {
      name: 'guarded',
      steps: [postStep(server.origin, 'one')],
    });
    const run = await convoflow(['run', workflow, '--json'], {
      env: { ...NO_PROXY_ENV, CONVOFLOW_DENY_PRIVATE_NETWORKS: '1' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('"blocked"');
    expect(server.requests.length - before).toBe(0);
  });

  it('leaves the embedded sandbox alone', async () => {
    const { code, stdout } = await convoflow(
      ['call', 'stripe.listCustomers', '--sandbox', '--deny-private-networks', '--json'],
      { env: { ...NO_PROXY_ENV, CONVOFLOW_DENY_PRIVATE_NETWORKS: '1' } },
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout).ok).toBe(true);
  });

  it('refuses --allow-network without the guard, and a bad variable value, before sending (exit 2)', async () => {
    const lone = await request([node(), '--allow-network', '127.0.0.1']);
    expect(lone.code).toBe(2);
    expect(lone.stdout + lone.stderr).toContain('--allow-network only exempts addresses');
    const bad = await request([node()], { CONVOFLOW_DENY_PRIVATE_NETWORKS: 'yes please' });
    expect(bad.code).toBe(2);
    expect(bad.stdout + bad.stderr).toContain('CONVOFLOW_DENY_PRIVATE_NETWORKS must be 1 or 0');
    expect(lone.sent + bad.sent).toBe(0);
  });

  it('is listed in the help of every command that sends', async () => {
    for (const command of ['run', 'call', 'request']) {
      const { stdout } = await convoflow([command, '--help']);
      expect(stdout).toContain('--deny-private-networks');
      expect(stdout).toContain('--allow-network CIDR|HOST');
    }
  });
});

describe('proxies from the environment', () => {
  it('forwards an http request through HTTP_PROXY', async () => {
    proxy.seen.length = 0;
    const { code, sent } = await request([node()], { HTTP_PROXY: proxy.origin });
    expect(code).toBe(0);
    expect(sent).toBe(1);
    expect(proxy.seen).toEqual([{ method: 'GET', target: `${server.origin}/v1/things`, auth: undefined }]);
  });

  it('tunnels an https request through HTTPS_PROXY with CONNECT', async () => {
    proxy.seen.length = 0;
    const { code, stdout } = await request([node(`${secureOrigin}/`)], {
      HTTPS_PROXY: proxy.origin,
      NODE_EXTRA_CA_CERTS: caFile,
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).body).toEqual({ secure: true });
    expect(proxy.seen).toEqual([{ method: 'CONNECT', target: new URL(secureOrigin).host, auth: undefined }]);
  });

  it('goes direct for a host in NO_PROXY', async () => {
    proxy.seen.length = 0;
    const { code, sent } = await request([node()], { HTTP_PROXY: proxy.origin, NO_PROXY: '127.0.0.1' });
    expect(code).toBe(0);
    expect(sent).toBe(1);
    expect(proxy.seen).toEqual([]);
  });

  it('keeps the guard on through the proxy: a loopback target never reaches it', async () => {
    proxy.seen.length = 0;
    const { code, stdout, sent } = await request([node(), '--deny-private-networks'], {
      HTTP_PROXY: proxy.origin,
    });
    expect(code).toBe(1);
    expect(JSON.parse(stdout).error.kind).toBe('blocked');
    expect(sent).toBe(0);
    expect(proxy.seen).toEqual([]);
  });

  it('never prints the proxy credentials, even when the proxy cannot be reached', async () => {
    const secret = 'pr0xy-CANARY-pass';
    const url = `http://user:${secret}@127.0.0.1:${await closedPort()}`;
    for (const args of [[node()], [node(), '--verbose']]) {
      const outcome = await convoflow(['request', ...args], { env: { ...NO_PROXY_ENV, HTTP_PROXY: url } });
      expect(outcome.code).toBe(1);
      expect(outcome.stdout + outcome.stderr).not.toContain(secret);
    }
    const json = await request([node()], { HTTP_PROXY: url });
    expect(json.stdout + json.stderr).not.toContain(secret);
  });
});
