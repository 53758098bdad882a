/**
 * One grammar for every host list: `host[:port]` is https on that port (443 by default), any other scheme is
 * written out, `*.domain` matches subdomains only; without a list, the URL's own origin.
 */
import { type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isHostAllowed } from '../src/execute/hosts.js';
import { type CustomApiNodeConfig, executeNode, undiciTransport, validateConfig } from '../src/index.js';

const allowed = (url: string, list: string[]) => isHostAllowed(new URL(url), list);

describe('the host-list grammar', () => {
  it('reads a bare host as https on port 443', () => {
    expect(allowed('https://api.stripe.com/v1', ['api.stripe.com'])).toBe(true);
    expect(allowed('http://api.stripe.com:80/v1', ['api.stripe.com'])).toBe(false);
    expect(allowed('http://api.stripe.com/v1', ['api.stripe.com'])).toBe(false);
    expect(allowed('https://api.stripe.com:8443/v1', ['api.stripe.com'])).toBe(false);
  });

  it('reads host:port as https on that port', () => {
    expect(allowed('https://api.example.com:8443/', ['api.example.com:8443'])).toBe(true);
    expect(allowed('http://api.example.com:8443/', ['api.example.com:8443'])).toBe(false);
    expect(allowed('https://api.example.com/', ['api.example.com:8443'])).toBe(false);
  });

  it('allows another scheme only when it is written out, with its default port', () => {
    expect(allowed('http://127.0.0.1:8080/x', ['http://127.0.0.1:8080'])).toBe(true);
    expect(allowed('https://127.0.0.1:8080/x', ['http://127.0.0.1:8080'])).toBe(false);
    expect(allowed('http://example.com/x', ['http://example.com'])).toBe(true);
    expect(allowed('http://example.com:8080/x', ['http://example.com'])).toBe(false);
  });

  it('matches a wildcard against subdomains only', () => {
    expect(allowed('https://a.example.com/', ['*.example.com'])).toBe(true);
    expect(allowed('https://a.b.example.com/', ['*.EXAMPLE.com'])).toBe(true);
    expect(allowed('https://example.com/', ['*.example.com'])).toBe(false);
    expect(allowed('https://evilexample.com/', ['*.example.com'])).toBe(false);
    expect(allowed('http://a.example.com/', ['*.example.com'])).toBe(false);
  });

  it('refuses entries that are not a scheme, host and port', () => {
    const issues = validateConfig({
      url: 'https://api.example.com',
      allowedHosts: ['api.example.com/v1', 'ftp://files.example.com', '*.com', 'https://a.example.com'],
    });
    expect(issues.map((issue) => issue.pointer)).toEqual([
      '/allowedHosts/0',
      '/allowedHosts/1',
      '/allowedHosts/2',
    ]);
  });
});

describe('sending secrets under the grammar', () => {
  const transport = undiciTransport();
  let server: CaptureServer;
  beforeAll(async () => {
    server = await startCaptureServer();
  });
  afterAll(async () => {
    await server.close();
    await transport.close?.();
  });
  const config = (extra: Partial<CustomApiNodeConfig> = {}): CustomApiNodeConfig => ({
    url: '{{input.base}}/v1',
    auth: { type: 'bearer', token: '{{secrets.K}}' },
    ...extra,
  });
  const options = (extra = {}) => ({
    transport,
    secrets: { K: 'sk_test_HOSTS_1' },
    context: { input: { base: server.origin } },
    ...extra,
  });

  it('does not send the token in clear to an http host that allowedHosts names without a scheme', async () => {
    const host = new URL(server.origin).host;
    const before = server.requests.length;
    const result = await executeNode(config({ allowedHosts: [host] }), options());
    expect(result).toMatchObject({ ok: false, attempts: 0, error: { kind: 'config' } });
    expect(server.requests.length).toBe(before);
  });

  it('sends it when the http origin is written out, in the config or for the call', async () => {
    expect((await executeNode(config({ allowedHosts: [server.origin] }), options())).ok).toBe(true);
    expect((await executeNode(config(), options({ allowHosts: [server.origin] }))).ok).toBe(true);
  });

  it('keeps a config for an http URL working without a list (its own origin)', async () => {
    const result = await executeNode(
      { url: `${server.origin}/v1`, auth: { type: 'bearer', token: '{{secrets.K}}' } },
      options(),
    );
    expect(result.ok).toBe(true);
  });

  it('refuses a per-call allowHosts entry it cannot read', async () => {
    const result = await executeNode(config(), options({ allowHosts: ['http://x.example.com/path'] }));
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'config', issues: [{ pointer: '/allowHosts/0' }] },
    });
  });
});
